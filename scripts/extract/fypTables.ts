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
import type { Basis, Caveat, Kind, Observation, Section } from '../../src/lib/types.ts';
import { caveatsIn, type FoundCaveat } from './caveats.ts';
import { matchIndicator } from './catalogue.ts';
import { ATTRIBUTE, linesOf, readCell, readRows, ROW_NUMBER, SECTION_HEADING, unitFromName, type CellValue, type SourceLine } from './fypRows.ts';
import type { ExtractInput, ExtractResult, Finding } from './types.ts';
import { buildObservation } from './observation.ts';
import { flatten, lineOf } from './text.ts';

export { linesOf, readCell, readRows, splitRow, unitFromName } from './fypRows.ts';
export type { Cell, CellValue, Row, RowParts, SourceLine } from './fypRows.ts';

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
  /** The note under the table (注：… to the end of its paragraph), if any; `end` is a source offset. */
  note: { line: SourceLine; text: string; end: number } | null;
}

const CAPTION = /^\s*表\s*(\d+)\s*[-－—–]\s*(\d+)\s*(.*)$/;

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
      // The note runs to the end of its paragraph: the next line that starts indented (a new
      // paragraph of the text) or a heading ends it; at most 12 lines.
      let k = j + 1;
      while (k < lines.length && k < j + 12 && !/^\s+\S/.test(lines[k]!.text) && !/^\s*第[一二三四五六七八九十百]+[章节篇]/.test(lines[k]!.text)) k++;
      const noteLines = lines.slice(j, k);
      note = { line: lines[j]!, text: noteLines.map((l) => l.text.trim()).join(''), end: noteLines[noteLines.length - 1]!.end };
    }
    tables.push({ section, caption: `表 ${cap[1]}-${cap[2]} ${cap[3]!.trim()}`, captionLine: lines[i]!, header: header.join(' '), body, note });
    i = j - 1;
  }
  return tables;
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
  const caveats: Caveat[] = [];
  const err = (offset: number, message: string) => findings.push({ level: 'error', file, line: lineOf(source, offset), message });
  const warn = (offset: number, message: string) => findings.push({ level: 'warning', file, line: lineOf(source, offset), message, at: offset });

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
    const tableRows: Observation[] = [];
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
        tableRows.push(
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
    // The note's caveats reach the rows of this table they speak of.
    const found = table.note ? noteCaveats(input, table.note.line.start, table.note.end) : [];
    caveats.push(...found.map((f) => f.caveat));
    for (const row of tableRows) {
      const cited = found.filter((f) => (f.applies_to === 'actuals' ? row.kind === 'actual' : f.indicator_ids.includes(row.indicator_id)));
      observations.push(cited.length ? { ...row, caveats: cited.map((f) => f.caveat.id).join(' ') } : row);
    }
  }
  return { observations, findings, caveats };
}

/** Caveats of a table note (source offsets [start, end)). */
function noteCaveats(input: ExtractInput, start: number, end: number): FoundCaveat[] {
  const flat = flatten(input.source, start, end);
  return caveatsIn(input.doc, input.file, input.source, flat, 0, flat.text.length, input.caveatRules ?? [], input.catalogue);
}
