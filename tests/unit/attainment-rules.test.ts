/**
 * The judging rules, one table per rule. Targets and actuals are figures as the seeds state them
 * (2023/2024 reports, Yicheng table 1-1); each row names the sentence pair it stands for.
 */
import { describe, expect, it } from 'vitest';
import { ATTAINMENT_RULES, isReviewed, judge, judgeInStep, toleranceFor, unpairedState } from '../../src/lib/attainment.ts';
import type { Comparator, Direction, Status } from '../../src/lib/types.ts';

interface Case {
  name: string;
  comparator: Comparator;
  target: number;
  max?: number;
  unit: string;
  actual: number;
  direction: Direction;
  status: Status;
  gap: number;
}

const check = (c: Case) => {
  const j = judge({ comparator: c.comparator, value: c.target, value_max: c.max ?? null, unit: c.unit }, c.actual, c.direction);
  expect(j.status).toBe(c.status);
  expect(j.gap).toBeCloseTo(c.gap, 6);
  expect(j.rule).toBe(c.comparator);
  expect(j.reason).toBe('');
};

describe('rule eq: a plain figure is a floor (a ceiling for lower-is-better)', () => {
  it.each<Case>([
    { name: 'fixed investment 增长8% → 增长9%', comparator: 'eq', target: 8, unit: '%', actual: 9, direction: 'higher', status: 'met', gap: 1 },
    { name: 'retail 增长8% → 增长7.5% (0.5 pp short)', comparator: 'eq', target: 8, unit: '%', actual: 7.5, direction: 'higher', status: 'near', gap: -0.5 },
    { name: 'fixed investment 增长10% → 增长7.5%', comparator: 'eq', target: 10, unit: '%', actual: 7.5, direction: 'higher', status: 'missed', gap: -2.5 },
    { name: 'Yicheng retail 260亿元 → 222.5亿元', comparator: 'eq', target: 260, unit: '亿元', actual: 222.5, direction: 'higher', status: 'missed', gap: -37.5 },
    { name: 'a level within 5% of the target', comparator: 'eq', target: 260, unit: '亿元', actual: 248, direction: 'higher', status: 'near', gap: -12 },
    { name: 'poor population 0人 → 0人 (lower is better)', comparator: 'eq', target: 0, unit: '人', actual: 0, direction: 'lower', status: 'met', gap: 0 },
    { name: 'poverty rate 0% → 1% (lower is better)', comparator: 'eq', target: 0, unit: '%', actual: 1, direction: 'lower', status: 'missed', gap: 1 },
    { name: 'new urban jobs 6.4万人 → 7万人', comparator: 'eq', target: 6.4, unit: '万人', actual: 7, direction: 'higher', status: 'met', gap: 0.6 },
  ])('$name: $status', check);
});

describe('rule at_least (以上, 不低于)', () => {
  it.each<Case>([
    { name: 'grain 160亿斤以上 → 161.4亿斤', comparator: 'at_least', target: 160, unit: '亿斤', actual: 161.4, direction: 'higher', status: 'met', gap: 1.4 },
    { name: 'provincial key projects 80个以上 → 78个 (within 5%)', comparator: 'at_least', target: 80, unit: '个', actual: 78, direction: 'higher', status: 'near', gap: -2 },
    { name: 'trade 增长3%以上 → −24.2% (derived)', comparator: 'at_least', target: 3, unit: '%', actual: -24.2, direction: 'higher', status: 'missed', gap: -27.2 },
  ])('$name: $status', check);
});

describe('rule at_most (以内, 不超过)', () => {
  it.each<Case>([
    { name: 'unemployment 5.5%以内 → 4.5%', comparator: 'at_most', target: 5.5, unit: '%', actual: 4.5, direction: 'lower', status: 'met', gap: -1 },
    { name: 'at the bound', comparator: 'at_most', target: 4.5, unit: '%', actual: 4.5, direction: 'lower', status: 'met', gap: 0 },
    { name: 'CPI 3%以内 → 3.4%', comparator: 'at_most', target: 3, unit: '%', actual: 3.4, direction: 'lower', status: 'near', gap: 0.4 },
    { name: 'CPI 3%以内 → 3.6%', comparator: 'at_most', target: 3, unit: '%', actual: 3.6, direction: 'lower', status: 'missed', gap: 0.6 },
    { name: 'natural growth 5.5‰以内 → 5.7‰ (5% of the target)', comparator: 'at_most', target: 5.5, unit: '‰', actual: 5.7, direction: 'neutral', status: 'near', gap: 0.2 },
  ])('$name: $status', check);
});

describe('rule about (左右): a shortfall within the margin is not "met"', () => {
  it.each<Case>([
    { name: 'GDP 6.5%左右 → 6.5%', comparator: 'about', target: 6.5, unit: '%', actual: 6.5, direction: 'higher', status: 'met', gap: 0 },
    { name: 'GDP 6.5%左右 → 6.1% (0.4 pp short)', comparator: 'about', target: 6.5, unit: '%', actual: 6.1, direction: 'higher', status: 'within_tolerance', gap: -0.4 },
    { name: 'retail 7%左右 → 6.5% (at the margin)', comparator: 'about', target: 7, unit: '%', actual: 6.5, direction: 'higher', status: 'within_tolerance', gap: -0.5 },
    { name: 'beating a higher-is-better target', comparator: 'about', target: 7, unit: '%', actual: 9, direction: 'higher', status: 'met', gap: 2 },
    { name: 'within twice the margin', comparator: 'about', target: 7, unit: '%', actual: 6.2, direction: 'higher', status: 'near', gap: -0.8 },
    { name: 'GDP 7%左右 → 4.5%', comparator: 'about', target: 7, unit: '%', actual: 4.5, direction: 'higher', status: 'missed', gap: -2.5 },
    { name: 'CPI 3%左右 → 0.2% (lower is better)', comparator: 'about', target: 3, unit: '%', actual: 0.2, direction: 'lower', status: 'met', gap: -2.8 },
    { name: 'CPI 2%左右 → 3.5% (lower is better)', comparator: 'about', target: 2, unit: '%', actual: 3.5, direction: 'lower', status: 'missed', gap: 1.5 },
    { name: 'no better direction: above counts as off', comparator: 'about', target: 10, unit: '亿斤', actual: 10.4, direction: 'neutral', status: 'within_tolerance', gap: 0.4 },
    { name: 'no better direction: far above is missed', comparator: 'about', target: 10, unit: '亿斤', actual: 11.5, direction: 'neutral', status: 'missed', gap: 1.5 },
  ])('$name: $status', check);
});

describe('rule range', () => {
  it.each<Case>([
    { name: 'inside 6%–7%', comparator: 'range', target: 6, max: 7, unit: '%', actual: 6.5, direction: 'higher', status: 'met', gap: 0 },
    { name: 'above, higher is better', comparator: 'range', target: 6, max: 7, unit: '%', actual: 7.8, direction: 'higher', status: 'met', gap: 0.8 },
    { name: 'below within the tolerance', comparator: 'range', target: 6, max: 7, unit: '%', actual: 5.6, direction: 'higher', status: 'near', gap: -0.4 },
    { name: 'below', comparator: 'range', target: 6, max: 7, unit: '%', actual: 5, direction: 'higher', status: 'missed', gap: -1 },
    { name: 'above, no better direction', comparator: 'range', target: 6, max: 7, unit: '%', actual: 8, direction: 'neutral', status: 'missed', gap: 1 },
  ])('$name: $status', check);
});

describe('rule qualitative', () => {
  it('never judges a target without a number', () => {
    expect(judge({ comparator: 'qualitative', value: null, value_max: null, unit: '' }, 5, 'higher')).toEqual({ status: 'not_assessable', gap: null, rule: 'qualitative', reason: 'qualitative' });
  });
});

describe('rule in_step (与经济增长同步)', () => {
  it.each([
    { name: 'income 5% against GDP 4.5% (2024 report on 2023)', growth: 5, gdp: 4.5, status: 'met', gap: 0.5 },
    { name: 'level with it', growth: 4.5, gdp: 4.5, status: 'met', gap: 0 },
    { name: 'within the tolerance below: allowed by 基本, but a shortfall', growth: 4.2, gdp: 4.5, status: 'within_tolerance', gap: -0.3 },
    { name: 'within twice the tolerance below', growth: 3.8, gdp: 4.5, status: 'near', gap: -0.7 },
    { name: 'further below', growth: 2, gdp: 4.5, status: 'missed', gap: -2.5 },
  ])('$name: $status', ({ growth, gdp, status, gap }) => {
    const j = judgeInStep(growth, gdp);
    expect(j).toMatchObject({ status, rule: 'in_step' });
    expect(j.gap).toBeCloseTo(gap, 6);
  });
});

describe('rules pending, no_review, not_stated (an unpaired target)', () => {
  const zhumadian = ['2024', '2023', '2022', '2018-2022'];
  it.each([
    { period: '2025', reviews: zhumadian, status: 'pending', rule: 'pending', reason: '' },
    { period: '2021-2025', reviews: zhumadian, status: 'pending', rule: 'pending', reason: '' },
    { period: '2021', reviews: zhumadian, status: 'not_assessable', rule: 'no_review', reason: 'no_review' },
    { period: '2024', reviews: zhumadian, status: 'not_assessable', rule: 'not_stated', reason: 'not_stated' },
    { period: '2018-2022', reviews: zhumadian, status: 'not_assessable', rule: 'not_stated', reason: 'not_stated' },
    { period: '2020', reviews: ['2016-2020'], status: 'not_assessable', rule: 'not_stated', reason: 'not_stated' },
    { period: '2025', reviews: ['2016-2020'], status: 'pending', rule: 'pending', reason: '' },
  ])('$period with reviews $reviews: $status ($rule)', ({ period, reviews, status, rule, reason }) => {
    expect(unpairedState(period, reviews)).toEqual({ status, gap: null, rule, reason });
  });
});

describe('isReviewed: a span review covers the span and its last year, not the years inside', () => {
  it.each([
    { period: '2024', reviewed: ['2024', '2023'], expected: true },
    { period: '2025', reviewed: ['2024', '2018-2022', '2016-2020'], expected: false },
    { period: '2021-2025', reviewed: ['2024', '2016-2020'], expected: false },
    { period: '2016-2020', reviewed: ['2016-2020'], expected: true },
    { period: '2020', reviewed: ['2016-2020'], expected: true },
    { period: '2021', reviewed: ['2018-2022'], expected: false },
    { period: '2022', reviewed: ['2018-2022'], expected: true },
  ])('isReviewed($period, $reviewed) is $expected', ({ period, reviewed, expected }) => {
    expect(isReviewed(period, reviewed)).toBe(expected);
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

describe('ATTAINMENT_RULES', () => {
  it('has every rule a pair can cite, in Chinese and English, with unique ids', () => {
    const ids = ATTAINMENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['eq', 'at_least', 'at_most', 'about', 'range', 'qualitative', 'in_step', 'change_from_levels', 'derived_growth', 'not_comparable', 'not_stated', 'different_measure', 'no_review', 'pending']),
    );
    for (const r of ATTAINMENT_RULES) {
      expect(r.zh.length).toBeGreaterThan(5);
      expect(r.en.length).toBeGreaterThan(5);
    }
  });
});
