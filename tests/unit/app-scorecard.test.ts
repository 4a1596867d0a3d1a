import { describe, expect, it } from 'vitest';
import { arrangeRows, categoriesOf, estimatedYears, pendingYears, scoreYears, scorecardRows } from '../../src/lib/scorecard';
import { t } from '../../src/lib/i18n';
import * as W from '../../src/lib/words';
import { DATASET } from '../fixtures/dataset';

describe('scorecardRows', () => {
  const rows = scorecardRows(DATASET, 'zhumadian');
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
  const rows = scorecardRows(DATASET, 'zhumadian');
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

describe('scorecard years and notes come from the documents', () => {
  const report2026 = { ...DATASET.documents[0]!, id: 'zmd-gwr-2026', delivered: '2026-02-20', reviews: ['2025'], targets_for: ['2026'] };
  const cases = [
    { name: 'the seeds\' three reports', docs: DATASET.documents, years: [2022, 2023, 2024, 2025], pending: [2025] },
    { name: 'next year\'s report adds its year and reviews 2025', docs: [...DATASET.documents, report2026], years: [2022, 2023, 2024, 2025, 2026], pending: [2026] },
    { name: 'another region\'s plan adds nothing', docs: DATASET.documents.filter((d) => d.kind === 'five_year_plan'), years: [], pending: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const years = scoreYears({ documents: c.docs }, 'zhumadian');
      expect(years).toEqual(c.years);
      expect(pendingYears({ documents: c.docs }, years)).toEqual(c.pending);
    });
  }
  it('names the years whose actuals are estimates, with their document', () => {
    expect(estimatedYears(scorecardRows(DATASET, 'zhumadian'))).toEqual([{ year: 2022, document_id: 'zmd-gwr-2023' }]);
  });
  it('fills note placeholders as text', () => {
    expect(t('en', W.pendingNote, { years: '2025' })).toBe('2025 targets have no actual yet: they are “pending”, not “missed”.');
    expect(t('zh', W.estimatedNote, { years: '2022', doc: '<b>x</b>', date: '2023年1月4日' })).toBe('2022 年数据为<b>x</b>（2023年1月4日）中的预计数。');
  });
});
