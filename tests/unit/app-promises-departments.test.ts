/**
 * The promises view with the real build's rows: departments under one canonical name each, named
 * in the reader's language; deadlines in English; a search finds a promise by any of its
 * department's names; the document a list is also stated in is named once. Issue 10.5.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import {
  activeFilters,
  alsoStated,
  byDocument,
  canonicalDepartment,
  deadlineText,
  departmentIndex,
  departmentName,
  filterPromises,
  groupPromises,
  NO_FILTER,
  ownNotes,
  promiseFacets,
  promiseRows,
  refMark,
  type PromiseFilter,
} from '../../src/lib/promises';
import { STATUS_ORDER } from '../../src/lib/status';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const rows = promiseRows(dataset);
const index = departmentIndex(dataset.departments);
const CJK = /[\u3400-\u9fff]/;
const ids = (list: readonly { target: { id: string } }[]) => list.map((r) => r.target.id).sort();

describe('departments', () => {
  it('an alias and the canonical name are one department, named in each language', () => {
    expect(canonicalDepartment('农业农村局', index)).toBe('市农业农村局');
    expect(departmentName('农业农村局', index, 'en')).toBe('Municipal Bureau of Agriculture and Rural Affairs');
    expect(departmentName('市农业农村局', index, 'zh')).toBe('市农业农村局');
    expect(departmentName('市新设局', index, 'en')).toBe('市新设局');
    expect(canonicalDepartment('市新设局', index)).toBe('');
  });

  const facet = promiseFacets(rows, dataset.documents.map((d) => d.id), STATUS_ORDER).department;
  it('the filter lists each department once, by its canonical name', () => {
    const values = facet.map((f) => f.value);
    expect(values).toContain('市农业农村局');
    expect(values).not.toContain('农业农村局');
    for (const v of values) expect(canonicalDepartment(v, index), v).toBe(v);
  });

  it('every department the filter lists has an English name', () => {
    for (const f of facet) expect(departmentName(f.value, index, 'en'), f.value).not.toMatch(CJK);
  });

  const byFilter = (department: string) => filterPromises(rows, { ...NO_FILTER, department }, 'zh', dataset.departments);
  const bySearch = (q: string, lang: 'zh' | 'en') => filterPromises(rows, { ...NO_FILTER, q }, lang, dataset.departments);
  it.each([
    { department: '市农业农村局', q: '农业农村局', lang: 'zh' as const },
    { department: '市农业农村局', q: '市农村农业局', lang: 'zh' as const },
    { department: '市农业农村局', q: 'agriculture and rural affairs', lang: 'en' as const },
    { department: '市发改委', q: '发展改革委', lang: 'zh' as const },
  ])('a search for $q finds every promise the filter $department shows', ({ department, q, lang }) => {
    const filtered = byFilter(department);
    expect(filtered.length).toBeGreaterThan(0);
    const found = new Set(ids(bySearch(q, lang)));
    expect(ids(filtered).filter((id) => !found.has(id))).toEqual([]);
  });

  it('grouped by department, each department is one group', () => {
    const keys = groupPromises(rows, 'department').map((g) => g.key).filter(Boolean);
    expect(new Set(keys.map((k) => canonicalDepartment(k, index))).size).toBe(keys.length);
  });
});

describe('deadlines', () => {
  const withDeadline = rows.filter((r) => r.target.deadline);
  const bySearchAll = (q: string) => filterPromises(rows, { ...NO_FILTER, q }, 'en', dataset.departments);
  it('are read in English from the data, in Chinese as written', () => {
    expect(withDeadline.length).toBeGreaterThan(100);
    for (const r of withDeadline) {
      expect(deadlineText(r.target, 'zh')).toBe(r.target.deadline);
      expect(deadlineText(r.target, 'en'), r.target.deadline).not.toMatch(CJK);
    }
  });
  it('fall back to the phrase as written when the data has no English', () => {
    expect(deadlineText({ deadline: '下个月', deadline_en: '' }, 'en')).toBe('下个月');
  });
  it('are found by a search in either language', () => {
    const r = withDeadline.find((x) => x.target.deadline_en === 'by the end of December')!;
    expect(ids(bySearchAll('by the end of december'))).toContain(r.target.id);
    expect(ids(bySearchAll(r.target.deadline))).toContain(r.target.id);
  });
});

describe('activeFilters', () => {
  it.each<{ filter: Partial<PromiseFilter>; n: number }>([
    { filter: {}, n: 0 },
    { filter: { q: '粮食' }, n: 0 },
    { filter: { status: 'missed' }, n: 1 },
    { filter: { document: 'zmd-gwr-2025', due: '2025', department: '市发改委', status: 'pending' }, n: 4 },
  ])('$filter → $n', ({ filter, n }) => {
    expect(activeFilters({ ...NO_FILTER, ...filter })).toBe(n);
  });
});

describe('a document named once', () => {
  const report = groupPromises(rows, 'document').find((g) => g.key === 'zmd-gwr-2025')!;
  it('the work report names the task notice once for the promises it repeats', () => {
    const also = alsoStated(report.rows);
    expect(also.documents.map((d) => d.id)).toContain('zmd-tasks-2025');
    const n = also.documents.findIndex((d) => d.id === 'zmd-tasks-2025') + 1;
    const repeated = report.rows.filter((r) => r.documents.includes('zmd-tasks-2025'));
    expect(also.documents[n - 1]!.count).toBe(repeated.length);
    for (const r of repeated) expect(also.refs.get(r.target.id)).toContain(n);
    for (const r of report.rows.filter((x) => x.documents.length === 1)) expect(also.refs.has(r.target.id)).toBe(false);
  });
  it('leaves out the documents named around the list (the filter)', () => {
    expect(alsoStated(report.rows, ['zmd-tasks-2025']).documents.map((d) => d.id)).not.toContain('zmd-tasks-2025');
  });
  it('byDocument keeps every row once, each document once', () => {
    const status = groupPromises(rows, 'status')[0]!;
    const parts = byDocument(status.rows);
    expect(parts.flatMap((p) => p.rows).length).toBe(status.rows.length);
    expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
    for (const p of parts) for (const r of p.rows) expect(r.target.document_id).toBe(p.key);
  });
  it.each([
    [1, '①'],
    [20, '⑳'],
    [21, '[21]'],
  ])('refMark(%i) → %s', (n, mark) => {
    expect(refMark(n)).toBe(mark);
  });
});

describe('ownNotes', () => {
  it('leaves beside the target only the caveats its status does not name', () => {
    const qualified = rows.filter((r) => r.target.caveats);
    expect(qualified.length).toBeGreaterThan(0);
    for (const r of qualified) {
      const named = new Set(r.pair?.caveats.split(' ').filter(Boolean) ?? []);
      const own = ownNotes(r).caveats.split(' ').filter(Boolean);
      expect(own.filter((c) => named.has(c))).toEqual([]);
      expect(new Set([...own, ...named])).toEqual(new Set([...r.target.caveats.split(' ').filter(Boolean), ...named]));
    }
  });
});
