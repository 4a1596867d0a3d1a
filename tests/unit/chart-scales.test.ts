import { describe, expect, it } from 'vitest';
import { linear, linePath, makeXScale, makeYScale, yDomain, yearTicks, yTickCount } from '../../src/lib/scales';

describe('yDomain', () => {
  const cases = [
    { name: 'growth rates far from zero', values: [4.1, 6.5, 7], expected: [3.81, 7.29] },
    { name: 'small rates include zero', values: [0.2, 3, 2], expected: [0, 3.28] },
    { name: 'one value', values: [160], expected: [144, 176] },
    { name: 'levels include zero when spread is wide', values: [304.3, 537.7, 900], expected: [0, 959.57] },
    { name: 'negative values kept', values: [-2, 3], expected: [-2.5, 3.5] },
    { name: 'no values', values: [], expected: [0, 1] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [a, b] = yDomain(c.values);
      expect(a).toBeCloseTo(c.expected[0]!, 2);
      expect(b).toBeCloseTo(c.expected[1]!, 2);
    });
  }
});

describe('makeYScale', () => {
  it('nices the domain to round ticks for %', () => {
    const y = makeYScale([4.1, 6.5, 7], 300, 0);
    expect(y.domain).toEqual([3.5, 7.5]);
    expect(y.ticks).toEqual([3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5]);
    expect(y(3.5)).toBe(300);
    expect(y(7.5)).toBe(0);
  });
  it('gives round ticks for 亿元 levels', () => {
    const y = makeYScale([2800, 3144.6, 3342.7], 250, 0);
    expect(y.ticks.every((t) => t % 100 === 0)).toBe(true);
  });
  it('chooses the tick count from the height', () => {
    expect(yTickCount(300)).toBe(6);
    expect(yTickCount(50)).toBe(2);
  });
});

describe('makeXScale and yearTicks', () => {
  it('centres years in equal columns', () => {
    const x = makeXScale([2022, 2023, 2024, 2025], 0, 400);
    expect([2022, 2023, 2024, 2025].map(x)).toEqual([50, 150, 250, 350]);
    expect(x.step).toBe(100);
  });
  const cases = [
    { years: [2022, 2023, 2024, 2025], width: 300, expected: [2022, 2023, 2024, 2025] },
    { years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], width: 240, expected: [2016, 2018, 2020, 2022, 2024] },
    { years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], width: 120, expected: [2015, 2020, 2025] },
  ];
  for (const c of cases) it(`yearTicks over ${c.years.length} years in ${c.width}px`, () => expect(yearTicks(c.years, c.width)).toEqual(c.expected));
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
