import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format';
import {
  BREAK_WIDTH,
  linear,
  linePath,
  makeXScale,
  makeYScale,
  MAX_EMPTY_RUN,
  tickDecimals,
  yDomain,
  yearColumns,
  yearTicks,
  yTickCount,
  type AxisKind,
} from '../../src/lib/scales';

describe('yDomain: the axis rule', () => {
  const cases: { name: string; values: number[]; kind: AxisKind; expected: [number, number] }[] = [
    { name: 'growth rates far from zero: data ± 10% of the spread', values: [4.5, 6.1, 7, 6.5], kind: 'change', expected: [4.25, 7.25] },
    { name: 'growth within 0.4 pp: widened to 2 points around the middle', values: [6.1, 6.5], kind: 'change', expected: [5.3, 7.3] },
    { name: 'grain 160 → 161.4 (0.9%): widened to a quarter of the level', values: [160, 161.4, 160], kind: 'level', expected: [140.525, 180.875] },
    { name: 'a level spread wide: zero included', values: [304.3, 537.7, 1500], kind: 'level', expected: [0, 1619.57] },
    { name: 'a level within half its maximum of zero: zero included', values: [144.4, 176.3, 355], kind: 'level', expected: [0, 376.06] },
    { name: 'a level far from zero, widened: zero not included', values: [2800, 3144.6, 3342.7], kind: 'level', expected: [2653.5125, 3489.1875] },
    { name: 'small growth rates: zero included', values: [0.2, 3, 2], kind: 'change', expected: [0, 3.28] },
    { name: 'falling and rising: both signs kept', values: [-24.2, -14.6, 3], kind: 'change', expected: [-26.92, 5.72] },
    { name: 'negative levels mirror positive ones', values: [-5, -4], kind: 'level', expected: [-5.125, -3.875] },
    { name: 'one level', values: [160], kind: 'level', expected: [140, 180] },
    { name: 'one growth rate', values: [6.5], kind: 'change', expected: [5.5, 7.5] },
    { name: 'one growth rate near zero: zero included', values: [0.5], kind: 'change', expected: [0, 2] },
    { name: 'all zero (level)', values: [0, 0, 0], kind: 'level', expected: [0, 1] },
    { name: 'all zero (change)', values: [0, 0], kind: 'change', expected: [0, 1] },
    { name: 'tiny levels: zero included, never a zero-width domain', values: [0.001, 0.004], kind: 'level', expected: [0, 0.0043] },
    { name: 'no values', values: [], kind: 'level', expected: [0, 1] },
    { name: 'non-finite values ignored', values: [Number.NaN, 5, 6], kind: 'change', expected: [4.5, 6.5] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [a, b] = yDomain(c.values, c.kind);
      expect(a).toBeCloseTo(c.expected[0], 6);
      expect(b).toBeCloseTo(c.expected[1], 6);
      expect(b).toBeGreaterThan(a);
    });
  }
  it('a change of 0.9% of a level takes less than a tenth of the plot', () => {
    const y = makeYScale([160, 161.4], 300, 0, 'level');
    expect(Math.abs(y(161.4) - y(160))).toBeLessThan(30);
  });
});

describe('tickDecimals: from the tick step, as d3-format precisionFixed', () => {
  const cases = [
    { step: 1, expected: 0 },
    { step: 5, expected: 0 },
    { step: 100, expected: 0 },
    { step: 0.5, expected: 1 },
    { step: 0.2, expected: 1 },
    { step: 0.05, expected: 2 },
    { step: 0.01, expected: 2 },
    { step: 0.005, expected: 3 },
    { step: 0.001, expected: 3 },
    { step: 0.0002, expected: 4 },
    { step: 0.25, expected: 2 },
    { step: 2.5, expected: 1 },
    { step: 1e-7, expected: 7 },
    { step: 0, expected: 0 },
  ];
  for (const c of cases) it(`tickDecimals(${c.step}) = ${c.expected}`, () => expect(tickDecimals(c.step)).toBe(c.expected));
});

describe('makeYScale', () => {
  it('nices the domain to round ticks for %', () => {
    const y = makeYScale([4.1, 6.5, 7], 300, 0, 'change');
    expect(y.domain).toEqual([3.5, 7.5]);
    expect(y.ticks).toEqual([3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5]);
    expect(y.decimals).toBe(1);
    expect(y(3.5)).toBe(300);
    expect(y(7.5)).toBe(0);
  });
  it('gives round ticks for 亿元 levels', () => {
    const y = makeYScale([2800, 3144.6, 3342.7], 250, 0);
    expect(y.ticks.every((t) => t % 100 === 0)).toBe(true);
    expect(y.decimals).toBe(0);
  });
  const distinct: { name: string; values: number[]; kind: AxisKind }[] = [
    { name: 'rates below 0.01', values: [0.001, 0.004, 0.006], kind: 'level' },
    { name: 'rates of a few thousandths, as changes', values: [0.002, 0.003], kind: 'change' },
    { name: 'a level of millions', values: [1.2e6, 1.5e6], kind: 'level' },
    { name: 'all zero', values: [0, 0, 0], kind: 'level' },
    { name: 'one value', values: [7.25], kind: 'change' },
  ];
  for (const c of distinct) {
    it(`every tick label differs: ${c.name}`, () => {
      const y = makeYScale(c.values, 300, 0, c.kind);
      const labels = y.ticks.map((v) => formatNumber(v, 'en', y.decimals));
      expect(y.ticks.length).toBeGreaterThan(1);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }
  it('chooses the tick count from the height', () => {
    expect(yTickCount(300)).toBe(6);
    expect(yTickCount(50)).toBe(2);
  });
});

describe('yearColumns: no empty decades', () => {
  const cases: { name: string; years: number[]; expected: (number | null)[] }[] = [
    { name: 'consecutive years', years: [2023, 2024, 2025], expected: [2023, 2024, 2025] },
    { name: 'a missing year stays', years: [2022, 2023, 2025], expected: [2022, 2023, 2024, 2025] },
    { name: `a run of ${MAX_EMPTY_RUN} empty years stays (a five-year plan)`, years: [2015, 2020], expected: [2015, 2016, 2017, 2018, 2019, 2020] },
    { name: `a run of ${MAX_EMPTY_RUN + 1} is cut`, years: [2015, 2021], expected: [2015, null, 2021] },
    { name: 'a far-horizon target after a break', years: [2015, 2020, 2020, 2035], expected: [2015, 2016, 2017, 2018, 2019, 2020, null, 2035] },
    { name: 'unsorted, repeated', years: [2025, 2023, 2025, 2024], expected: [2023, 2024, 2025] },
    { name: 'nothing', years: [], expected: [] },
  ];
  for (const c of cases) it(c.name, () => expect(yearColumns(c.years)).toEqual(c.expected));
});

describe('makeXScale and yearTicks', () => {
  it('centres years in equal columns', () => {
    const x = makeXScale([2022, 2023, 2024, 2025], 0, 400);
    expect([2022, 2023, 2024, 2025].map(x)).toEqual([50, 150, 250, 350]);
    expect(x.step).toBe(100);
    expect(x.edges(2023)).toEqual([100, 200]);
    expect(x.breaks).toEqual([]);
  });
  it('gives a break a narrower column of its own', () => {
    const x = makeXScale([2019, 2020, null, 2035], 0, 300);
    const step = 300 / (3 + BREAK_WIDTH);
    expect(x.step).toBeCloseTo(step, 6);
    expect(x(2035)).toBeCloseTo(300 - step / 2, 6);
    expect(x.breaks[0]).toBeCloseTo(2 * step + (step * BREAK_WIDTH) / 2, 6);
  });
  const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  const cases = [
    { name: 'all fit', columns: years(2022, 2025), width: 300, expected: [2022, 2023, 2024, 2025] },
    { name: 'every 2nd', columns: years(2015, 2025), width: 280, expected: [2016, 2018, 2020, 2022, 2024] },
    { name: 'every 5th', columns: years(2015, 2025), width: 140, expected: [2015, 2020, 2025] },
    { name: 'the years beside a break are named', columns: [...years(2015, 2020), null, 2035], width: 240, expected: [2016, 2018, 2020, 2035] },
    { name: 'a break with room for all', columns: [...years(2015, 2020), null, 2035], width: 600, expected: [...years(2015, 2020), 2035] },
  ];
  for (const c of cases) it(`yearTicks: ${c.name}`, () => expect(yearTicks(c.columns, c.width)).toEqual(c.expected));
});

describe('linear and linePath', () => {
  const cases = [
    { args: [0, 10, 0, 100, 5] as const, expected: 50 },
    { args: [0, 10, 300, 0, 2.5] as const, expected: 225 },
    { args: [5, 5, 0, 100, 5] as const, expected: 50 },
  ];
  for (const c of cases) {
    it(`linear(${c.args.slice(0, 4).join(', ')})(${c.args[4]}) = ${c.expected}`, () => {
      const [d0, d1, r0, r1, v] = c.args;
      expect(linear(d0, d1, r0, r1)(v)).toBe(c.expected);
    });
  }
  it('draws paths like d3.line', () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe('M1,2L3.5,4');
    expect(linePath([])).toBe('');
  });
});
