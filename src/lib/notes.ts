/**
 * What qualifies a figure, wherever it is shown: derived (computed from other rows, which are
 * named with their quotes) and caveats (statements of the document that qualify it). Pure.
 */
import { t } from './i18n';
import * as W from './words';
import { caveatsOf } from './status';
import type { Caveat, Lang, Observation } from './types';

export interface FigureNotes {
  derived: boolean;
  /** The rows a derived value is computed from (those found in the data at hand). */
  derivedFrom: Observation[];
  /** Ids named in derived_from but not in the data at hand. */
  missing: string[];
  caveats: Caveat[];
}

type Rows = { observations: readonly Observation[]; caveats: readonly Caveat[] };

/** The notes of a figure, looked up in `data` (a dataset, a part or a slice). */
export function figureNotes(o: Pick<Observation, 'derived' | 'derived_from' | 'caveats'>, data: Rows): FigureNotes {
  const ids = o.derived_from.split(' ').filter(Boolean);
  const byId = new Map(data.observations.map((x) => [x.id, x]));
  return {
    derived: o.derived,
    derivedFrom: ids.map((id) => byId.get(id)).filter((x): x is Observation => x !== undefined),
    missing: ids.filter((id) => !byId.has(id)),
    caveats: caveatsOf(o.caveats, data.caveats),
  };
}

/** Whether a figure carries any note worth a line. */
export function hasNotes(n: FigureNotes): boolean {
  return n.derived || n.caveats.length > 0;
}

/** "推算：由「…」「…」计算" / "derived from “…”; “…”" ('' when stated). */
export function derivedText(n: FigureNotes, lang: Lang): string {
  if (!n.derived) return '';
  const quotes = [...n.derivedFrom.map((o) => o.quote), ...n.missing];
  if (lang === 'zh') return `${t(lang, W.derived)}${quotes.length ? `：${quotes.map((q) => `「${q}」`).join('')}` : ''}`;
  return `${t(lang, W.derived)}${quotes.length ? ` from ${quotes.map((q) => `“${q}”`).join('; ')}` : ''}`;
}

/**
 * The caveat ids every one of a row's figures carries (a table row's base, target and actual), when
 * there are two figures or more: said once for the row instead of in each cell. Space-separated.
 */
export function sharedCaveats(figures: readonly (Pick<Observation, 'caveats'> | null)[]): string {
  const present = figures.filter((o): o is Pick<Observation, 'caveats'> => o !== null);
  if (present.length < 2) return '';
  const sets = present.map((o) => new Set(o.caveats.split(' ').filter(Boolean)));
  return [...sets[0]!].filter((id) => sets.every((set) => set.has(id))).join(' ');
}

/** The caveats in the interface language, joined ('' when none). */
export function caveatText(n: Pick<FigureNotes, 'caveats'>, lang: Lang): string {
  const texts = n.caveats.map((c) => (lang === 'zh' ? c.zh : c.en));
  // Whole sentences follow each other; clauses are joined with a semicolon.
  return texts.reduce((out, text) => (out === '' ? text : /[。.!?！？]$/.test(out) ? `${out}${lang === 'zh' ? '' : ' '}${text}` : `${out}${lang === 'zh' ? '；' : '; '}${text}`), '');
}
