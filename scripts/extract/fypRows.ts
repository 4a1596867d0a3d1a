/**
 * Rows of a five-year-plan table: a row's text split into name, unit, value cells and 属性
 * (cells taken from the right, exactly as many as the header has value columns), each cell
 * read with the figure parser, and lines assembled into rows with wrapped names and sub-rows.
 */
import type { Comparator } from '../../src/lib/types.ts';
import { figureStarts, parseFigure, UNITS } from './numbers.ts';
import { flatten, lineOf } from './text.ts';

/** One line of the source: [start, end) offsets without the line break. */
export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

/** A value cell located in the source. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A row split into its parts (offsets into the source). */
export interface RowParts {
  number: string;
  name: string;
  unit: string;
  cells: Cell[];
  binding: 'binding' | 'indicative';
  /** Offset where the row's text starts (row number, or the sub-row's name). */
  start: number;
  /** Offset just after 属性. */
  end: number;
}

export type CellValue =
  | { type: 'none' }
  | { type: 'qualitative'; text: string }
  | {
      type: 'figure';
      value: number;
      valueMax: number | null;
      unit: string;
      comparator: Comparator;
      cumulative: boolean;
      annualAverage: boolean;
    }
  | { type: 'invalid'; reason: string };

/** 约束性 / 预期性 at the end of the line that closes a row. */
export const ATTRIBUTE = /\s*(约束性|预期性)\s*$/;
/** A heading between rows (一、经济发展). */
export const SECTION_HEADING = /^\s*[一二三四五六七八九十]+、\S+\s*$/;
/** A row number at the start of a line. */
export const ROW_NUMBER = /^\s*(\d{1,2})(?:\s+|$)/;
const NO_DATA = /^(?:—+|-+|－+|–+)$/;
const QUALITATIVE = /^[\u4e00-\u9fff]{2,}$/;
const FIGURE_CELL = /^(?:年均增长\s*)?(?:\[\s*\d+(?:\.\d+)?\s*\]|-?\d+(?:\.\d+)?\s*(?:%|‰|元)?\s*(?:以内|以上|以下|左右)?)$/;

/** Splits source[start, end) into lines. */
export function linesOf(source: string, start: number, end: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let s = start;
  while (s < end) {
    let e = source.indexOf('\n', s);
    if (e === -1 || e > end) e = end;
    const te = e > s && source[e - 1] === '\r' ? e - 1 : e;
    lines.push({ start: s, end: te, text: source.slice(s, te) });
    s = e + 1;
  }
  return lines;
}

/**
 * Splits the text of a completed row (everything up to and including 属性) into cells,
 * unit and name. `offset` is the source offset of `text[0]`. Cells are taken from the right,
 * exactly `nCells` of them; whatever is left is the name (and unit, when the table has a
 * unit column).
 */
export function splitRow(
  text: string,
  offset: number,
  nCells: number,
  hasUnitColumn: boolean,
): { ok: true; parts: Omit<RowParts, 'number' | 'start'> & { rest: string; restStart: number } } | { ok: false; reason: string } {
  const attr = ATTRIBUTE.exec(text);
  if (!attr) return { ok: false, reason: 'row does not end with 约束性/预期性' };
  const binding = attr[1] === '约束性' ? 'binding' : 'indicative';
  let rest = text.slice(0, attr.index);
  const cells: Cell[] = [];
  while (cells.length < nCells) {
    const trimmed = rest.replace(/\s+$/, '');
    const cell = lastCell(trimmed);
    if (!cell) break;
    const cellStart = trimmed.length - cell.length;
    cells.unshift({ text: cell, start: offset + cellStart, end: offset + trimmed.length });
    rest = trimmed.slice(0, cellStart);
  }
  let unit = '';
  if (cells.length === nCells && hasUnitColumn) {
    const u = /(?:^|\s)(\S+)\s*$/.exec(rest);
    if (u && (UNITS.includes(u[1]!) || u[1] === '‰')) {
      unit = u[1]!;
      rest = rest.slice(0, u.index);
    } else {
      return { ok: false, reason: `no unit before the ${nCells} value cells (found "${(u?.[1] ?? '').trim()}") — a cell may be missing` };
    }
  }
  if (cells.length < nCells) {
    return { ok: false, reason: `found ${cells.length} of ${nCells} value cells (${cells.map((c) => c.text).join(' | ') || 'none'}) — a cell is missing or unreadable` };
  }
  return { ok: true, parts: { name: rest.trim(), unit, cells, binding, end: offset + text.length, rest, restStart: offset } };
}

/** The last cell of a row text (already right-trimmed), or null. */
function lastCell(text: string): string | null {
  // Try the longest candidates first: a figure may hold one inner space (`5.5 以内`, `年均增长 6.7`).
  const tokens = text.split(/(\s+)/);
  for (let take = Math.min(3, Math.ceil(tokens.length / 2)); take >= 1; take--) {
    const from = tokens.length - (2 * take - 1);
    if (from < 0) continue;
    const candidate = tokens.slice(from).join('');
    const before = tokens.slice(0, from).join('');
    if (before !== '' && !/\s$/.test(before)) continue;
    if (FIGURE_CELL.test(candidate) || (take === 1 && (NO_DATA.test(candidate) || QUALITATIVE.test(candidate)))) return candidate;
  }
  return null;
}

/** Reads one cell with the figure parser of numbers.ts. */
export function readCell(source: string, cell: Cell): CellValue {
  const t = cell.text.trim();
  if (NO_DATA.test(t)) return { type: 'none' };
  if (QUALITATIVE.test(t)) return { type: 'qualitative', text: t };
  const flat = flatten(source, cell.start, cell.end).text;
  const at = figureStarts(flat)[0];
  if (at === undefined) return { type: 'invalid', reason: `no figure in "${t}"` };
  const parsed = parseFigure(flat, at);
  if (!parsed.ok) return { type: 'invalid', reason: parsed.reason };
  const f = parsed.figure;
  if (f.end !== flat.length) return { type: 'invalid', reason: `unexpected text after the figure in "${t}"` };
  return {
    type: 'figure',
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    comparator: f.comparator,
    cumulative: f.cumulative,
    annualAverage: /年均增长/.test(flat.slice(0, at)),
  };
}

/** Unit in a name like `城镇新增就业人数（万人）`, and the name without it. */
export function unitFromName(name: string): { name: string; unit: string } {
  const m = /[（(]\s*([^（）()\d]{1,4})\s*[)）]\s*$/.exec(name);
  if (!m) return { name, unit: '' };
  return { name: name.slice(0, m.index).trim(), unit: m[1]!.trim() };
}

export interface Row {
  number: string;
  group: string;
  parts: RowParts;
}

/** Assembles the body lines of a table into rows (with sub-rows and wrapped names). */
export function readRows(
  source: string,
  body: readonly SourceLine[],
  nCells: number,
  hasUnitColumn: boolean,
): { rows: Row[]; problems: { line: number; offset: number; reason: string }[] } {
  const rows: Row[] = [];
  const problems: { line: number; offset: number; reason: string }[] = [];
  let number = '';
  let group = '';
  let pending: SourceLine[] = [];
  for (const line of body) {
    const t = line.text.trim();
    if (t === '') continue;
    if (SECTION_HEADING.test(t) && !ATTRIBUTE.test(t)) {
      pending = [];
      group = '';
      continue;
    }
    const num = ROW_NUMBER.exec(line.text);
    if (num) {
      if (pending.length && !rows.some((r) => r.number === number)) {
        problems.push({ line: lineOf(source, pending[0]!.start), offset: pending[0]!.start, reason: `row ${number} never ends with 约束性/预期性 before the next row (a cell or the attribute is missing)` });
      }
      number = num[1]!;
      group = '';
      pending = [line];
    } else {
      pending.push(line);
    }
    if (!ATTRIBUTE.test(t)) continue;
    // The row closes on this line: its cells are all on it.
    const first = pending[0]!;
    const lead = num ? num[0].length : 0;
    const split = splitRow(line.text.slice(lead), line.start + lead, nCells, hasUnitColumn);
    const rowStart = first.start + (first.text.length - first.text.trimStart().length);
    if (!split.ok) {
      problems.push({ line: lineOf(source, line.start), offset: line.start, reason: `row ${number}: ${split.reason}` });
      pending = [];
      continue;
    }
    const earlier = pending
      .slice(0, -1)
      .map((l, i) => (i === 0 && ROW_NUMBER.test(l.text) ? l.text.replace(ROW_NUMBER, '') : l.text).trim())
      .join('');
    const own = split.parts.name;
    let name: string;
    let start: number;
    if (own === '') {
      // A wrapped name: 12 / 万元生产总值能耗减少 / (2015 年价） / % -- [12.07] …
      name = earlier;
      start = rowStart;
    } else if (earlier !== '') {
      // Sub-rows under a group name: 13 / 主要污染物 / 排放减少 / 化学需氧量 % …
      group = earlier;
      name = own;
      start = num ? rowStart : line.start + (line.text.length - line.text.trimStart().length);
    } else {
      name = own;
      start = num ? rowStart : line.start + (line.text.length - line.text.trimStart().length);
    }
    if (name === '') {
      problems.push({ line: lineOf(source, line.start), offset: line.start, reason: `row ${number} has no name left before its value cells (a cell is missing, or the name was read as one)` });
    } else {
      const { cells, unit, binding, end } = split.parts;
      rows.push({ number, group, parts: { number, name, unit, cells, binding, start, end } });
    }
    pending = [];
  }
  if (pending.length && pending.some((l) => ROW_NUMBER.test(l.text))) {
    problems.push({ line: lineOf(source, pending[0]!.start), offset: pending[0]!.start, reason: `row ${number} never ends with 约束性/预期性 — a cell or the attribute is missing` });
  }
  return { rows, problems };
}
