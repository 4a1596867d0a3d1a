import { describe, expect, it } from 'vitest';
import { columnYear, compoundPath, impliedPath, impliedRate, linearPath, planRows } from '../../src/lib/plan';
import { DATASET } from '../fixtures/dataset';

describe('paths', () => {
  it('compounds a growth rate from a base', () => {
    expect(compoundPath(537.7, 7.5, 2020, 2025)).toEqual([
      { year: 2020, value: 537.7 },
      { year: 2021, value: 578.03 },
      { year: 2022, value: 621.38 },
      { year: 2023, value: 667.98 },
      { year: 2024, value: 718.08 },
      { year: 2025, value: 771.94 },
    ]);
  });
  it('steps linearly in points', () => {
    expect(linearPath(71.4, 78, 2020, 2025).map((s) => s.value)).toEqual([71.4, 72.72, 74.04, 75.36, 76.68, 78]);
  });
  const rates: { args: [number, number, number]; expected: number }[] = [
    { args: [0.63, 1.1, 5], expected: 11.79 },
    { args: [100, 100, 5], expected: 0 },
    { args: [16, 29, 5], expected: 12.63 },
  ];
  for (const c of rates) it(`impliedRate(${c.args.join(', ')}) = ${c.expected}`, () => expect(impliedRate(...c.args)).toBe(c.expected));
});

describe('impliedPath', () => {
  const yc = DATASET.observations.filter((o) => o.region === 'yicheng');
  const find = (ind: string, kind: string, basis?: string) => yc.find((o) => o.indicator_id === ind && o.kind === kind && (!basis || o.basis === basis))!;
  it('compounds an average-growth target from the 2020 level of table 1-1', () => {
    const p = impliedPath(find('gdp', 'target', 'annual_avg_growth'), find('gdp', 'baseline', 'annual_avg_growth'), yc.filter((o) => o.indicator_id === 'gdp'))!;
    expect(p.kind).toBe('compound');
    expect(p.rate).toBe(7.5);
    expect(p.steps.at(-1)).toEqual({ year: 2025, value: 771.94 });
  });
  it('steps a level target in % by points', () => {
    const p = impliedPath(find('urbanisation', 'target'), find('urbanisation', 'baseline'), [])!;
    expect(p.kind).toBe('linear');
    expect(p.rate).toBe(1.32);
  });
  it('gives no path for a qualitative target', () => {
    expect(impliedPath({ ...find('urbanisation', 'target'), comparator: 'qualitative', value: null }, null, [])).toBeNull();
  });
});

describe('planRows', () => {
  it('reads table 1-1 as base, target, actual with status', () => {
    const rows = planRows(DATASET, { document_id: 'yc-fyp-14', section: 'table_1_1' });
    const gdp = rows.find((r) => r.key.startsWith('gdp|'))!;
    expect([gdp.base?.value, gdp.target?.value, gdp.actual?.value, gdp.pair?.status, gdp.binding]).toEqual([304.3, 459.7, 537.7, 'met', 'indicative']);
    const jobs = rows.find((r) => r.key.startsWith('new_urban_jobs|'))!;
    expect(jobs.target?.basis).toBe('cumulative');
  });
  it('reads table 2-1 with implied paths', () => {
    const rows = planRows(DATASET, { document_id: 'yc-fyp-14', section: 'table_2_1' });
    expect(rows.map((r) => r.key)).toEqual(['gdp|地区生产总值', 'urbanisation|常住人口城镇化率']);
    expect(rows.every((r) => r.path !== null)).toBe(true);
  });
});

describe('columnYear', () => {
  const cases = [
    { name: 'table 1-1 base', section: 'table_1_1', column: 'base', expected: 2015 },
    { name: 'table 1-1 target (cumulative 2016-2020 cells end in 2020)', section: 'table_1_1', column: 'target', expected: 2020 },
    { name: 'table 1-1 actual', section: 'table_1_1', column: 'actual', expected: 2020 },
    { name: 'table 2-1 base', section: 'table_2_1', column: 'base', expected: 2020 },
    { name: 'table 2-1 target', section: 'table_2_1', column: 'target', expected: 2025 },
    { name: 'table 2-1 has no actual column', section: 'table_2_1', column: 'actual', expected: null },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      expect(columnYear(planRows(DATASET, { document_id: 'yc-fyp-14', section: c.section }), c.column)).toBe(c.expected);
    });
  }
});
