import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/lib/export/filename';
import { inYears, periodYears, sliceForYears, yearSpan } from '../../src/lib/export/years';
import { slice } from '../e2e/fixtures/slice';

const p = (...periods: string[]) => periods.map((period) => ({ period }));

describe('exportFileName', () => {
  test.each([
    { name: 'span of years', args: ['zhumadian', 'gdp', p('2024', '2022', '2025'), 'png'], expected: 'zhumadian-gdp-2022-2025.png' },
    { name: 'underscored id kept', args: ['zhumadian', 'gdp_growth', p('2022', '2025'), 'csv'], expected: 'zhumadian-gdp_growth-2022-2025.csv' },
    { name: 'plan span counts both ends', args: ['yicheng', 'gdp', p('2021-2025', '2020'), 'svg'], expected: 'yicheng-gdp-2020-2025.svg' },
    { name: 'one year once', args: ['yicheng', 'cpi', p('2024'), 'png'], expected: 'yicheng-cpi-2024.png' },
    { name: 'no years', args: ['zhumadian', 'cpi', [], 'png'], expected: 'zhumadian-cpi.png' },
    { name: 'unsafe characters replaced', args: ['zhumadian', '../x y', p('2024'), 'png'], expected: 'zhumadian-x_y-2024.png' },
  ] as const)('$name', ({ args, expected }) => {
    expect(exportFileName(args[0], args[1], args[2], args[3])).toBe(expected);
  });
});

describe('periodYears', () => {
  test.each([
    ['2024', [2024, 2024]],
    ['2021-2025', [2021, 2025]],
    ['2021–2025', [2021, 2025]],
    ['2025-2021', null],
    ['十四五', null],
  ] as const)('%s', (period, expected) => expect(periodYears(period)).toEqual(expected));
});

describe('inYears', () => {
  test.each([
    { period: '2024', from: null, to: null, expected: true },
    { period: '2024', from: 2024, to: 2024, expected: true },
    { period: '2024', from: 2025, to: null, expected: false },
    { period: '2021-2025', from: 2023, to: 2025, expected: true },
    { period: '2016-2020', from: 2021, to: null, expected: false },
    { period: 'n/a', from: null, to: null, expected: true },
    { period: 'n/a', from: 2020, to: null, expected: false },
  ])('$period in [$from, $to] → $expected', ({ period, from, to, expected }) => {
    expect(inYears({ period }, from, to)).toBe(expected);
  });
});

describe('sliceForYears', () => {
  test('unbounded returns the same slice', () => expect(sliceForYears(slice, null, null)).toBe(slice));
  test('keeps observations, pairs and documents of the window only', () => {
    const part = sliceForYears(slice, 2023, 2024);
    expect(part.observations.map((o) => o.period).sort()).toEqual(['2023', '2023', '2024', '2024']);
    expect(part.pairs.map((pp) => pp.id)).toEqual(['p2023', 'p2024']);
    expect(part.documents.map((d) => d.id).sort()).toEqual(['zmd-gwr-2023', 'zmd-gwr-2024', 'zmd-gwr-2025']);
    expect(slice.observations).toHaveLength(6);
  });
  test('yearSpan of a window', () => expect(yearSpan(sliceForYears(slice, 2024, null).observations)).toEqual([2024, 2025]));
});
