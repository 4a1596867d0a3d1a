import { describe, expect, it } from 'vitest';
import { assembleSeries, isSpan, measuresOf, periodYear, seriesValues } from '../../src/lib/series';
import { derivedTradeSlice, realSlice } from '../fixtures/real-slices';

describe('periodYear and isSpan', () => {
  const cases = [
    { period: '2024', year: 2024, span: false },
    { period: '2021-2025', year: 2025, span: true },
    { period: '2018-2022', year: 2022, span: true },
    { period: '', year: null, span: false },
  ];
  for (const c of cases) {
    it(`periodYear(${JSON.stringify(c.period)}) = ${c.year}, isSpan = ${c.span}`, () => {
      expect(periodYear(c.period)).toBe(c.year);
      expect(isSpan(c.period)).toBe(c.span);
    });
  }
});

describe('assembleSeries on real slices', () => {
  it('GDP (Zhumadian): the growth measure by default, one actual per year, pairs tied to their marks', () => {
    const slice = realSlice('zhumadian', 'gdp');
    expect(measuresOf(slice)[0]!.key).toBe('yoy_growth:%');
    const s = assembleSeries(slice);
    expect(s.actuals.map((a) => [a.year, a.value])).toEqual([
      [2023, 4.5],
      [2024, 6.1],
    ]);
    expect(s.targets.map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2023, 'about', 7],
      [2024, 'about', 6.5],
      [2025, 'about', 6.5],
    ]);
    // Statuses are the judge's (attainment.ts), whatever it says today.
    for (const t of s.targets) expect(t.pair).toBe(slice.pairs.find((p) => p.target_id === t.obs.id));
    expect(s.gaps.map((g) => [g.year, g.status])).toEqual(s.targets.filter((t) => t.pair?.gap != null).map((t) => [t.year, t.pair!.status]));
    expect(s.years).toEqual([2023, 2024, 2025]);
  });

  it('grain: "保持在160亿斤以上" over 2018–2022 is a span, never a 2022 point', () => {
    const s = assembleSeries(realSlice('zhumadian', 'grain_output'));
    expect(s.spans.map((x) => [x.start, x.end, x.kind, x.comparator, x.value])).toEqual([[2018, 2022, 'actual', 'at_least', 160]]);
    expect(s.actuals.map((a) => [a.year, a.value])).toEqual([[2024, 161.4]]);
    expect(s.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(seriesValues(s)).toContain(160);
  });

  it('Yicheng GDP growth: the 13th plan’s and the 14th plan’s average growth are two spans', () => {
    const s = assembleSeries(realSlice('yicheng', 'gdp'), 'annual_avg_growth:%');
    expect(s.actuals).toEqual([]);
    expect(s.targets).toEqual([]);
    expect(s.spans.map((x) => [x.obs.period, x.kind, x.comparator, x.value])).toEqual([
      ['2016-2020', 'baseline', 'eq', 6.7],
      ['2021-2025', 'target', 'at_least', 7.5],
    ]);
  });

  it('one span for one figure stated twice (actual in the text, baseline in table 2-1)', () => {
    const s = assembleSeries(realSlice('yicheng', 'retail_sales'), 'annual_avg_growth:%');
    expect(s.spans.filter((x) => x.kind !== 'target').map((x) => [x.obs.period, x.value])).toEqual([['2016-2020', 7.5]]);
  });

  it('keeps every distinct target of a year, the headline one first', () => {
    const s = assembleSeries(realSlice('zhumadian', 'grain_area'));
    expect(s.targets.filter((t) => t.year === 2025).map((t) => [t.rank, t.ofYear, t.value, t.obs.document_id])).toEqual([
      [0, 2, 1950, 'zmd-gwr-2025'],
      [1, 2, 1900, 'zmd-village-farmland-2021'],
    ]);
  });

  it('puts a numbered target before a wording of the same year', () => {
    const s = assembleSeries(realSlice('zhumadian', 'trade'), 'yoy_growth:%');
    expect(s.targets.filter((t) => t.year === 2023).map((t) => t.comparator)).toEqual(['at_least', 'qualitative']);
  });

  it('marks derived actuals and ties their pairs’ gaps to them', () => {
    const s = assembleSeries(derivedTradeSlice(), 'yoy_growth:%');
    expect(s.actuals.map((a) => [a.year, a.value, a.derived])).toEqual([
      [2023, -14.6, true],
      [2024, -24.2, true],
    ]);
    expect(s.gaps.map((g) => [g.year, g.actual])).toEqual(s.actuals.map((a) => [a.year, a]));
  });

  it('prefers a stated figure to a derived one in the same year', () => {
    const slice = derivedTradeSlice();
    const derived = slice.observations.find((o) => o.derived && o.period === '2024')!;
    const stated = { ...derived, id: 'stated-2024', derived: false, derived_from: '', value: -24 };
    const s = assembleSeries({ observations: [derived, stated], pairs: [] });
    expect(s.actuals.map((a) => a.value)).toEqual([-24]);
  });

  it('does not mutate its input', () => {
    const slice = realSlice('zhumadian', 'gdp');
    const before = JSON.stringify(slice);
    assembleSeries(slice);
    expect(JSON.stringify(slice)).toBe(before);
  });
});
