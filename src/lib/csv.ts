/**
 * The project's one CSV writer and one CSV reader (papaparse), shared by the build (observations.csv,
 * pairs.csv, the catalogue) and the app (a chart's CSV). Pure.
 *
 * Formula guard: a spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return)
 * as a formula, so a quote such as `=HYPERLINK(…)` could turn into a link or a command. Every *text*
 * cell that begins with one of these characters is written with a leading apostrophe (`'=HYPERLINK(…)`,
 * quoted), which spreadsheets show as text. Numbers are never changed: a number value (-14.6) is
 * written as it is, and so is a text cell that is nothing but a decimal number ("-14.6", "+3"),
 * which cannot be a formula. Reading the CSV back gives the apostrophe as part of the text.
 */
import Papa from 'papaparse';

/** What a CSV cell may hold: null, undefined and non-finite numbers are written as empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** Text cells that a spreadsheet would run as a formula: they begin with = + - @ tab or CR, and are not a plain number. */
export const FORMULA_START = /^(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

/** A value as papaparse should see it: numbers and booleans stay typed (never guarded), the rest text. */
function normalise(value: CsvValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/** A text cell as written: with the apostrophe of the formula guard where it needs one. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions<C extends string = string> {
  /** Start with a UTF-8 byte-order mark (for Excel). Default true. */
  bom?: boolean;
  /** The header's label of each column (the views' CSVs name columns in the reader's language). Default: the column's key. */
  label?: (column: C) => string;
}

/**
 * A CSV document: optional BOM, header line, one line per row, CRLF line ends (also after the last
 * row); RFC 4180 quoting; the formula guard above on every text cell.
 */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly { readonly [K in C]: CsvValue }[],
  options: CsvOptions<C> = {},
): string {
  const data = rows.map((row) => columns.map((c) => normalise(row[c])));
  const body = Papa.unparse(
    { fields: options.label ? columns.map(options.label) : [...columns], data },
    { quotes: false, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

/** One record of a CSV file: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvParse {
  records: CsvRecord[];
  /** Malformed quoting and the like, each with the line of its record. */
  errors: { line: number; message: string }[];
}

/**
 * Read CSV text into records, each with the line it starts on (a quoted field may span lines).
 * A leading BOM is dropped; blank lines are skipped (and counted); CRLF, LF and CR line ends may mix
 * (each reads as LF, also inside a quoted field).
 */
export function parseCsv(text: string): CsvParse {
  // One line end everywhere (papaparse expects one kind); line numbers are unchanged by it.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  const errors: CsvParse['errors'] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: '\n',
    step: (result) => {
      // The cursor stands after the record's line end: a record starts where the previous ended.
      const raw = body.slice(start, result.meta.cursor);
      for (const message of new Set(result.errors.map((e) => e.message))) errors.push({ line, message });
      if (raw.trim() !== '') records.push({ line, fields: result.data });
      line += countLines(raw);
      start = result.meta.cursor;
    },
  });
  return { records, errors };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
