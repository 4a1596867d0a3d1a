import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/lib/export/filename';
import { inYears, periodYears, sliceForYears, yearSpan } from '../../src/lib/export/years';
import { realSlice } from '../fixtures/real-slices';

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

describe('sliceForYears (on the real slice of the city\'s GDP)', () => {
  const slice = realSlice('zhumadian', 'gdp');
  const [first, last] = yearSpan(slice.observations)!;
  test('unbounded returns the same slice', () => expect(sliceForYears(slice, null, null)).toBe(slice));
  test('keeps observations, pairs and documents of the window only', () => {
    const before = slice.observations.length;
    const part = sliceForYears(slice, first + 1, last - 1);
    expect(part.observations.length).toBeGreaterThan(0);
    expect(part.observations.length).toBeLessThan(before);
    expect(part.observations).toEqual(slice.observations.filter((o) => inYears(o, first + 1, last - 1)));
    const kept = new Set(part.observations.map((o) => o.id));
    expect(part.pairs.length).toBeGreaterThan(0);
    expect(part.pairs).toEqual(slice.pairs.filter((pp) => kept.has(pp.target_id)));
    expect(part.documents.map((d) => d.id).sort()).toEqual([...new Set(part.observations.map((o) => o.document_id))].sort());
    expect(slice.observations).toHaveLength(before);
  });
  test('yearSpan of a window', () => expect(yearSpan(sliceForYears(slice, last - 1, null).observations)).toEqual([last - 1, last]));
});
