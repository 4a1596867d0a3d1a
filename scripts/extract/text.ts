/**
 * Text normalisation with provenance.
 *
 * The seeds are PDF conversions: a line break every ~15 characters, blank lines between
 * lines, page furniture (`—26—`, running headers), stray spaces between CJK characters and
 * digits, full-width digits. `flatten` removes all of that and keeps, for every character
 * of the flat text, its offset in the original file, so that every finding can point back.
 */
import { lineAt, lineStarts } from '../../src/lib/source-lines.ts';

/** Flat text of a document part; `map[i]` is the offset in the original source of `text[i]`. */
export interface Flat {
  text: string;
  map: number[];
}

export interface FlattenOptions {
  /**
   * What a line break between two "word" characters (digits, ASCII letters, `.` `%` …) becomes.
   * 'join' (default, for prose): nothing, so a figure broken across a line end is whole again.
   * 'space': a single space mapped to the line break, for tables whose rows are lines.
   */
  lineBreaks?: 'join' | 'space';
}

/** Characters between which a stray space is meaningful and is kept as one space. */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return ch === '.' || ch === '%' || ch === '‰' || ch === '[' || ch === ']' || ch === '-' || ch === '—' || ch === '–' || ch === '+';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v';
}

/** `—26—`, `— 15 —`, `- 3 -` alone on a line. */
const PAGE_NUMBER_LINE = /^[—–\-－]+\d+[—–\-－]+$/;
/** Running header of a gazette page: `驻马店市人民政府公报(2025-2) 市 政 府 文 件`. */
const RUNNING_HEADER_LINE = /^[^，。；：！？]{0,30}公报[（(]\d{4}[-－—–]\d+[)）][^，。；：！？]{0,12}$/;

/** Whether a line of the source is page furniture (page number or running header). */
export function isFurnitureLine(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  if (compact === '') return false;
  return PAGE_NUMBER_LINE.test(compact) || RUNNING_HEADER_LINE.test(compact);
}

const ASCII_PUNCTUATION: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/**
 * Full-width digits, letters, ％ ． － ～ and the minus sign become ASCII; ASCII clause punctuation
 * (`,` `;` `:` `(` …) becomes full-width unless it stands between two digits (1,000 or 18.3:42.3).
 */
export function normalisePunctuation(ch: string, prev: string, next: string): string {
  const full = ASCII_PUNCTUATION[ch];
  if (full === undefined) return normaliseChar(ch);
  return /\d/.test(prev) && /\d/.test(next) ? ch : full;
}

/** Full-width digits, letters, ％ ． － ～ and the minus sign become ASCII; the rest is unchanged. */
export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0xff00 && code !== 0x2212) return ch;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (ch) {
    case '％':
      return '%';
    case '．':
      return '.';
    case '－':
    case '\u2212':
      return '-';
    case '～':
      return '~';
    default:
      return ch;
  }
}

/**
 * Flatten `source[start, end)`: line breaks, blank lines, page furniture and stray spaces removed,
 * full-width digits normalised; a space survives only between two word characters (`304.3 459.7`).
 */
export function flatten(
  source: string,
  start = 0,
  end = source.length,
  options: FlattenOptions = {},
): Flat {
  const spaceForBreaks = (options.lineBreaks ?? 'join') === 'space';
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1; // offset of a skipped space since the last kept character
  let pendingBreak = -1; // offset of a skipped line break since the last kept character
  let prevWord = false; // whether the last kept character is a word character

  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const contentEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (!isFurnitureLine(source.slice(lineStart, contentEnd))) {
      for (let i = lineStart; i < contentEnd; i++) {
        let ch = source[i]!;
        if (isSpace(ch)) {
          if (pendingSpace < 0) pendingSpace = i;
          continue;
        }
        const code = ch.charCodeAt(0);
        if (code >= 0xff00 || code === 0x2212) ch = normaliseChar(ch);
        else if (code < 128 && ASCII_PUNCTUATION[ch] !== undefined) ch = normalisePunctuation(ch, source[i - 1] ?? '', source[i + 1] ?? '');
        const word = isWordChar(ch);
        if (prevWord && word && pendingSpace >= 0) {
          out.push(' ');
          map.push(pendingSpace);
        } else if (prevWord && word && pendingBreak >= 0 && spaceForBreaks) {
          out.push(' ');
          map.push(pendingBreak);
        }
        pendingSpace = -1;
        pendingBreak = -1;
        prevWord = word;
        out.push(ch);
        map.push(i);
      }
    }
    if (lineEnd < end && pendingBreak < 0) pendingBreak = lineEnd;
    // A space before a line break is not a space between two characters on one line.
    if (lineEnd < end) pendingSpace = -1;
    lineStart = lineEnd + 1;
  }
  return { text: out.join(''), map };
}

let cachedSource: string | null = null;
let cachedLineStarts: number[] = [];

/** 1-based line number of `offset` in `source` (the line starts of the last source asked about are kept). */
export function lineOf(source: string, offset: number): number {
  if (cachedSource !== source) {
    cachedSource = source;
    cachedLineStarts = lineStarts(source);
  }
  return lineAt(cachedLineStarts, offset);
}

/** The original source between two offsets with line breaks removed and nothing else changed. */
export function quote(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/\r?\n/g, '');
}

/** Offsets in the original source of the flat span [flatStart, flatEnd). */
export function sourceSpan(flat: Flat, flatStart: number, flatEnd: number): { start: number; end: number } {
  const last = Math.max(flatStart, flatEnd - 1);
  return { start: flat.map[flatStart] ?? 0, end: (flat.map[last] ?? 0) + 1 };
}

const SENTENCE_END = '。；！？';
const CLAUSE_END = '，。；！？：';

/**
 * Widen a figure's flat span [from, to) to a readable quote: the clause(s) around it, from the
 * previous clause end before `from` to the next clause end after `to` (inclusive), extended to the
 * sentence when the sentence is short. `from` should already include the indicator's name.
 */
export function widenToClause(
  text: string,
  from: number,
  to: number,
  maxSentence = 90,
): { start: number; end: number } {
  const sentence = enclosing(text, from, to, SENTENCE_END);
  if (sentence.end - sentence.start <= maxSentence) return sentence;
  return enclosing(text, from, to, CLAUSE_END);
}

function enclosing(text: string, from: number, to: number, stops: string): { start: number; end: number } {
  let start = from;
  while (start > 0 && !stops.includes(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !stops.includes(text[end]!)) end++;
  if (end < text.length) end++; // keep the punctuation that closes the clause
  return { start, end };
}
