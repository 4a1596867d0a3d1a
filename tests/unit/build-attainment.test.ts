import { describe, expect, it } from 'vitest';
import { ATTAINMENT_RULES, isReviewed, judge, pairTargets, toleranceFor } from '../../src/lib/attainment.ts';
import type { Comparator, Direction, Observation } from '../../src/lib/types.ts';

type Case = {
  name: string;
  comparator: Comparator;
  target: number | null;
  max?: number;
  unit: string;
  actual: number | null;
  direction: Direction;
  reviewed?: boolean;
  status: string;
  gap: number | null;
};

// Targets and actuals as they stand in the seeds (2023/2024 reports, Yicheng table 1-1).
const cases: Case[] = [
  // eq: at least the target (at most for lower-is-better)
  { name: 'eq met: fixed investment +8% target, +9% actual', comparator: 'eq', target: 8, unit: '%', actual: 9, direction: 'higher', status: 'met', gap: 1 },
  { name: 'eq near: retail +8% target, +7.5% actual (0.5 pp short)', comparator: 'eq', target: 8, unit: '%', actual: 7.5, direction: 'higher', status: 'near', gap: -0.5 },
  { name: 'eq missed: fixed investment +10% target, +7.5% actual', comparator: 'eq', target: 10, unit: '%', actual: 7.5, direction: 'higher', status: 'missed', gap: -2.5 },
  { name: 'eq level missed: industry 80 亿元 target, 43.9 actual', comparator: 'eq', target: 80, unit: '亿元', actual: 43.9, direction: 'higher', status: 'missed', gap: -36.1 },
  { name: 'eq level near: 5% of the target', comparator: 'eq', target: 260, unit: '亿元', actual: 248, direction: 'higher', status: 'near', gap: -12 },
  { name: 'eq lower-is-better met: poor population 0 target, 0 actual', comparator: 'eq', target: 0, unit: '人', actual: 0, direction: 'lower', status: 'met', gap: 0 },
  { name: 'eq lower-is-better missed: poverty rate 0 target, 1 actual', comparator: 'eq', target: 0, unit: '%', actual: 1, direction: 'lower', status: 'missed', gap: 1 },
  // at_least
  { name: 'at_least met: grain 160 亿斤以上, 161.4 actual', comparator: 'at_least', target: 160, unit: '亿斤', actual: 161.4, direction: 'higher', status: 'met', gap: 1.4 },
  { name: 'at_least near: grain 160 亿斤以上, 155 actual (within 5%)', comparator: 'at_least', target: 160, unit: '亿斤', actual: 155, direction: 'higher', status: 'near', gap: -5 },
  { name: 'at_least missed: GDP 7.5以上, 6 actual', comparator: 'at_least', target: 7.5, unit: '%', actual: 6, direction: 'higher', status: 'missed', gap: -1.5 },
  // at_most
  { name: 'at_most met: unemployment 5.5%以内, 4.5 actual', comparator: 'at_most', target: 5.5, unit: '%', actual: 4.5, direction: 'lower', status: 'met', gap: -1 },
  { name: 'at_most met at the bound', comparator: 'at_most', target: 4.5, unit: '%', actual: 4.5, direction: 'lower', status: 'met', gap: 0 },
  { name: 'at_most near: CPI 3%以内, 3.4 actual', comparator: 'at_most', target: 3, unit: '%', actual: 3.4, direction: 'lower', status: 'near', gap: 0.4 },
  { name: 'at_most missed: CPI 3%以内, 3.6 actual', comparator: 'at_most', target: 3, unit: '%', actual: 3.6, direction: 'lower', status: 'missed', gap: 0.6 },
  { name: 'at_most ‰ level tolerance 5%: 5.5‰以内, 5.7 actual', comparator: 'at_most', target: 5.5, unit: '‰', actual: 5.7, direction: 'neutral', status: 'near', gap: 0.2 },
  // about
  { name: 'about met below: GDP 6.5%左右, 6.1 actual', comparator: 'about', target: 6.5, unit: '%', actual: 6.1, direction: 'higher', status: 'met', gap: -0.4 },
  { name: 'about met above (beating a higher-is-better target)', comparator: 'about', target: 7, unit: '%', actual: 9, direction: 'higher', status: 'met', gap: 2 },
  { name: 'about near: within twice the tolerance', comparator: 'about', target: 7, unit: '%', actual: 6.2, direction: 'higher', status: 'near', gap: -0.8 },
  { name: 'about missed: GDP 7%左右, 4.5 actual', comparator: 'about', target: 7, unit: '%', actual: 4.5, direction: 'higher', status: 'missed', gap: -2.5 },
  { name: 'about lower-is-better: CPI 3%左右, 0.2 actual is met', comparator: 'about', target: 3, unit: '%', actual: 0.2, direction: 'lower', status: 'met', gap: -2.8 },
  { name: 'about lower-is-better: CPI 2%左右, 3.5 actual is missed', comparator: 'about', target: 2, unit: '%', actual: 3.5, direction: 'lower', status: 'missed', gap: 1.5 },
  { name: 'about neutral: both sides count', comparator: 'about', target: 10, unit: '亿斤', actual: 11.5, direction: 'neutral', status: 'missed', gap: 1.5 },
  // range
  { name: 'range met inside: 6%-7%, 6.5', comparator: 'range', target: 6, max: 7, unit: '%', actual: 6.5, direction: 'higher', status: 'met', gap: 0 },
  { name: 'range met above for higher-is-better', comparator: 'range', target: 6, max: 7, unit: '%', actual: 7.8, direction: 'higher', status: 'met', gap: 0.8 },
  { name: 'range near below', comparator: 'range', target: 6, max: 7, unit: '%', actual: 5.6, direction: 'higher', status: 'near', gap: -0.4 },
  { name: 'range missed below', comparator: 'range', target: 6, max: 7, unit: '%', actual: 5, direction: 'higher', status: 'missed', gap: -1 },
  { name: 'range neutral above is outside', comparator: 'range', target: 6, max: 7, unit: '%', actual: 8, direction: 'neutral', status: 'missed', gap: 1 },
  // qualitative, pending, no actual
  { name: 'qualitative: 与经济增长同步', comparator: 'qualitative', target: null, unit: '', actual: 5, direction: 'higher', status: 'not_assessable', gap: null },
  { name: 'pending: 2025 target, no document reviews 2025', comparator: 'about', target: 6.5, unit: '%', actual: null, direction: 'higher', reviewed: false, status: 'pending', gap: null },
  { name: 'not assessable: reviewed period, no actual stated', comparator: 'eq', target: 5.5, unit: '%', actual: null, direction: 'higher', reviewed: true, status: 'not_assessable', gap: null },
];

describe('judge', () => {
  it.each(cases)('$name', (c) => {
    const j = judge({ comparator: c.comparator, value: c.target, value_max: c.max ?? null, unit: c.unit }, c.actual, c.direction, c.reviewed ?? true);
    expect(j.status).toBe(c.status);
    if (c.gap === null) expect(j.gap).toBeNull();
    else expect(j.gap).toBeCloseTo(c.gap, 6);
  });
});

describe('toleranceFor', () => {
  it.each([
    { target: 6.5, unit: '%', expected: 0.5 },
    { target: 1.5, unit: '百分点', expected: 0.5 },
    { target: 160, unit: '亿斤', expected: 8 },
    { target: 26861.8, unit: '元', expected: 1343.09 },
  ])('toleranceFor($target, $unit) is $expected', ({ target, unit, expected }) => {
    expect(toleranceFor(target, unit)).toBeCloseTo(expected, 6);
  });
});

describe('isReviewed', () => {
  it.each([
    { period: '2024', reviewed: ['2024', '2023'], expected: true },
    { period: '2025', reviewed: ['2024', '2023', '2022', '2018-2022', '2016-2020'], expected: false },
    { period: '2021-2025', reviewed: ['2024', '2016-2020'], expected: false },
    { period: '2016-2020', reviewed: ['2016-2020'], expected: true },
    { period: '2021', reviewed: ['2018-2022'], expected: true },
  ])('isReviewed($period) is $expected', ({ period, reviewed, expected }) => {
    expect(isReviewed(period, reviewed)).toBe(expected);
  });
});

describe('ATTAINMENT_RULES', () => {
  it('gives every rule in Chinese and English', () => {
    for (const r of ATTAINMENT_RULES) {
      expect(r.zh.length).toBeGreaterThan(5);
      expect(r.en.length).toBeGreaterThan(5);
    }
    expect(ATTAINMENT_RULES.map((r) => r.id)).toEqual(expect.arrayContaining(['eq', 'at_least', 'at_most', 'about', 'range', 'qualitative', 'pending', 'no_actual']));
  });
});

const obs = (o: Partial<Observation>): Observation => ({
  id: 'x',
  region: 'zhumadian',
  indicator_id: 'gdp',
  indicator_zh: '地区生产总值',
  indicator_en: 'GDP',
  kind: 'target',
  period: '2024',
  value: 6.5,
  value_max: null,
  unit: '%',
  comparator: 'about',
  basis: 'yoy_growth',
  estimated: false,
  value_text: '6.5%左右',
  document_id: 'zmd-gwr-2024',
  source_file: '001.txt',
  source_line: 1,
  source_start: 0,
  source_end: 1,
  quote: '',
  section: 'headline_targets',
  binding: '',
  period_inferred: false,
  lead_departments: '',
  deadline: '',
  also_stated_in: '',
  catalogued: true,
  derived: false,
  derived_from: '',
  caveats: '',
  base_period: '',
  ...o,
});

describe('pairTargets', () => {
  const indicators = [{ id: 'gdp', direction: 'higher' as const }];
  it('pairs a target with the actual of the same indicator, region, period, basis and unit', () => {
    const t = obs({ id: 't' });
    const level = obs({ id: 'level', kind: 'actual', value: 3342.7, unit: '亿元', basis: 'level', section: 'review_headline' });
    const growth = obs({ id: 'a', kind: 'actual', value: 6.1, comparator: 'eq', section: 'review_headline' });
    const otherYear = obs({ id: 'b', kind: 'actual', value: 4.5, period: '2023', comparator: 'eq' });
    const [p] = pairTargets([t, level, growth, otherYear], indicators, ['2024']);
    expect(p).toMatchObject({ target_id: 't', actual_id: 'a', status: 'met', gap: -0.4, gap_unit: '百分点' });
  });
  it('prefers the headline review over body figures', () => {
    const t = obs({ id: 't' });
    const body = obs({ id: 'body', kind: 'actual', value: 1, section: 'review_body' });
    const head = obs({ id: 'head', kind: 'actual', value: 6.4, section: 'review_headline' });
    expect(pairTargets([t, body, head], indicators, ['2024'])[0]!.actual_id).toBe('head');
  });
  it('gives each pair the id of exactly one rule', () => {
    const pairs = pairTargets([obs({ id: 't' }), obs({ id: 'q', comparator: 'qualitative', value: null })], indicators, ['2024']);
    for (const p of pairs) expect(ATTAINMENT_RULES.map((r) => r.id)).toContain(p.rule);
  });
  it('marks a target pending when no document reviews its period', () => {
    const t = obs({ id: 't', period: '2025' });
    expect(pairTargets([t], indicators, ['2024'])[0]!.status).toBe('pending');
  });
  it('judges a change in points against the difference of the stated levels', () => {
    const t = obs({ id: 't', indicator_id: 'urbanisation', period: '2023', value: 1.5, unit: '百分点', basis: 'change_pp' });
    const l2023 = obs({ id: 'l23', indicator_id: 'urbanisation', kind: 'actual', period: '2023', value: 52.1, unit: '%', basis: 'level', comparator: 'eq' });
    const l2022 = obs({ id: 'l22', indicator_id: 'urbanisation', kind: 'actual', period: '2022', value: 50.8, unit: '%', basis: 'level', comparator: 'eq' });
    const [p] = pairTargets([t, l2023, l2022], [{ id: 'urbanisation', direction: 'higher' }], ['2023']);
    expect(p).toMatchObject({ actual_id: 'l23', actual_value: 1.3, status: 'met', gap_unit: '百分点' });
    expect(p!.gap).toBeCloseTo(-0.2, 6);
    expect(p!.rule).toBe('change_from_levels');
  });
});

describe('in-step targets (与经济增长同步)', () => {
  const indicators = [
    { id: 'gdp', direction: 'higher' as const, phrasings: ['地区生产总值', '经济增长'] },
    { id: 'income', direction: 'higher' as const, phrasings: ['居民收入'] },
  ];
  const target = (value_text: string, period = '2023') =>
    obs({ id: 't', indicator_id: 'income', period, value: null, unit: '', comparator: 'qualitative', value_text });
  const gdp = (value: number) => obs({ id: 'g', indicator_id: 'gdp', kind: 'actual', value, comparator: 'eq', period: '2023' });
  const income = (value: number) => obs({ id: 'i', indicator_id: 'income', kind: 'actual', value, comparator: 'eq', period: '2023' });
  const cases = [
    { name: 'income 5% against GDP 4.5% (2024 report) is met', text: '居民收入增长与经济增长基本同步', inc: 5, g: 4.5, status: 'met', gap: 0.5 },
    { name: 'within the tolerance below is met', text: '居民收入增长与经济增长同步', inc: 4.2, g: 4.5, status: 'met', gap: -0.3 },
    { name: 'within twice the tolerance below is near', text: '居民收入增长与经济同步增长', inc: 3.8, g: 4.5, status: 'near', gap: -0.7 },
    { name: 'further below is missed', text: '居民收入增长与经济增长同步', inc: 2, g: 4.5, status: 'missed', gap: -2.5 },
  ] as const;
  for (const c of cases) {
    it(c.name, () => {
      const [p] = pairTargets([target(c.text), gdp(c.g), income(c.inc)], indicators, ['2023']);
      expect(p).toMatchObject({ status: c.status, actual_id: 'i', actual_value: c.inc, target_value: null, gap_unit: '百分点' });
      expect(p!.gap).toBeCloseTo(c.gap, 6);
      expect(p!.rule).toBe('in_step');
    });
  }
  it('is not assessable when the GDP growth actual is missing, pending when the year is not reviewed', () => {
    expect(pairTargets([target('居民收入增长与经济增长同步'), income(5)], indicators, ['2023'])[0]!.status).toBe('not_assessable');
    expect(pairTargets([target('居民收入增长与经济增长同步', '2025')], indicators, ['2023'])[0]!.status).toBe('pending');
  });
  it('leaves other qualitative wording unassessed', () => {
    const [p] = pairTargets([target('进出口稳中提质'), gdp(4.5), income(5)], indicators, ['2023']);
    expect(p).toMatchObject({ status: 'not_assessable', actual_id: null });
  });
});
