/**
 * A small CSV table of data/ (caveat rules, qualifiers, departments, deadlines): read with the one
 * CSV reader (src/lib/csv.ts), its header checked, malformed quoting reported with its line.
 */
import { parseCsv, type CsvRecord } from '../../src/lib/csv.ts';

export type Table = { ok: true; header: string[]; rows: CsvRecord[]; get: (row: CsvRecord, column: string) => string } | { ok: false; errors: { file: string; line: number; message: string }[] };

export function readTable(text: string, file: string, columns: readonly string[]): Table {
  const { records, errors } = parseCsv(text);
  if (errors.length) {
    return { ok: false, errors: errors.map((e) => ({ file, line: e.line, message: `${e.message} — quote a field that holds a comma, quote or line break, and double each quote inside it` })) };
  }
  const header = records[0]?.fields.map((f) => f.trim()) ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, errors: [{ file, line: records[0]?.line ?? 1, message: `missing column(s): ${missing.join(', ')} — the header must name ${columns.join(', ')}` }] };
  const rows = records.slice(1);
  const bad = rows.filter((r) => r.fields.length !== header.length);
  if (bad.length) {
    return { ok: false, errors: bad.map((r) => ({ file, line: r.line, message: `expected ${header.length} fields, found ${r.fields.length} — quote fields that contain commas` })) };
  }
  return { ok: true, header, rows, get: (row, column) => (row.fields[header.indexOf(column)] ?? '').trim() };
}
