/**
 * The promises view: every target of every document with its deadline, lead departments and
 * status, filtered by document, deadline, department, status and search text, grouped for display.
 * Pure and non-mutating.
 */
import { matches } from './datatable';
import type { Dataset, Department, Lang, Observation, Pair, Status } from './types';

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

/** Departments by every name the documents give them (canonical name and aliases). */
export function departmentIndex(departments: readonly Department[]): Map<string, Department> {
  const index = new Map<string, Department>();
  for (const d of departments) for (const n of [d.zh, ...d.aliases]) index.set(n, d);
  return index;
}

/** A department's name in `lang` (English from data/departments.csv); a name the data does not know passes through. */
export function departmentName(name: string, index: ReadonlyMap<string, Department>, lang: Lang): string {
  const d = index.get(name);
  return d ? (lang === 'zh' ? d.zh : d.en) : name;
}

/** The canonical name of a department named by an alias (a link made before names were merged); '' when unknown. */
export function canonicalDepartment(name: string, index: ReadonlyMap<string, Department>): string {
  return index.get(name)?.zh ?? '';
}

/** The deadline in `lang`: in English its translation (data/deadlines.csv), else the phrase as written. */
export function deadlineText(o: Pick<Observation, 'deadline' | 'deadline_en'>, lang: Lang): string {
  return lang === 'en' && o.deadline_en ? o.deadline_en : o.deadline;
}

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

/**
 * Rows that pass every filter. The search also finds a promise by its departments (any of their
 * names, Chinese or English, from `departments`) and its deadline as written or in English.
 */
export function filterPromises(rows: readonly PromiseRow[], f: PromiseFilter, lang: Lang, departments: readonly Department[] = []): PromiseRow[] {
  const index = departmentIndex(departments);
  const q = f.q.trim().toLowerCase();
  const namesOf = (name: string) => {
    const d = index.get(name);
    return d ? [d.zh, d.en, ...d.aliases] : [name];
  };
  const found = (r: PromiseRow) =>
    matches(r.target, f.q, lang) ||
    r.departments.some((d) => namesOf(d).some((n) => n.toLowerCase().includes(q))) ||
    r.target.deadline.includes(q) ||
    r.target.deadline_en.toLowerCase().includes(q);
  return rows.filter(
    (r) =>
      (f.document === '' || r.documents.includes(f.document)) &&
      (f.due === '' || String(r.dueYear) === f.due) &&
      (f.department === '' || r.departments.includes(f.department)) &&
      (f.status === '' || r.status === f.status) &&
      (q === '' || found(r)),
  );
}

/**
 * The target of a promise without the caveats its status already names (they are said once, by
 * the status): for the notes beside the target.
 */
export function ownNotes(r: Pick<PromiseRow, 'target' | 'pair'>): Observation {
  const named = new Set(r.pair?.caveats.split(' ') ?? []);
  return { ...r.target, caveats: r.target.caveats.split(' ').filter((c) => c && !named.has(c)).join(' ') };
}

/** How many of the filters (document, due year, department, status: not the search) are set. */
export function activeFilters(f: PromiseFilter): number {
  return [f.document, f.due, f.department, f.status].filter((v) => v !== '').length;
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
 * Rows grouped for display, groups in order of first appearance (rows are already sorted), or by
 * document in `documentOrder` (the dataset's, newest report first). A promise with two lead
 * departments appears under each; one with none under ''.
 */
export function groupPromises(rows: readonly PromiseRow[], by: GroupKey, documentOrder: readonly string[] = []): PromiseGroup[] {
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
  const out = [...groups.entries()].map(([key, list]) => ({ key, rows: list }));
  // Documents in the order the data lists them (the newest report first), as the document filter does.
  if (by === 'document' && documentOrder.length) {
    const rank = (k: string) => (documentOrder.includes(k) ? documentOrder.indexOf(k) : documentOrder.length);
    out.sort((a, b) => rank(a.key) - rank(b.key));
  }
  return out;
}

/**
 * A group's rows by the document that states them, each document once, in order of first
 * appearance (rows keep their order within a document): the phone's cards name a document
 * once, above its promises, instead of on every row.
 */
export function byDocument(rows: readonly PromiseRow[]): PromiseGroup[] {
  const docs = new Map<string, PromiseRow[]>();
  for (const r of rows) {
    const list = docs.get(r.target.document_id);
    if (list) list.push(r);
    else docs.set(r.target.document_id, [r]);
  }
  return [...docs.entries()].map(([key, list]) => ({ key, rows: list }));
}

export interface AlsoStated {
  /** The other documents, once each, in order of first mention, with how many of the rows they state. */
  documents: { id: string; count: number }[];
  /** Each row's references into `documents` (1-based), by target id; rows stated nowhere else have none. */
  refs: Map<string, number[]>;
}

/**
 * The other documents a list of promises is also stated in, so a list can name each once (a
 * note under its heading) and a row refer to it by number. `except`: documents already named
 * where the list is shown (its group's, the filter's), left out.
 */
export function alsoStated(rows: readonly PromiseRow[], except: readonly string[] = []): AlsoStated {
  const order = new Map<string, number>();
  const counts = new Map<string, number>();
  const refs = new Map<string, number[]>();
  for (const r of rows) {
    const others = r.documents.filter((d) => d !== r.target.document_id && !except.includes(d));
    if (!others.length) continue;
    for (const d of others) {
      if (!order.has(d)) order.set(d, order.size + 1);
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    refs.set(r.target.id, others.map((d) => order.get(d)!));
  }
  return { documents: [...order.keys()].map((id) => ({ id, count: counts.get(id)! })), refs };
}

/** The mark of a reference to a note: ①, ②, … (⑳ at most), then [21]. */
export function refMark(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `[${n}]`;
}
