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
  type PromiseFilter,
} from '../../src/lib/promises';
import { STATUS_ORDER } from '../../src/lib/status';
import type { Dataset, Observation, Pair } from '../../src/lib/types';

/** One target with defaults; the figures and wording are those of the seeds. */
function target(p: Partial<Observation> & Pick<Observation, 'id' | 'indicator_id' | 'period' | 'document_id'>): Observation {
  return {
    region: 'zhumadian',
    indicator_zh: p.indicator_id,
    indicator_en: p.indicator_id,
    kind: 'target',
    value: 1,
    value_max: null,
    unit: '%',
    comparator: 'eq',
    basis: 'level',
    estimated: false,
    value_text: '1%',
    source_file: 'f.txt',
    source_line: 1,
    source_start: 0,
    source_end: 1,
    quote: '',
    section: 'plan_text',
    binding: '',
    period_inferred: false,
    lead_departments: '',
    deadline: '',
    deadline_en: '',
    also_stated_in: '',
    catalogued: true,
    derived: false,
    derived_from: '',
    caveats: '',
    base_period: '',
    ...p,
  };
}

const OBS: Observation[] = [
  target({
    id: 'zmd-gwr-2025:1097:grain_output:target:2025',
    indicator_id: 'grain_output',
    period: '2025',
    document_id: 'zmd-gwr-2025',
    source_start: 500,
    quote: '粮食产量稳定在160亿斤以上',
    lead_departments: '市粮食和物资储备局、市农业农村局',
    deadline: '12月底前',
    also_stated_in: 'zmd-tasks-2025:000_bbb7e12bb1a91af9.txt:1690 zmd-tasks-2025:000_bbb7e12bb1a91af9.txt:2653',
  }),
  target({
    id: 'zmd-digital-gov-2021:726:app_user_penetration:target:2022',
    indicator_id: 'app_user_penetration',
    period: '2022',
    document_id: 'zmd-digital-gov-2021',
    quote: '2022年12月底前，实现全市“豫事办”注册用户普及率不低于50%',
    lead_departments: '市政务服务和大数据管理局',
    deadline: '2022年12月底前',
  }),
  target({ id: 'yc-fyp14:1023:manufacturing_va:target:2021-2025', indicator_id: 'manufacturing_va', period: '2021-2025', document_id: 'yc-fyp14', region: 'yicheng', quote: '到2025年，全区制造业增加值年均增长6.5%以上' }),
  target({ id: 'zmd-gwr-2024:300:gdp:target:2024', indicator_id: 'gdp', period: '2024', document_id: 'zmd-gwr-2024', quote: '生产总值增长6.5%左右' }),
  { ...target({ id: 'zmd-gwr-2024:10:gdp:actual:2023', indicator_id: 'gdp', period: '2023', document_id: 'zmd-gwr-2024' }), kind: 'actual' },
];

const pair = (target_id: string, status: Pair['status']): Pair => ({
  id: `p:${target_id}`,
  region: 'zhumadian',
  indicator_id: 'x',
  period: '2025',
  basis: 'level',
  target_id,
  actual_id: null,
  comparator: 'eq',
  target_value: 1,
  target_value_max: null,
  actual_value: null,
  unit: '%',
  gap: null,
  gap_unit: '%',
  status,
  rule: '',
  reason: '',
  related_actual_id: null,
  derived: false,
  caveats: '',
});

const DATA: Pick<Dataset, 'observations' | 'pairs' | 'documents'> = {
  observations: OBS,
  pairs: [pair('zmd-gwr-2025:1097:grain_output:target:2025', 'pending'), pair('zmd-gwr-2024:300:gdp:target:2024', 'met')],
  documents: ['zmd-gwr-2025', 'zmd-tasks-2025', 'zmd-gwr-2024', 'yc-fyp14', 'zmd-digital-gov-2021'].map((id) => ({ id }) as Dataset['documents'][number]),
};

const rows = promiseRows(DATA);
const ids = (list: { target: Observation }[]) => list.map((r) => r.target.indicator_id);

describe('departmentsOf', () => {
  it.each([
    { lead: '市粮食和物资储备局、市农业农村局', expected: ['市粮食和物资储备局', '市农业农村局'] },
    { lead: '市政务服务和大数据管理局', expected: ['市政务服务和大数据管理局'] },
    { lead: '', expected: [] },
  ])('$lead', ({ lead, expected }) => {
    expect(departmentsOf({ lead_departments: lead })).toEqual(expected);
  });
});

describe('alsoDocuments', () => {
  it.each([
    { also: 'zmd-tasks-2025:000_bbb7e12bb1a91af9.txt:1690 zmd-tasks-2025:000_bbb7e12bb1a91af9.txt:2653', expected: ['zmd-tasks-2025'] },
    { also: 'zmd-gwr-2025:000_bbb7e12bb1a91af9.txt:1097 zmd-tasks-2025:000_bbb7e12bb1a91af9.txt:1690', expected: ['zmd-gwr-2025', 'zmd-tasks-2025'] },
    { also: '', expected: [] },
  ])('$also', ({ also, expected }) => {
    expect(alsoDocuments(also)).toEqual(expected);
  });
});

describe('promiseRows', () => {
  it('lists targets only, by due year, then document order', () => {
    expect(ids(rows)).toEqual(['app_user_penetration', 'gdp', 'grain_output', 'manufacturing_va']);
  });
  it('takes the status of the pair, not assessable without one', () => {
    expect(rows.map((r) => r.status)).toEqual(['not_assessable', 'met', 'pending', 'not_assessable']);
  });
  it('counts the task notice among the documents that state a promise', () => {
    expect(rows.find((r) => r.target.indicator_id === 'grain_output')!.documents).toEqual(['zmd-gwr-2025', 'zmd-tasks-2025']);
  });
  it('does not mutate its input', () => {
    const before = JSON.stringify(DATA);
    promiseRows(DATA);
    expect(JSON.stringify(DATA)).toBe(before);
  });
});

describe('promiseChoices', () => {
  it('collects every document, due year and department a filter can pick', () => {
    const c = promiseChoices(rows);
    expect(c.documents.has('zmd-tasks-2025')).toBe(true);
    expect([...c.dues].every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect([...c.departments]).toEqual([...new Set(rows.flatMap((r) => r.departments))]);
  });
});

describe('filterPromises', () => {
  const cases: { name: string; filter: Partial<PromiseFilter>; expected: string[] }[] = [
    { name: 'no filter', filter: {}, expected: ['app_user_penetration', 'gdp', 'grain_output', 'manufacturing_va'] },
    { name: 'a document, including repetitions (task notice)', filter: { document: 'zmd-tasks-2025' }, expected: ['grain_output'] },
    { name: 'a due year (end of a span counts)', filter: { due: '2025' }, expected: ['grain_output', 'manufacturing_va'] },
    { name: 'a department', filter: { department: '市农业农村局' }, expected: ['grain_output'] },
    { name: 'a status', filter: { status: 'met' }, expected: ['gdp'] },
    { name: 'search in the quote', filter: { q: '豫事办' }, expected: ['app_user_penetration'] },
    { name: 'search by department', filter: { q: '大数据管理局' }, expected: ['app_user_penetration'] },
    { name: 'search by deadline wording', filter: { q: '12月底前' }, expected: ['app_user_penetration', 'grain_output'] },
    { name: 'filters combine', filter: { due: '2025', department: '市政务服务和大数据管理局' }, expected: [] },
  ];
  it.each(cases)('$name', ({ filter, expected }) => {
    expect(ids(filterPromises(rows, { ...NO_FILTER, ...filter }, 'zh'))).toEqual(expected);
  });
});

describe('promiseFacets', () => {
  const facets = promiseFacets(rows, DATA.documents.map((d) => d.id), STATUS_ORDER);
  it('documents in manifest order with counts', () => {
    expect(facets.document).toEqual([
      { value: 'zmd-gwr-2025', count: 1 },
      { value: 'zmd-tasks-2025', count: 1 },
      { value: 'zmd-gwr-2024', count: 1 },
      { value: 'yc-fyp14', count: 1 },
      { value: 'zmd-digital-gov-2021', count: 1 },
    ]);
  });
  it('due years ascending', () => {
    expect(facets.due.map((f) => f.value)).toEqual(['2022', '2024', '2025']);
  });
  it('departments and statuses', () => {
    expect(facets.department.map((f) => f.value)).toHaveLength(3);
    expect(facets.status.map((f) => f.value)).toEqual(['met', 'pending', 'not_assessable']);
  });
});

describe('groupPromises', () => {
  it.each([
    { by: 'document' as const, expected: ['zmd-digital-gov-2021', 'zmd-gwr-2024', 'zmd-gwr-2025', 'yc-fyp14'] },
    { by: 'due' as const, expected: ['2022', '2024', '2025'] },
    { by: 'status' as const, expected: ['not_assessable', 'met', 'pending'] },
    { by: 'department' as const, expected: ['市政务服务和大数据管理局', '', '市粮食和物资储备局', '市农业农村局'] },
  ])('by $by', ({ by, expected }) => {
    expect(groupPromises(rows, by).map((g) => g.key)).toEqual(expected);
  });
  it('puts a promise with two lead departments under each', () => {
    const groups = groupPromises(rows, 'department');
    expect(groups.filter((g) => g.rows.some((r) => r.target.indicator_id === 'grain_output'))).toHaveLength(2);
  });
});
