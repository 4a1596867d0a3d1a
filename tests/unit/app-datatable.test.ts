import { describe, expect, it } from 'vitest';
import { dataRows, matches, nextSort, parseSort } from '../../src/lib/datatable';
import { OBSERVATIONS } from '../fixtures/dataset';

describe('matches', () => {
  const gdp2024 = OBSERVATIONS.find((o) => o.indicator_id === 'gdp' && o.period === '2024' && o.kind === 'actual' && o.unit === '%')!;
  const cases = [
    { q: '', expected: true },
    { q: 'GDP', expected: true },
    { q: '生产总值 2024', expected: true },
    { q: '6.1%', expected: true },
    { q: 'gdp 2023', expected: false },
    { q: 'cpi', expected: false },
  ];
  for (const c of cases) it(`matches(${JSON.stringify(c.q)}) = ${c.expected}`, () => expect(matches(gdp2024, c.q, 'en')).toBe(c.expected));
});

describe('parseSort and nextSort', () => {
  const cases = [
    { sort: 'period', expected: { col: 'period', desc: false } },
    { sort: '-value', expected: { col: 'value', desc: true } },
    { sort: 'name', expected: null },
    { sort: '', expected: null },
  ];
  for (const c of cases) it(`parseSort(${JSON.stringify(c.sort)})`, () => expect(parseSort(c.sort)).toEqual(c.expected));
  it('toggles ascending and descending', () => {
    expect(nextSort('', 'period')).toBe('period');
    expect(nextSort('period', 'period')).toBe('-period');
    expect(nextSort('-period', 'period')).toBe('period');
    expect(nextSort('-period', 'value')).toBe('value');
  });
});

describe('dataRows', () => {
  it('filters and sorts without mutating', () => {
    const before = OBSERVATIONS.map((o) => o.id);
    const rows = dataRows(OBSERVATIONS, 'gdp', '-value', 'en');
    expect(rows.every((o) => o.indicator_id === 'gdp')).toBe(true);
    expect(rows[0]!.value).toBe(3342.7);
    expect(OBSERVATIONS.map((o) => o.id)).toEqual(before);
  });
  it('sorts null values last when ascending is reversed', () => {
    const rows = dataRows(OBSERVATIONS, 'trade', 'value', 'en');
    expect(rows[0]!.value).toBeNull();
  });
  it('keeps dataset order without a sort', () => {
    expect(dataRows(OBSERVATIONS, '', '', 'zh')).toEqual(OBSERVATIONS);
  });
});
