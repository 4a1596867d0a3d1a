/**
 * The data view's search and sort over the real dataset (dataset.json, what the data view loads).
 * The searched record and the queries are taken from the data, not typed.
 */
import { describe, expect, it } from 'vitest';
import { dataRows, matches, nextSort, parseSort } from '../../src/lib/datatable';
import type { Observation } from '../../src/lib/types';
import { realDataset } from '../fixtures/real-slices';

const observations: readonly Observation[] = realDataset().observations;

describe('matches', () => {
  /** The city's GDP growth in the latest year its reports review. */
  const gdp = observations
    .filter((o) => o.indicator_id === 'gdp' && o.kind === 'actual' && o.basis === 'yoy_growth' && !o.derived && /^\d{4}$/.test(o.period) && o.region === 'zhumadian')
    .sort((a, b) => b.period.localeCompare(a.period))[0]!;
  const other = observations.find((o) => o.indicator_id !== gdp.indicator_id && !`${o.indicator_id}`.includes(gdp.indicator_id))!;
  /** A year the record names nowhere. */
  const otherYear = String(Number(gdp.period) - 1);
  const cases = [
    { name: 'an empty query', q: '', expected: true },
    { name: 'its id, in other case', q: gdp.indicator_id.toUpperCase(), expected: true },
    { name: 'part of its Chinese name and its year', q: `${gdp.indicator_zh.slice(-4)} ${gdp.period}`, expected: true },
    { name: 'its figure as written', q: gdp.value_text, expected: true },
    { name: 'its id and a year it does not name', q: `${gdp.indicator_id} ${otherYear}`, expected: false },
    { name: "another indicator's id", q: other.indicator_id, expected: false },
  ];
  it('the record names neither the other year nor the other indicator', () => {
    expect(JSON.stringify(gdp)).not.toContain(otherYear);
    expect(JSON.stringify(gdp).toLowerCase()).not.toContain(other.indicator_id);
  });
  for (const c of cases) it(`${c.name}: matches(${JSON.stringify(c.q)}) = ${c.expected}`, () => expect(matches(gdp, c.q, 'en')).toBe(c.expected));
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
  const values = (rows: readonly Observation[]) => rows.map((o) => o.value);
  /** An indicator with both numbers and targets stated only in words (value null). */
  const mixed = observations.find((o) => o.value === null && observations.some((x) => x.indicator_id === o.indicator_id && x.value !== null))!.indicator_id;

  it('filters and sorts without mutating', () => {
    const before = observations.map((o) => o.id);
    const rows = dataRows(observations, 'gdp', '-value', 'en');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(observations.length);
    expect(rows.every((o) => matches(o, 'gdp', 'en'))).toBe(true);
    expect(rows.filter((o) => o.indicator_id === 'gdp').length).toBe(observations.filter((o) => o.indicator_id === 'gdp').length);
    const numbers = values(rows).filter((v): v is number => v !== null);
    expect(rows[0]!.value).toBe(Math.max(...numbers));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(observations.map((o) => o.id)).toEqual(before);
  });
  it('puts figures without a number first when ascending and last when descending', () => {
    const up = values(dataRows(observations, mixed, 'value', 'en'));
    const down = values(dataRows(observations, mixed, '-value', 'en'));
    expect(up[0]).toBeNull();
    expect(up.at(-1)).not.toBeNull();
    expect(down.at(-1)).toBeNull();
    expect(down[0]).not.toBeNull();
  });
  it('keeps ties in dataset order', () => {
    const rows = dataRows(observations, '', 'kind', 'en');
    const targets = rows.filter((o) => o.kind === 'target').map((o) => o.id);
    expect(targets).toEqual(observations.filter((o) => o.kind === 'target').map((o) => o.id));
  });
  it('keeps dataset order without a sort', () => {
    expect(dataRows(observations, '', '', 'zh')).toEqual(observations);
  });
});
