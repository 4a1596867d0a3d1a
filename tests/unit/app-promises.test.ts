/**
 * The promises of the real build (the pipeline run on seeds/ and data/: real-slices.ts): every
 * target with the status its pair was judged, its lead departments and the documents that state
 * it. Statuses, quotes and places are the build's; each expectation is read from the raw target
 * and pair, not from the row under test.
 */
import { describe, expect, it } from 'vitest';
import {
  alsoDocuments,
  departmentsOf,
  filterPromises,
  groupPromises,
  NO_FILTER,
  promiseChoices,
  promiseFacets,
  promiseRows,
  type GroupKey,
  type PromiseFilter,
  type PromiseRow,
} from '../../src/lib/promises';
import { STATUS_ORDER } from '../../src/lib/status';
import type { Observation } from '../../src/lib/types';
import { realDataset } from '../fixtures/real-slices';
import { realView } from '../fixtures/real-views';

const data = realDataset();
const rows = promiseRows(data);
const targets = data.observations.filter((o) => o.kind === 'target');
const pairOf = new Map(data.pairs.map((p) => [p.target_id, p]));
const documentOrder = data.documents.map((d) => d.id);
const ids = (list: readonly PromiseRow[]) => list.map((r) => r.target.id);

/** The one target with these fields (tests choose rows by what they are). */
function target(where: Partial<Observation>): Observation {
  const found = targets.filter((o) => Object.entries(where).every(([k, v]) => o[k as keyof Observation] === v));
  if (found.length !== 1) throw new Error(`${found.length} targets match ${JSON.stringify(where)}`);
  return found[0]!;
}
const rowOf = (o: Observation) => rows.find((r) => r.target.id === o.id)!;

/** 2025 grain output (160亿斤以上): two lead departments, stated in three documents. */
const grain = target({ document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'grain_output' });
/** 2025 GDP (6.5%左右): repeated once, by the task notice. */
const gdp = target({ document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'gdp' });

describe('departmentsOf', () => {
  it.each([
    { name: 'two, separated by 、', o: grain, expected: ['市粮食和物资储备局', '市农业农村局'] },
    { name: 'one', o: target({ document_id: 'zmd-gwr-2025', section: 'tasks_body', indicator_id: 'new_urban_jobs' }), expected: ['市人社局'] },
    { name: 'none (a headline target)', o: gdp, expected: [] },
  ])('$name', ({ o, expected }) => {
    expect(departmentsOf(o)).toEqual(expected);
  });
});

describe('alsoDocuments', () => {
  it.each([
    { name: 'its own document, the notice twice and a plan: each once, in order', o: grain, expected: ['zmd-gwr-2025', 'zmd-tasks-2025', 'zmd-village-farmland-2021'] },
    { name: 'the task notice', o: gdp, expected: ['zmd-tasks-2025'] },
    { name: 'stated nowhere else', o: target({ document_id: 'zmd-digital-gov-2021', indicator_id: 'app_user_penetration' }), expected: [] },
  ])('$name', ({ o, expected }) => {
    expect(alsoDocuments(o.also_stated_in)).toEqual(expected);
  });
});

describe('promiseRows', () => {
  it('lists every target once, and nothing else', () => {
    expect(data.observations.some((o) => o.kind !== 'target')).toBe(true);
    expect(ids(rows).sort()).toEqual(targets.map((o) => o.id).sort());
  });

  it('by due year (a span falls due at its end), then document order, then place in the document', () => {
    const spans = rows.filter((r) => /^\d{4}-\d{4}$/.test(r.target.period));
    expect(spans.length).toBeGreaterThan(0);
    for (const r of spans) expect(r.dueYear).toBe(Number(r.target.period.slice(5)));
    const key = (r: PromiseRow) => [r.dueYear, documentOrder.indexOf(r.target.document_id), r.target.source_start];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      const d = a.findIndex((x, j) => x !== b[j]);
      if (d !== -1) expect(a[d]!, `${rows[i - 1]!.target.id} before ${rows[i]!.target.id}`).toBeLessThan(b[d]!);
    }
    // The build lists rows in that order already: the order must not come from the input's (two
    // promises of one figure, 旅游接待人次和旅游收入均增长6%以上, tie).
    expect(promiseRows({ ...data, observations: [...data.observations].reverse() }).map(key)).toEqual(rows.map(key));
  });

  it('takes the status the pair of the target was judged', () => {
    for (const r of rows) {
      expect(r.pair).toBe(pairOf.get(r.target.id));
      expect(r.status).toBe(r.pair!.status);
    }
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(3);
  });

  it('is not assessable without a pair', () => {
    // Every target of today's build has a pair: here a met one has lost its own.
    const met = rows.find((r) => r.status === 'met')!;
    const without = promiseRows({ ...data, pairs: data.pairs.filter((p) => p.target_id !== met.target.id) });
    expect(without.find((r) => r.target.id === met.target.id)).toMatchObject({ pair: null, status: 'not_assessable' });
  });

  it('names every document that states a promise: its own first', () => {
    expect(rowOf(grain).documents).toEqual(['zmd-gwr-2025', 'zmd-tasks-2025', 'zmd-village-farmland-2021']);
    expect(rowOf(gdp).documents).toEqual(['zmd-gwr-2025', 'zmd-tasks-2025']);
  });

  it('gives the promises view the same rows from the file it loads', () => {
    const view = promiseRows(realView('promises'));
    expect(view.map((r) => [r.target.id, r.status])).toEqual(rows.map((r) => [r.target.id, r.status]));
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(data);
    promiseRows(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});

/** Whether a target's raw text contains `q`: quote, lead departments or deadline. */
const says = (o: Observation, q: string) => [o.quote, o.lead_departments, o.deadline].some((s) => s.includes(q));
const leads = (o: Observation) => o.lead_departments.split('、');

describe('filterPromises', () => {
  const statuses = STATUS_ORDER.filter((s) => data.pairs.some((p) => p.status === s));
  const cases: { name: string; filter: Partial<PromiseFilter>; expected: (o: Observation) => boolean }[] = [
    ...statuses.map((status) => ({ name: `status ${status}: the targets whose pair has it`, filter: { status }, expected: (o: Observation) => pairOf.get(o.id)?.status === status })),
    { name: 'the task notice: its own promises and those it repeats', filter: { document: 'zmd-tasks-2025' }, expected: (o) => o.document_id === 'zmd-tasks-2025' || o.also_stated_in.includes('zmd-tasks-2025:') },
    { name: 'the 驿城区 plan', filter: { document: 'yc-fyp14' }, expected: (o) => o.document_id === 'yc-fyp14' || o.also_stated_in.includes('yc-fyp14:') },
    { name: 'due 2025, spans ending in 2025 included', filter: { due: '2025' }, expected: (o) => o.period.endsWith('2025') },
    { name: 'a department, alone or with others', filter: { department: '市农业农村局' }, expected: (o) => leads(o).includes('市农业农村局') },
    { name: 'search in the quote', filter: { q: '豫事办' }, expected: (o) => says(o, '豫事办') },
    { name: 'search by department', filter: { q: '大数据管理局' }, expected: (o) => says(o, '大数据管理局') },
    { name: 'search by deadline', filter: { q: '12月底前' }, expected: (o) => says(o, '12月底前') },
    { name: 'filters combine', filter: { due: '2025', department: '市农业农村局' }, expected: (o) => o.period.endsWith('2025') && leads(o).includes('市农业农村局') },
  ];
  it.each(cases)('$name', ({ filter, expected }) => {
    const found = ids(filterPromises(rows, { ...NO_FILTER, ...filter }, 'zh'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(rows.length);
    expect(found).toEqual(ids(rows.filter((r) => expected(r.target))));
  });

  it('no filter: every row', () => {
    expect(filterPromises(rows, NO_FILTER, 'zh')).toEqual(rows);
  });
});

describe('promiseFacets', () => {
  const facets = promiseFacets(rows, documentOrder, STATUS_ORDER);
  const single = (key: GroupKey, value: string) => filterPromises(rows, { ...NO_FILTER, [key]: value }, 'zh').length;

  it.each(['document', 'due', 'department', 'status'] as const)('%s: each choice counts the promises choosing it shows', (key) => {
    expect(facets[key].length).toBeGreaterThan(1);
    for (const f of facets[key]) expect(f.count, f.value).toBe(single(key, f.value));
  });

  it('lists documents in manifest order, only those that state a promise', () => {
    const stating = documentOrder.filter((d) => rows.some((r) => r.documents.includes(d)));
    expect(stating.length).toBeLessThan(documentOrder.length);
    expect(facets.document.map((f) => f.value)).toEqual(stating);
  });

  it('lists due years ascending, statuses in their order, departments by count', () => {
    const dues = facets.due.map((f) => f.value);
    expect(dues).toEqual([...new Set(rows.map((r) => String(r.dueYear)))].sort());
    expect(facets.status.map((f) => f.value)).toEqual(STATUS_ORDER.filter((s) => rows.some((r) => r.status === s)));
    const counts = facets.department.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Rows come sorted by due year: the facets' order must not come from theirs.
    expect(promiseFacets([...rows].reverse(), documentOrder, STATUS_ORDER)).toEqual(facets);
  });
});

describe('promiseChoices', () => {
  it('holds every document, due year and department a filter can pick, and no other', () => {
    const facets = promiseFacets(rows, documentOrder, STATUS_ORDER);
    const c = promiseChoices(rows);
    expect(c.documents).toEqual(new Set(facets.document.map((f) => f.value)));
    expect(c.dues).toEqual(new Set(facets.due.map((f) => f.value)));
    expect(c.departments).toEqual(new Set(facets.department.map((f) => f.value)));
  });
});

describe('groupPromises', () => {
  const keysOf: Record<GroupKey, (r: PromiseRow) => string[]> = {
    document: (r) => [r.target.document_id],
    due: (r) => [r.target.period.slice(-4)],
    status: (r) => [pairOf.get(r.target.id)!.status],
    department: (r) => (r.target.lead_departments ? leads(r.target) : ['']),
  };
  it.each(['document', 'due', 'status', 'department'] as const)('by %s: groups in order of first appearance, rows in order', (by) => {
    const groups = groupPromises(rows, by);
    const expected = [...new Set(rows.flatMap(keysOf[by]))];
    expect(groups.map((g) => g.key)).toEqual(expected);
    for (const g of groups) expect(ids(g.rows), g.key).toEqual(ids(rows.filter((r) => keysOf[by](r).includes(g.key))));
  });

  it('by document in the dataset’s order (the newest report first), rows unchanged', () => {
    const order = data.documents.map((d) => d.id);
    const groups = groupPromises(rows, 'document', order);
    expect(groups[0]!.key).toBe(order.find((id) => rows.some((r) => r.target.document_id === id)));
    expect(groups.map((g) => order.indexOf(g.key))).toEqual([...groups.map((g) => order.indexOf(g.key))].sort((a, b) => a - b));
    expect(groups.flatMap((g) => ids(g.rows)).sort()).toEqual(ids(rows).sort());
  });

  it('puts a promise with two lead departments under each, and one with none under ""', () => {
    const groups = groupPromises(rows, 'department');
    const under = (o: Observation) => groups.filter((g) => g.rows.some((r) => r.target.id === o.id)).map((g) => g.key);
    expect(under(grain)).toEqual(['市粮食和物资储备局', '市农业农村局']);
    expect(under(gdp)).toEqual(['']);
  });
});
