/**
 * A source text as numbered lines for the source view: a document's lines of its file, each cut
 * into parts at the edges of marked spans (the figure, the sentence it was quoted from, the other
 * figures of the document, which link to themselves). Lines
 * that no span touches are the same objects whichever figure is marked, so a view that moves from
 * figure to figure redraws only the lines that change. Offsets are UTF-16 (JS string) offsets into
 * the whole file, as the data gives them. Pure.
 */

/** What a part of a line is: plain text, the quoted sentence around the figure, or the figure. */
export type PartKind = 'text' | 'quote' | 'figure';

export interface LinePart {
  text: string;
  kind: PartKind;
  /** The row this text is the figure of, when it is another figure than the one marked (a link to it). */
  obs?: string;
}

/** One line of the file: its 1-based number and its parts ([] for a blank line). */
export interface SourceLine {
  n: number;
  parts: readonly LinePart[];
}

/**
 * A span of the file to mark, [start, end) in UTF-16 offsets: the figure, its quoted sentence, or
 * another figure (`link`, with its row's id).
 */
export type Span = { start: number; end: number; kind: 'figure' | 'quote' } | { start: number; end: number; kind: 'link'; obs: string };

/** Offsets where each line of `text` starts (line n starts at `starts[n - 1]`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line that offset `at` is on (clamped to the text). */
export function lineAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** [start, end) of line n's text, without its line break (a "\r" before it is left out too). */
function lineRange(text: string, starts: readonly number[], n: number): [number, number] {
  const start = starts[n - 1]!;
  let end = n < starts.length ? starts[n]! - 1 : text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return [start, end];
}

const BLANK = /^\s*$/;

/** Lines `first`…`last` (1-based, clamped to the file) of `text`, unmarked. */
export function plainLines(text: string, starts: readonly number[], first: number, last: number): SourceLine[] {
  const from = Math.max(1, first);
  const to = Math.min(starts.length, last);
  const lines: SourceLine[] = [];
  for (let n = from; n <= to; n++) {
    const [a, b] = lineRange(text, starts, n);
    const s = text.slice(a, b);
    lines.push({ n, parts: BLANK.test(s) ? [] : [{ text: s, kind: 'text' }] });
  }
  return lines;
}

/**
 * The parts of [a, b) with `spans` marked: the figure wins over a link (the figure marked is not a
 * link to itself), and a link inside the quoted sentence stays quoted; of two links on the same
 * text, the first of `spans`.
 */
function cut(text: string, a: number, b: number, spans: readonly Span[]): LinePart[] {
  const edges = new Set([a, b]);
  for (const s of spans) for (const e of [s.start, s.end]) if (e > a && e < b) edges.add(e);
  const points = [...edges].sort((x, y) => x - y);
  const parts: LinePart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x, y] = [points[i]!, points[i + 1]!];
    const covering = spans.filter((s) => s.start <= x && s.end >= y);
    const figure = covering.some((s) => s.kind === 'figure');
    const kind: PartKind = figure ? 'figure' : covering.some((s) => s.kind === 'quote') ? 'quote' : 'text';
    const link = figure ? undefined : covering.find((s) => s.kind === 'link');
    const obs = link?.kind === 'link' ? link.obs : undefined;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind && last.obs === obs) last.text += text.slice(x, y);
    else parts.push(obs === undefined ? { text: text.slice(x, y), kind } : { text: text.slice(x, y), kind, obs });
  }
  return parts;
}

/**
 * `lines` (from plainLines) with `spans` marked: the lines a span touches are new objects, cut into
 * parts; every other line is the same object as in `lines`. Blank lines stay blank.
 */
export function markLines(lines: readonly SourceLine[], text: string, starts: readonly number[], spans: readonly Span[]): SourceLine[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  if (!valid.length || !lines.length) return [...lines];
  const first = lines[0]!.n;
  const last = lines[lines.length - 1]!.n;
  const out = [...lines];
  // The spans touching each line, in the order given.
  const touching = new Map<number, Span[]>();
  for (const s of valid) {
    for (let n = Math.max(first, lineAt(starts, s.start)); n <= Math.min(last, lineAt(starts, s.end - 1)); n++) {
      const list = touching.get(n);
      if (list) list.push(s);
      else touching.set(n, [s]);
    }
  }
  for (const [n, list] of touching) {
    const i = n - first;
    if (!out[i]!.parts.length) continue;
    const [a, b] = lineRange(text, starts, n);
    out[i] = { n, parts: cut(text, a, b, list) };
  }
  return out;
}

/**
 * Where `quote` (the source text around a figure with its line breaks removed, as the data gives
 * it) stands in `text`: the occurrence that holds the figure [start, end), as offsets into `text`;
 * null when none does.
 */
export function locateQuote(text: string, quote: string, start: number, end: number): { start: number; end: number } | null {
  if (!quote || start < 0 || end > text.length || end < start) return null;
  // The window around the figure, without line breaks, with each character's offset in `text`.
  const reach = quote.length * 4 + 64;
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  let joined = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') continue;
    joined += c;
    at.push(i);
  }
  for (let i = joined.indexOf(quote); i !== -1; i = joined.indexOf(quote, i + 1)) {
    const qs = at[i]!;
    const qe = at[i + quote.length - 1]! + 1;
    if (qs <= start && qe >= end) return { start: qs, end: qe };
  }
  return null;
}
