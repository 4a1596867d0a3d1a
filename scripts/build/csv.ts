/** CSV rendering of observations and pairs: UTF-8 with BOM, RFC 4180 quoting (papaparse). */
import Papa from 'papaparse';
import type { Observation, Pair } from '../../src/lib/types.ts';
import { OBSERVATION_COLUMNS } from '../../src/lib/types.ts';

export const PAIR_COLUMNS = [
  'id',
  'region',
  'indicator_id',
  'period',
  'basis',
  'target_id',
  'actual_id',
  'comparator',
  'target_value',
  'target_value_max',
  'actual_value',
  'unit',
  'gap',
  'gap_unit',
  'status',
  'rule',
  'reason',
  'related_actual_id',
  'derived',
  'caveats',
] as const satisfies readonly (keyof Pair)[];

const BOM = '\uFEFF';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v);
}

export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], bom = true): string {
  const data = rows.map((r) => columns.map((c) => cell(r[c])));
  const body = Papa.unparse({ fields: [...columns], data }, { quotes: false, newline: '\r\n', escapeFormulae: false });
  return (bom ? BOM : '') + body + '\r\n';
}

export const observationsCsv = (rows: readonly Observation[], bom = true) => toCsv(rows, OBSERVATION_COLUMNS, bom);
export const pairsCsv = (rows: readonly Pair[]) => toCsv(rows, PAIR_COLUMNS);
