/**
 * Caveats: statements that qualify figures (a table's note: 统计口径调整, 基数调整, 部分数据为预计值 …).
 * Rules in data/caveats.csv say which wording is which kind of caveat, whether it breaks the
 * comparison of a target with its actual, what it means in zh and en, and which rows it reaches:
 * `named` — the rows whose indicator the sentence names; `actuals` — every actual it stands under.
 * The caveat itself is quoted from the source, like a figure.
 */
import type { Caveat, CaveatKind, DocumentMeta, Indicator } from '../../src/lib/types.ts';
import { findIndicators } from './catalogue.ts';
import { readTable } from './rulesTable.ts';
import { lineOf, quote, sourceSpan, type Flat } from './text.ts';

export interface CaveatRule {
  id: string;
  kind: CaveatKind;
  pattern: RegExp;
  applies_to: 'named' | 'actuals';
  breaks_comparison: boolean;
  zh: string;
  en: string;
}

const KINDS: readonly CaveatKind[] = ['scope_change', 'base_revision', 'estimate', 'other'];
const COLUMNS = ['id', 'kind', 'pattern', 'applies_to', 'breaks_comparison', 'zh', 'en'] as const;

export type CaveatRulesResult = { ok: true; rules: CaveatRule[] } | { ok: false; errors: { file: string; line: number; message: string }[] };

/** Parse data/caveats.csv; every problem names its line. */
export function loadCaveatRules(csvText: string, file: string): CaveatRulesResult {
  const table = readTable(csvText, file, COLUMNS);
  if (!table.ok) return table;
  const rules: CaveatRule[] = [];
  const errors: { file: string; line: number; message: string }[] = [];
  for (const rec of table.rows) {
    const get = (c: (typeof COLUMNS)[number]) => table.get(rec, c);
    const err = (message: string) => errors.push({ file, line: rec.line, message: `${message} — fix this row of the caveat rules` });
    const kind = get('kind') as CaveatKind;
    const applies = get('applies_to');
    const breaks = get('breaks_comparison');
    if (!/^[a-z][a-z0-9_]*$/.test(get('id'))) err(`invalid id "${get('id')}"`);
    if (!KINDS.includes(kind)) err(`unknown kind "${kind}" (use ${KINDS.join(' | ')})`);
    if (applies !== 'named' && applies !== 'actuals') err(`applies_to must be named or actuals, found "${applies}"`);
    if (breaks !== 'true' && breaks !== 'false') err(`breaks_comparison must be true or false, found "${breaks}"`);
    if (!get('pattern') || !get('zh') || !get('en')) err('pattern, zh and en must not be empty');
    const words = get('pattern').split('|').filter(Boolean);
    rules.push({
      id: get('id'),
      kind,
      pattern: new RegExp(words.map((w) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&')).join('|')),
      applies_to: applies as CaveatRule['applies_to'],
      breaks_comparison: breaks === 'true',
      zh: get('zh'),
      en: get('en'),
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}

/** A caveat found in the text, with what it reaches. */
export interface FoundCaveat {
  caveat: Caveat;
  applies_to: CaveatRule['applies_to'];
  /** For `named`: the indicators the sentence names. */
  indicator_ids: string[];
}

/**
 * The caveats of a note (flat text [from, to), e.g. 注：… under a table): each sentence matched
 * against the rules; one caveat per rule and sentence.
 */
export function caveatsIn(
  doc: Pick<DocumentMeta, 'id'>,
  file: string,
  source: string,
  flat: Flat,
  from: number,
  to: number,
  rules: readonly CaveatRule[],
  catalogue: readonly Indicator[],
): FoundCaveat[] {
  const out: FoundCaveat[] = [];
  const text = flat.text;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !'。；！？'.includes(text[i]!)) continue;
    const sentence = text.slice(start, i).replace(/^注[：:]/, '');
    const sentenceStart = start + (text.slice(start, i).length - sentence.length);
    for (const rule of rules) {
      if (!rule.pattern.test(sentence)) continue;
      const span = sourceSpan(flat, sentenceStart, Math.min(i + 1, to));
      out.push({
        caveat: {
          id: `caveat:${doc.id}:${lineOf(source, span.start)}:${rule.id}`,
          kind: rule.kind,
          document_id: doc.id,
          source_file: file,
          source_line: lineOf(source, span.start),
          source_start: span.start,
          source_end: span.end,
          quote: quote(source, span.start, span.end),
          zh: rule.zh,
          en: rule.en,
          breaks_comparison: rule.breaks_comparison,
        },
        applies_to: rule.applies_to,
        indicator_ids: [...new Set(findIndicators(catalogue, sentence).map((m) => m.indicator.id))],
      });
    }
    start = i + 1;
  }
  return out;
}
