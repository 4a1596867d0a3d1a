/**
 * The chart's chrome as small blocks of text lines: the header of a static chart (title, takeaway,
 * what is measured), the caveat notes, and the credit line of a static chart (sources, site and
 * link, dataset version: lib/credit, as the embed's credit line).
 */
import type { Ink, LabelGeom } from './chart-types';
import { chartCredit, chartHref, printedHref } from './credit';
import { assembleSeries } from './series';
import type { Caveat, Lang, Slice } from './types';
import { textWidth, wrapText } from './text';

/** Type sizes: nothing a reader must read is smaller than 13 px at 1×. */
export const TYPE = { title: 20, takeaway: 15, text: 13 } as const;
/** Margin of a static (exported) chart. */
export const STATIC_PAD = 16;
const LEADING = 1.35;

/** Stack wrapped blocks of text from `top`; returns the lines and the y below the last one. */
export function stack(
  blocks: readonly TextBlock[],
  left: number,
  width: number,
  top: number,
): { lines: LabelGeom[]; bottom: number } {
  const lines: LabelGeom[] = [];
  let y = top;
  for (const b of blocks) {
    if (!b.text) continue;
    const lh = Math.round(b.size * LEADING);
    for (const text of wrapText(b.text, width, b.size)) {
      y += lh;
      lines.push({ x: left, y: y - Math.round(b.size * 0.3), anchor: 'start', size: b.size, lines: [{ text, ink: b.ink, weight: b.weight ?? 400 }] });
    }
    y += b.gapAfter ?? 0;
  }
  return { lines, bottom: y };
}

/** The header of a static chart: title, takeaway, what is measured; wrapped to the width. */
export function staticHeader(title: string, takeaway: string, subtitle: string, width: number) {
  const blocks: TextBlock[] = [
    { text: title, size: TYPE.title, weight: 700, ink: 'fg', gapAfter: 2 },
    { text: takeaway, size: TYPE.takeaway, ink: 'fg', gapAfter: 2 },
    { text: subtitle, size: TYPE.text, ink: 'muted' },
  ];
  return stack(blocks, STATIC_PAD, width - 2 * STATIC_PAD, STATIC_PAD - 4);
}

/**
 * A reference to caveat notes by number, as a label carries it: [1], [1, 3], [1–3] (numbers from
 * 1, in order of first appearance among the marks).
 */
export function noteRef(numbers: readonly number[]): string {
  const n = [...new Set(numbers)].sort((a, b) => a - b);
  if (!n.length) return '';
  const consecutive = n.length > 2 && n.at(-1)! - n[0]! === n.length - 1;
  return ` [${consecutive ? `${n[0]}–${n.at(-1)}` : n.join(', ')}]`;
}

/** Caveat ids in order of first appearance among space-separated lists, each with its note number. */
export function caveatMarks(lists: readonly string[], caveats: readonly Caveat[]): Map<string, number> {
  const known = new Set(caveats.map((c) => c.id));
  const marks = new Map<string, number>();
  for (const list of lists) {
    for (const id of list.split(' ').filter(Boolean)) if (known.has(id) && !marks.has(id)) marks.set(id, marks.size + 1);
  }
  return marks;
}

/** Lines of the caveat notes ("[1] The statistical scope changed: …"). */
export function noteBlocks(marks: Map<string, number>, caveats: readonly Caveat[], lang: Lang): TextBlock[] {
  return [...marks].map(([id, n]) => ({ text: `[${n}] ${caveats.find((c) => c.id === id)![lang]}`, size: TYPE.text, ink: 'muted' }));
}

/**
 * A link as lines no wider than `width`: whole when it fits, else broken before "?" and after
 * each "&" (a link has no spaces to wrap at).
 */
export function linkLines(link: string, width: number, size: number): string[] {
  const parts = link.split(/(?=\?)|(?<=&)/);
  const lines: string[] = [];
  for (const p of parts) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + p, size) <= width) lines[lines.length - 1] = last + p;
    else lines.push(p);
  }
  return lines;
}

/** A block of text the chart stacks in its header or footer (wrapped to the chart's width). */
export interface TextBlock {
  text: string;
  size: number;
  ink: Ink;
  weight?: 400 | 600 | 700;
  gapAfter?: number;
}

/**
 * The credit of an exported chart: the documents its marks come from; the site's name and the
 * dataset version; the link to the same chart in the app under `base` (the page's base URL: there
 * is no fixed host). Built by the export, passed to the static chart (the embed never ships it).
 */
export function staticCredit(slice: Slice, measure: string, lang: Lang, base: string, width: number): TextBlock[] {
  const series = assembleSeries(slice, measure);
  const cited = new Set([...series.actuals, ...series.targets, ...series.spans].map((m) => m.obs.document_id));
  const href = chartHref({ indicator: slice.indicator.id, region: slice.region, measure, lang }, base);
  const c = chartCredit(slice.documents.filter((d) => cited.has(d.id)), slice.version, lang, href);
  const muted = { size: TYPE.text, ink: 'muted' as const };
  return [
    { text: c.source, ...muted },
    { text: `${c.site} · ${c.version}`, ...muted },
    ...linkLines(printedHref(c.href), width - 2 * STATIC_PAD, TYPE.text).map((text) => ({ text, ...muted })),
  ];
}
