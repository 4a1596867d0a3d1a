/** The data view's table: search and sort over all observations. Pure and non-mutating. */
import { formatStated } from './format';
import type { Lang, Observation } from './types';

export const DATA_COLUMNS = ['indicator', 'region', 'kind', 'period', 'value', 'basis', 'document', 'line'] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

/** Whether an observation matches every whitespace-separated term of `q` (case-insensitive). */
export function matches(o: Observation, q: string, lang: Lang): boolean {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const hay = [o.indicator_zh, o.indicator_en, o.indicator_id, o.period, o.quote, o.value_text, o.kind, o.region, o.document_id, formatStated(o, lang)]
    .join(' ')
    .toLowerCase();
  return terms.every((t) => hay.includes(t));
}

function key(o: Observation, col: DataColumn, lang: Lang): string | number {
  switch (col) {
    case 'indicator':
      return lang === 'zh' ? o.indicator_zh : o.indicator_en;
    case 'value':
      return o.value ?? Number.NEGATIVE_INFINITY;
    case 'document':
      return o.document_id;
    case 'line':
      return o.source_line;
    default:
      return o[col];
  }
}

/** Parse a sort parameter ("-period") into a column and direction; unknown columns → null. */
export function parseSort(sort: string): { col: DataColumn; desc: boolean } | null {
  const desc = sort.startsWith('-');
  const col = (desc ? sort.slice(1) : sort) as DataColumn;
  return DATA_COLUMNS.includes(col) ? { col, desc } : null;
}

/** Filtered and sorted rows; ties keep dataset order. */
export function dataRows(obs: readonly Observation[], q: string, sort: string, lang: Lang): Observation[] {
  const rows = obs.filter((o) => matches(o, q, lang));
  const s = parseSort(sort);
  if (!s) return rows;
  const coll = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en', { numeric: true });
  const dir = s.desc ? -1 : 1;
  return rows
    .map((o, i) => ({ o, i, k: key(o, s.col, lang) }))
    .sort((a, b) => {
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : coll.compare(String(a.k), String(b.k));
      return c * dir || a.i - b.i;
    })
    .map((x) => x.o);
}

/** The next sort parameter when a column header is clicked: ascending → descending → ascending. */
export function nextSort(current: string, col: DataColumn): string {
  return current === col ? `-${col}` : col;
}
