/** CSV of observations and pairs: UTF-8 with BOM, CRLF, written by the project's one formula-safe writer (src/lib/csv.ts). */
import { toCsv } from '../../src/lib/csv.ts';
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

export const observationsCsv = (rows: readonly Observation[], bom = true) => toCsv(OBSERVATION_COLUMNS, rows, { bom });
export const pairsCsv = (rows: readonly Pair[]) => toCsv(PAIR_COLUMNS, rows);
