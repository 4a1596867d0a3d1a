/**
 * Five-year-plan tables (表 1-1, 表 2-1 …): every cell becomes an observation.
 *
 * A table is found by its caption; its header (the lines before the first numbered row)
 * says which column is which (`2015 年基数` → baseline 2015, `规划确定的目标 … 2020 年` →
 * target 2020, `实际完成情况 … 2020 年` → actual 2020, `“十四五”目标` → target 2021-2025).
 * Rows are read by their structure: row number, name, unit, one cell per value column, 属性
 * (约束性/预期性). Names may wrap over lines; a row may hold sub-rows (row 11 脱贫攻坚:
 * 贫困人口, 贫困村 …). Cells: `304.3`, `[6.1]` (five-year cumulative), `5.5 以内`, `7以上`,
 * `年均增长10%左右`, `27283.8元`, `—`/`--` (no data), `按市下达目标` (qualitative).
 */
import type { Basis, Comparator, Kind, Observation, Section } from '../../src/lib/types.ts';
import { matchIndicator } from './catalogue.ts';
import type { ExtractInput, ExtractResult, Finding } from './index.ts';
import { figureStarts, parseFigure, UNITS } from './numbers.ts';
import { buildObservation } from './observation.ts';
import { flatten, lineOf } from './text.ts';

/** One line of the source: [start, end) offsets without the line break. */
export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

/** What a value column holds. */
export interface Column {
  kind: Kind;
  /** Year the column refers to (2015, 2020, 2025). */
  year: number;
  /** Span of the plan the column belongs to, for cumulative and average-growth cells. */
  span: string;
  label: string;
}

export interface TableBlock {
  section: Section;
  caption: string;
  captionLine: SourceLine;
  header: string;
  /** Lines after the header, up to the end of the table. */
  body: SourceLine[];
  /** The note under the table (注：…, a few lines), if any. */
  note: { line: SourceLine; text: string } | null;
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

const ATTRIBUTE = /\s*(约束性|预期性)\s*$/;
const CAPTION = /^\s*表\s*(\d+)\s*[-－—–]\s*(\d+)\s*(.*)$/;
const SECTION_HEADING = /^\s*[一二三四五六七八九十]+、\S+\s*$/;
const ROW_NUMBER = /^\s*(\d{1,2})(?:\s+|$)/;
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

const NUMERALS = '一二三四五六七八九';

/** "十四" → 14, "十" → 10, "二十" → 20. */
function chineseNumber(s: string): number {
  if (s === '十') return 10;
  const [a, b] = s.split('十');
  if (b === undefined) return NUMERALS.indexOf(s) + 1;
  return (a ? NUMERALS.indexOf(a) + 1 : 1) * 10 + (b ? NUMERALS.indexOf(b) + 1 : 0);
}

/** The years of the Nth five-year plan ("十四五" → 2021-2025); from the 3rd plan (1966) on. */
export function fiveYearPlanSpan(ordinal: string): { start: number; end: number } | null {
  const m = /^十([一二三四五六七八九]?)五$/.exec(ordinal) ?? /^([一二三四五六七八九十]+)五$/.exec(ordinal);
  if (!m) return null;
  const n = chineseNumber(ordinal.slice(0, -1));
  if (!(n >= 3)) return null;
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

const spanEnding = (year: number) => `${year - 4}-${year}`;

/**
 * Reads the header text of a table into its value columns, left to right.
 * Year labels (`2015 年基数`, `2020 年`) and plan labels (`“十四五”目标`) are columns; a label
 * without 基数/目标 takes its kind from the group headings (`规划确定的目标`, `实际完成情况`) in order.
 */
export function parseHeader(header: string): { ok: true; columns: Column[]; hasUnit: boolean } | { ok: false; reason: string } {
  const compact = header.replace(/\s+/g, '');
  const hasUnit = /单位/.test(compact);
  const groups: Kind[] = [];
  for (const m of compact.matchAll(/规划确定的目标|规划目标|实际完成情况|实际完成|完成情况/g)) {
    groups.push(/完成/.test(m[0]) ? 'actual' : 'target');
  }
  const columns: Column[] = [];
  for (const m of compact.matchAll(/(\d{4})年(基数)?|[“"]?([一二三四五六七八九十]+五)[”"]?(目标|规划目标)/g)) {
    if (m[1]) {
      const year = Number(m[1]);
      let kind: Kind | undefined;
      if (m[2]) kind = 'baseline';
      else kind = groups.shift();
      if (!kind) return { ok: false, reason: `column "${m[0]}" is neither a 基数 nor under a 目标/完成情况 heading` };
      columns.push({ kind, year, span: spanEnding(year), label: m[0] });
    } else {
      const span = fiveYearPlanSpan(m[3]!);
      if (!span) return { ok: false, reason: `unknown plan "${m[3]}"` };
      columns.push({ kind: 'target', year: span.end, span: `${span.start}-${span.end}`, label: m[0] });
    }
  }
  if (columns.length === 0) return { ok: false, reason: 'no value columns (year or plan labels) in the header' };
  return { ok: true, columns, hasUnit };
}

/** Finds the tables of a document part by their captions; body lines run to the table's end. */
export function findTables(source: string, start: number, end: number): TableBlock[] {
  const lines = linesOf(source, start, end);
  const tables: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cap = CAPTION.exec(lines[i]!.text);
    if (!cap) continue;
    const section = `table_${cap[1]}_${cap[2]}` as Section;
    // Header: lines up to the first row line (a row number, or a line ending in 属性).
    let j = i + 1;
    const header: string[] = [];
    while (j < lines.length && !ROW_NUMBER.test(lines[j]!.text) && !ATTRIBUTE.test(lines[j]!.text) && !SECTION_HEADING.test(lines[j]!.text)) {
      header.push(lines[j]!.text);
      j++;
    }
    // Body: to the note (注：), a chapter/section heading of the text, the next caption,
    // prose (full stops, commas), or a run of lines that never closes a row.
    const body: SourceLine[] = [];
    let open = 0;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      if (t === '') {
        body.push(lines[j]!);
        continue;
      }
      if (/^注[：:]/.test(t) || CAPTION.test(t) || /^第[一二三四五六七八九十百]+[章节篇]/.test(t) || /[，。；]/.test(t)) break;
      if (ATTRIBUTE.test(t)) open = 0;
      else if (!SECTION_HEADING.test(t) && ++open > 4) {
        // Too many lines without 属性: the table ended before them.
        while (open-- > 1) body.pop();
        break;
      }
      body.push(lines[j]!);
    }
    let note: TableBlock['note'] = null;
    if (j < lines.length && /^\s*注[：:]/.test(lines[j]!.text)) {
      const text = lines
        .slice(j, j + 12)
        .map((l) => l.text.trim())
        .join('');
      note = { line: lines[j]!, text };
    }
    tables.push({ section, caption: `表 ${cap[1]}-${cap[2]} ${cap[3]!.trim()}`, captionLine: lines[i]!, header: header.join(' '), body, note });
    i = j - 1;
  }
  return tables;
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

interface Row {
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

function basisOf(value: CellValue, name: string): Basis {
  if (value.type === 'figure') {
    if (value.cumulative) return 'cumulative';
    if (value.annualAverage) return 'annual_avg_growth';
    return 'level';
  }
  if (/降幅|减少|下降/.test(name)) return 'cumulative';
  if (/增长/.test(name)) return 'annual_avg_growth';
  return 'level';
}

/** Extracts every cell of every plan table in the document part. */
export function extractFypTables(input: ExtractInput): ExtractResult {
  const { doc, file, source, start, end, catalogue } = input;
  const observations: Observation[] = [];
  const findings: Finding[] = [];
  const err = (offset: number, message: string) => findings.push({ level: 'error', file, line: lineOf(source, offset), message });
  const warn = (offset: number, message: string) => findings.push({ level: 'warning', file, line: lineOf(source, offset), message });

  for (const table of findTables(source, start, end)) {
    if (table.section !== 'table_1_1' && table.section !== 'table_2_1') {
      warn(table.captionLine.start, `table not read: ${table.caption} (only 表 1-1 and 表 2-1 have a section in the dataset) — add a Section for it in src/lib/types.ts`);
      continue;
    }
    const header = parseHeader(table.header);
    if (!header.ok) {
      err(table.captionLine.start, `${table.caption}: cannot read the header (${header.reason}) — the header must label each value column with a year (2015 年基数, 2020 年) or a plan (“十四五”目标)`);
      continue;
    }
    const { columns, hasUnit } = header;
    if (table.note && /预计/.test(table.note.text)) {
      warn(table.note.line.start, `${table.caption}: the note says some values are estimates (预计) without saying which; no cell is flagged estimated`);
    }
    const { rows, problems } = readRows(source, table.body, columns.length, hasUnit);
    for (const p of problems) {
      findings.push({ level: 'error', file, line: p.line, message: `${table.caption}: ${p.reason} — every row needs a name${hasUnit ? ', a unit' : ''}, ${columns.length} value cells (${columns.map((c) => c.label).join(', ')}; — or -- for no data) and 约束性/预期性` });
    }
    if (rows.length === 0) err(table.captionLine.start, `${table.caption}: no rows found — check the table's layout`);
    for (const row of rows) {
      const { parts } = row;
      const named = unitFromName(parts.name);
      const rowName = hasUnit ? parts.name : named.name;
      const compactName = rowName.replace(/\s+/g, '');
      const indicator =
        matchIndicator(catalogue, compactName)?.indicator ??
        (row.group ? matchIndicator(catalogue, row.group.replace(/\s+/g, '') + compactName)?.indicator : undefined);
      if (!indicator) {
        err(parts.start, `${table.caption} row ${parts.number}: no catalogue indicator matches "${rowName}" — add a phrasing to data/indicators.csv`);
        continue;
      }
      const rowUnit = hasUnit ? parts.unit : named.unit;
      parts.cells.forEach((cell, ci) => {
        const column = columns[ci]!;
        const value = readCell(source, cell);
        if (value.type === 'none') {
          warn(cell.start, `no-data cell: ${table.caption} row ${parts.number} ${rowName}, column ${column.label}: "${cell.text}"`);
          return;
        }
        if (value.type === 'invalid') {
          err(cell.start, `${table.caption} row ${parts.number}, column ${column.label}: cannot read "${cell.text}" (${value.reason}) — write a number, [number], — or the wording of a qualitative target`);
          return;
        }
        const basis = basisOf(value, rowName);
        const period = basis === 'level' ? String(column.year) : column.span;
        let unit = value.type === 'figure' && value.unit ? value.unit : rowUnit;
        if (unit === '' && value.type === 'figure') {
          unit = indicator.unit;
          warn(cell.start, `unit not stated: ${table.caption} row ${parts.number} ${rowName}; catalogue unit ${indicator.unit} used`);
        }
        const figure = value.type === 'figure' ? value : null;
        observations.push(
          buildObservation(doc, file, source, {
            indicator,
            kind: column.kind,
            period,
            value: figure ? figure.value : null,
            value_max: figure ? figure.valueMax : null,
            unit,
            comparator: figure ? figure.comparator : 'qualitative',
            basis,
            estimated: false,
            section: table.section,
            figureStart: cell.start,
            figureEnd: cell.end,
            quoteStart: parts.start,
            quoteEnd: parts.end,
            binding: parts.binding,
          }),
        );
      });
    }
  }
  return { observations, findings };
}
