import { describe, expect, it } from 'vitest';
import { arrangeRows, categoriesOf, scorecardRows } from '../../src/lib/scorecard';
import { DATASET } from '../fixtures/dataset';

describe('scorecardRows', () => {
  const rows = scorecardRows(DATASET);
  it('has one row per headline indicator with figures, in catalogue order', () => {
    expect(rows.map((r) => r.indicator.id)).toEqual(['gdp', 'cpi', 'unemployment_surveyed', 'grain_output', 'trade']);
  });
  it('fills GDP cells with target, actual and pair', () => {
    const gdp = rows[0]!;
    expect(gdp.measure.key).toBe('yoy_growth:%');
    expect(gdp.cells.map((c) => [c.year, c.target?.value ?? null, c.actual?.value ?? null, c.pair?.status ?? null])).toEqual([
      [2022, null, 4.5, null],
      [2023, 7, 4.1, 'missed'],
      [2024, 6.5, 6.1, 'near'],
      [2025, 6.5, null, 'pending'],
    ]);
    expect(gdp.missed).toBe(1);
    expect(gdp.trend.length).toBe(3);
  });
  it('shows a qualitative target as such', () => {
    const trade = rows.find((r) => r.indicator.id === 'trade')!;
    expect(trade.cells[3]!.target?.comparator).toBe('qualitative');
  });
});

describe('arrangeRows', () => {
  const rows = scorecardRows(DATASET);
  const cases = [
    { category: '', sort: '', expected: ['gdp', 'cpi', 'unemployment_surveyed', 'grain_output', 'trade'] },
    { category: 'prices', sort: '', expected: ['cpi'] },
    { category: '', sort: 'status', expected: ['gdp', 'trade', 'cpi', 'unemployment_surveyed', 'grain_output'] },
    { category: '', sort: 'name', expected: ['cpi', 'grain_output', 'gdp', 'unemployment_surveyed', 'trade'] },
  ];
  for (const c of cases) {
    it(`category=${c.category || 'all'} sort=${c.sort || 'catalogue'}`, () => {
      expect(arrangeRows(rows, c.category, c.sort, 'en').map((r) => r.indicator.id)).toEqual(c.expected);
    });
  }
  it('lists categories in first-seen order', () => {
    expect(categoriesOf(rows)).toEqual(['economy', 'prices', 'employment', 'agriculture', 'trade']);
  });
});
