/**
 * The promises view: every target of every document with its deadline, lead departments and
 * status, filtered by document, deadline, department, status and search text, grouped for display.
 * Pure and non-mutating.
 */
import { matches } from './datatable';
import type { Dataset, Lang, Observation, Pair, Status } from './types';

export interface PromiseRow {
  target: Observation;
  /** The target's pair, null when it has none. */
  pair: Pair | null;
  status: Status;
  /** Every document that states the promise: its own first, then those of also_stated_in. */
  documents: string[];
  /** Lead departments, one per entry. */
  departments: string[];
  /** The last year of the period: the year the promise falls due. */
  dueYear: number;
}

export interface PromiseFilter {
  /** Document id ('' = all). */
  document: string;
  /** Due year ('' = all). */
  due: string;
  /** One lead department ('' = all). */
  department: string;
  status: Status | '';
  q: string;
}

export const NO_FILTER: PromiseFilter = { document: '', due: '', department: '', status: '', q: '' };

export type GroupKey = 'document' | 'due' | 'department' | 'status';

/** Lead departments of an observation: "市发改委、市工信局" → two. */
export function departmentsOf(o: Pick<Observation, 'lead_departments'>): string[] {
  return o.lead_departments
    .split('、')
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

/** Documents named in also_stated_in ("doc:file:line doc:file:line"), in order, once each. */
export function alsoDocuments(also: string): string[] {
  return [...new Set(also.split(' ').filter(Boolean).map((p) => p.split(':')[0]!))];
}

const dueYearOf = (period: string) => Number(period.slice(-4));

/** Every target as a promise, by due year, then document order, then line. */
export function promiseRows(dataset: Pick<Dataset, 'observations' | 'pairs' | 'documents'>): PromiseRow[] {
  const pairs = new Map(dataset.pairs.map((p) => [p.target_id, p]));
  const order = new Map(dataset.documents.map((d, i) => [d.id, i]));
  return dataset.observations
    .filter((o) => o.kind === 'target')
    .map((o): PromiseRow => {
      const pair = pairs.get(o.id) ?? null;
      return {
        target: o,
        pair,
        status: pair?.status ?? 'not_assessable',
        documents: [...new Set([o.document_id, ...alsoDocuments(o.also_stated_in)])],
        departments: departmentsOf(o),
        dueYear: dueYearOf(o.period),
      };
    })
    .sort(
      (a, b) =>
        a.dueYear - b.dueYear ||
        (order.get(a.target.document_id) ?? 99) - (order.get(b.target.document_id) ?? 99) ||
        a.target.source_start - b.target.source_start,
    );
}

/** Rows that pass every filter. */
export function filterPromises(rows: readonly PromiseRow[], f: PromiseFilter, lang: Lang): PromiseRow[] {
  return rows.filter(
    (r) =>
      (f.document === '' || r.documents.includes(f.document)) &&
      (f.due === '' || String(r.dueYear) === f.due) &&
      (f.department === '' || r.departments.includes(f.department)) &&
      (f.status === '' || r.status === f.status) &&
      (f.q === '' || matches(r.target, f.q, lang) || r.departments.some((d) => d.includes(f.q.trim())) || r.target.deadline.includes(f.q.trim())),
  );
}

export interface Facet {
  value: string;
  count: number;
}

function count(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * The choices of each filter with the number of promises behind each: documents in manifest
 * order, due years ascending, departments by count (then name), statuses in `statusOrder`.
 */
export function promiseFacets(
  rows: readonly PromiseRow[],
  documentOrder: readonly string[],
  statusOrder: readonly Status[],
): Record<GroupKey, Facet[]> {
  const docs = count(rows.flatMap((r) => r.documents));
  const due = count(rows.map((r) => String(r.dueYear)));
  const depts = count(rows.flatMap((r) => r.departments));
  const statuses = count(rows.map((r) => r.status));
  return {
    document: documentOrder.filter((d) => docs.has(d)).map((value) => ({ value, count: docs.get(value)! })),
    due: [...due.keys()].sort().map((value) => ({ value, count: due.get(value)! })),
    department: [...depts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN'))
      .map(([value, n]) => ({ value, count: n })),
    status: statusOrder.filter((s) => statuses.has(s)).map((value) => ({ value, count: statuses.get(value)! })),
  };
}

/** Every document, due year and department a promise filter can pick (for checking URL values). */
export function promiseChoices(rows: readonly PromiseRow[]): { documents: Set<string>; dues: Set<string>; departments: Set<string> } {
  return {
    documents: new Set(rows.flatMap((r) => r.documents)),
    dues: new Set(rows.map((r) => String(r.dueYear))),
    departments: new Set(rows.flatMap((r) => r.departments)),
  };
}

export interface PromiseGroup {
  key: string;
  rows: PromiseRow[];
}

/**
 * Rows grouped for display, groups in order of first appearance (rows are already sorted). A
 * promise with two lead departments appears under each; one with none under ''.
 */
export function groupPromises(rows: readonly PromiseRow[], by: GroupKey): PromiseGroup[] {
  const groups = new Map<string, PromiseRow[]>();
  const add = (k: string, r: PromiseRow) => {
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  };
  for (const r of rows) {
    if (by === 'document') add(r.target.document_id, r);
    else if (by === 'due') add(String(r.dueYear), r);
    else if (by === 'status') add(r.status, r);
    else if (r.departments.length === 0) add('', r);
    else for (const d of r.departments) add(d, r);
  }
  return [...groups.entries()].map(([key, list]) => ({ key, rows: list }));
}
