import { describe, expect, it } from 'vitest';
import { assembleSeries, measuresOf, periodYear, seriesValues } from '../../src/lib/series';
import { DATASET, GDP_SLICE, GRAIN_TWO_TARGETS_SLICE } from '../fixtures/dataset';

describe('periodYear', () => {
  const cases = [
    { period: '2024', expected: 2024 },
    { period: '2021-2025', expected: 2025 },
    { period: '2018-2022', expected: 2022 },
    { period: '', expected: null },
  ];
  for (const c of cases) it(`periodYear(${JSON.stringify(c.period)}) = ${c.expected}`, () => expect(periodYear(c.period)).toBe(c.expected));
});

describe('measuresOf', () => {
  it('puts the measure with the most targets first', () => {
    expect(measuresOf(GDP_SLICE).map((m) => m.key)).toEqual(['yoy_growth:%', 'level:亿元']);
  });
});

describe('assembleSeries', () => {
  it('assembles the default measure of GDP', () => {
    const s = assembleSeries(GDP_SLICE);
    expect(s.measure.key).toBe('yoy_growth:%');
    expect(s.actuals.map((a) => [a.year, a.value, a.estimated])).toEqual([
      [2022, 4.5, true],
      [2023, 4.1, false],
      [2024, 6.1, false],
    ]);
    expect(s.targets.map((t) => [t.year, t.comparator, t.value, t.pair?.status])).toEqual([
      [2023, 'about', 7, 'missed'],
      [2024, 'about', 6.5, 'near'],
      [2025, 'about', 6.5, 'pending'],
    ]);
    expect(s.gaps.map((g) => [g.year, g.gap])).toEqual([
      [2023, -2.9],
      [2024, -0.4],
    ]);
    expect(s.years).toEqual([2022, 2023, 2024, 2025]);
  });

  it('assembles another measure on request', () => {
    const s = assembleSeries(GDP_SLICE, 'level:亿元');
    expect(s.actuals.map((a) => a.value)).toEqual([3342.7]);
    expect(s.targets).toEqual([]);
  });

  it('keeps qualitative targets as annotations without a number', () => {
    const trade = { observations: DATASET.observations.filter((o) => o.indicator_id === 'trade'), pairs: DATASET.pairs.filter((p) => p.indicator_id === 'trade') };
    const s = assembleSeries(trade);
    const q = s.targets.find((t) => t.year === 2025)!;
    expect(q.comparator).toBe('qualitative');
    expect(q.value).toBeNull();
    expect(seriesValues(s)).toEqual([9.3, 6, 8]);
  });

  it('prefers a final figure to an estimate in the same year', () => {
    const a = GDP_SLICE.observations.find((o) => o.period === '2023' && o.kind === 'actual')!;
    const slice = { observations: [{ ...a, id: 'z-est', estimated: true, value: 9 }, a], pairs: [] };
    expect(assembleSeries(slice).actuals[0]!.value).toBe(4.1);
  });

  it('keeps every distinct target of a year, the headline one first, and one mark for repeats', () => {
    const s = assembleSeries(GRAIN_TWO_TARGETS_SLICE);
    expect(s.targets.map((t) => [t.year, t.rank, t.ofYear, t.comparator, t.value, t.obs.document_id])).toEqual([
      [2025, 0, 2, 'at_least', 160, 'zmd-gwr-2025'],
      [2025, 1, 2, 'about', 155, 'zmd-grain-plan-2021'],
    ]);
    expect(s.years).toEqual([2023, 2024, 2025]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(GDP_SLICE);
    assembleSeries(GDP_SLICE);
    expect(JSON.stringify(GDP_SLICE)).toBe(before);
  });
});
