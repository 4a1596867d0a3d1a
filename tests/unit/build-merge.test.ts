import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../scripts/build/merge.ts';
import type { Observation } from '../../src/lib/types.ts';

const base: Observation = {
  id: 'zmd-gwr-2025:448:gdp:target:2025',
  region: 'zhumadian',
  indicator_id: 'gdp',
  indicator_zh: '地区生产总值',
  indicator_en: 'GDP',
  kind: 'target',
  period: '2025',
  value: 6.5,
  value_max: null,
  unit: '%',
  comparator: 'about',
  basis: 'yoy_growth',
  estimated: false,
  value_text: '6.5%左 右',
  document_id: 'zmd-gwr-2025',
  source_file: '000.txt',
  source_line: 448,
  source_start: 100,
  source_end: 106,
  quote: '地区生产总值增长 6.5%左 右',
  section: 'headline_targets',
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
};
const notice: Observation = {
  ...base,
  id: 'zmd-tasks-2025:1676:gdp:target:2025',
  document_id: 'zmd-tasks-2025',
  source_line: 1676,
  source_start: 9000,
  source_end: 9005,
  value_text: '6.5%左右',
  section: 'task_notice',
};
const order = new Map([
  ['zmd-gwr-2025', 0],
  ['zmd-tasks-2025', 1],
]);

describe('mergeObservations', () => {
  it('folds the task notice repeat into the headline target, listing the other place', () => {
    const r = mergeObservations([notice, base], order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ id: base.id, also_stated_in: 'zmd-tasks-2025:000.txt:1676' });
  });

  it('is an error, naming both places, when the repeat states another value', () => {
    const r = mergeObservations([base, { ...notice, value: 7.5, value_text: '7.5%左右' }], order);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ level: 'error', file: '000.txt', line: 1676 });
    expect(r.findings[0]!.message).toMatch(/000\.txt:1676 .* but 000\.txt:448 /);
  });

  it('is an error when the comparator differs (6.5% vs 6.5%左右)', () => {
    const r = mergeObservations([base, { ...notice, comparator: 'eq' }], order);
    expect(r.findings).toHaveLength(1);
  });

  it('keeps different values in body sections as separate rows', () => {
    const a = { ...base, id: 'a', section: 'tasks_body' as const, value: 60, unit: '家', basis: 'level' as const };
    const b = { ...a, id: 'b', value: 50, source_line: 500, source_start: 200 };
    const r = mergeObservations([a, b], order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(2);
  });

  it('compares qualitative statements by their wording, spaces ignored', () => {
    const q = { ...base, value: null, comparator: 'qualitative' as const, value_text: '与经济增长同步' };
    const r = mergeObservations([q, { ...notice, value: null, comparator: 'qualitative', value_text: '与经济 增长同步' }], order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(1);
  });

  it('makes ids unique and does not mutate its input', () => {
    const a = { ...base, section: 'tasks_body' as const };
    const b = { ...a, value: 1, source_start: 300 };
    const input = [a, b];
    const r = mergeObservations(input, order);
    expect(r.observations.map((o) => o.id)).toEqual([base.id, `${base.id}~2`]);
    expect(input[1]!.id).toBe(base.id);
  });

  it('warns when a table baseline differs from the actual stated for the same period', () => {
    const actual = { ...base, id: 'act', kind: 'actual' as const, period: '2020', value: 71.4, unit: '%', basis: 'level' as const, comparator: 'eq' as const, section: 'table_1_1' as const, source_line: 479 };
    const baseline = { ...actual, id: 'base', kind: 'baseline' as const, section: 'table_2_1' as const, source_line: 954, source_start: 500 };
    expect(mergeObservations([actual, baseline], order).findings).toEqual([]);
    const r = mergeObservations([actual, { ...baseline, value: 71.2 }], order);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ level: 'warning', line: 954 });
  });

  it('keeps the lead departments and deadline the task notice adds to a repeated task', () => {
    const task = { ...base, section: 'tasks_body' as const, value: 6.4, unit: '万人', basis: 'level' as const, comparator: 'eq' as const };
    const noticeTask = { ...task, id: 'n', document_id: 'zmd-tasks-2025', section: 'task_notice' as const, source_line: 3121, source_start: 9000, lead_departments: '市人社局', deadline: '12月底前' };
    const r = mergeObservations([noticeTask, task], order);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ id: base.id, lead_departments: '市人社局', deadline: '12月底前', also_stated_in: 'zmd-tasks-2025:000.txt:3121' });
  });
});
