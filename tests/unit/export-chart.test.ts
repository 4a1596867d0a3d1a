import { describe, expect, test } from 'vitest';
import { chartFileName, shownObservations } from '../../src/lib/export/chart';
import { chartCsvRows } from '../../src/lib/export/csv';
import { slice } from '../e2e/fixtures/slice';

describe('shownObservations', () => {
  test('the default measure: growth targets and actuals, not the level', () => {
    expect(shownObservations(slice, '').map((o) => o.id).sort()).toEqual(['a2023', 'a2024', 't2023', 't2024', 't2025']);
  });
  test('another measure: only its figures', () => {
    expect(shownObservations(slice, 'level:亿元').map((o) => o.id)).toEqual(['a2022']);
  });
  test('the CSV of the chart has exactly those rows', () => {
    expect(chartCsvRows(slice, 'en', shownObservations(slice, '')).map((r) => `${r.period} ${r.kind}`)).toEqual([
      '2023 target', '2023 actual', '2024 target', '2024 actual', '2025 target',
    ]);
  });
});

describe('chartFileName', () => {
  test.each([
    { measure: '', format: 'png', expected: 'zhumadian-gdp-2023-2025.png' },
    { measure: 'yoy_growth:%', format: 'csv', expected: 'zhumadian-gdp-2023-2025.csv' },
    { measure: 'level:亿元', format: 'svg', expected: 'zhumadian-gdp_level-2022.svg' },
    { measure: 'unknown:x', format: 'png', expected: 'zhumadian-gdp-2023-2025.png' },
  ] as const)('$measure → $expected', ({ measure, format, expected }) => {
    expect(chartFileName(slice, measure, format)).toBe(expected);
  });
});
