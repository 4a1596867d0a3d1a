/**
 * Cutting a source text around a figure: the sentence in its paragraph, line breaks of the PDF
 * conversion removed (as in the quotes), the figure itself marked.
 */
export interface SourceExcerpt {
  before: string;
  mark: string;
  after: string;
  /** 1-based line numbers of the excerpt's first line and of the figure. */
  firstLine: number;
  line: number;
  /** Whether text was cut at either end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Join lines the way the quotes do: line breaks and the blank lines between them dropped. */
export function unwrap(text: string): string {
  return text.replace(/\r?\n\s*/g, '');
}

const SENTENCE_END = /[。！？；]/;

/**
 * The excerpt of `text` around [start, end): extended to whole sentences, up to `before` and `after`
 * characters either side. Offsets out of range are clamped; never throws.
 */
export function excerpt(text: string, start: number, end: number, before = 220, after = 220): SourceExcerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // Start after the first sentence end within `before` characters, end after the last one within
  // `after` characters; without one, cut at the limit.
  let a = Math.max(0, s - before);
  if (a > 0) {
    const head = text.slice(a, s);
    const i = head.search(SENTENCE_END);
    if (i >= 0) a += i + 1;
  }
  let b = Math.min(text.length, e + after);
  if (b < text.length) {
    const tail = text.slice(e, b);
    let j = -1;
    for (let k = tail.length - 1; k >= 0; k--) if (SENTENCE_END.test(tail[k]!)) { j = k; break; }
    if (j >= 0) b = e + j + 1;
  }
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  return {
    before: unwrap(text.slice(a, s)),
    mark: unwrap(text.slice(s, e)),
    after: unwrap(text.slice(e, b)),
    firstLine: lineOf(a),
    line: lineOf(s),
    cutStart: a > 0,
    cutEnd: b < text.length,
  };
}

/**
 * Whether `text` is the source a figure was read from: its offsets fall inside the text and, for
 * a number, hold the figure as written (line breaks aside). A text that fails is not shown as the source.
 */
export function holdsFigure(text: string, o: { source_start: number; source_end: number; value_text: string; comparator: string }): boolean {
  if (o.source_start < 0 || o.source_end > text.length || o.source_end <= o.source_start) return false;
  if (o.comparator === 'qualitative') return true;
  return text.slice(o.source_start, o.source_end).replace(/\r?\n/g, '') === o.value_text;
}
