import { describe, expect, test } from 'vitest';
import { chartFileName, shownObservations } from '../../src/lib/export/chart';
import { chartCsvRows } from '../../src/lib/export/csv';
import { realSlice } from '../fixtures/real-slices';

const gdp = realSlice('zhumadian', 'gdp');
const grain = realSlice('zhumadian', 'grain_output');
const rows = (obs: ReturnType<typeof shownObservations>) => obs.map((o) => `${o.period} ${o.kind} ${o.basis}`).sort();

describe('shownObservations: exactly what the chart draws', () => {
  test('the default measure: growth targets and actuals, not the level', () => {
    expect(rows(shownObservations(gdp, ''))).toEqual([
      '2023 actual yoy_growth', '2023 target yoy_growth', '2024 actual yoy_growth', '2024 target yoy_growth', '2025 target yoy_growth',
    ]);
  });
  test('another measure: only its figures', () => {
    expect(rows(shownObservations(gdp, 'level:亿元'))).toEqual(['2022 actual level', '2024 actual level']);
  });
  test('a figure stated for a span is part of the chart', () => {
    expect(rows(shownObservations(grain, ''))).toContain('2018-2022 actual level');
  });
  test('the CSV of the chart has exactly those rows', () => {
    expect(chartCsvRows(gdp, 'en', shownObservations(gdp, '')).map((r) => `${r.period} ${r.kind}`)).toEqual([
      '2023 target', '2023 actual', '2024 target', '2024 actual', '2025 target',
    ]);
  });
});

describe('chartFileName', () => {
  test.each([
    { slice: gdp, measure: '', format: 'png', expected: 'zhumadian-gdp-2023-2025.png' },
    { slice: gdp, measure: 'yoy_growth:%', format: 'csv', expected: 'zhumadian-gdp-2023-2025.csv' },
    { slice: gdp, measure: 'level:亿元', format: 'svg', expected: 'zhumadian-gdp_level-2022-2024.svg' },
    { slice: gdp, measure: 'unknown:x', format: 'png', expected: 'zhumadian-gdp-2023-2025.png' },
    { slice: grain, measure: '', format: 'png', expected: 'zhumadian-grain_output-2018-2025.png' },
  ] as const)('$expected', ({ slice, measure, format, expected }) => {
    expect(chartFileName(slice, measure, format)).toBe(expected);
  });
});
