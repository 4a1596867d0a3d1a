import { describe, expect, it } from 'vitest';
import { formatDate, formatGap, formatNumber, formatPeriod, formatStated, formatUnit, formatValue, glossQualitative, tickFormatter } from '../../src/lib/format';
import type { Comparator, Lang } from '../../src/lib/types';

describe('formatNumber', () => {
  const cases: { args: [number, Lang, number?, boolean?]; expected: string }[] = [
    { args: [3342.7, 'zh'], expected: '3342.7' },
    { args: [3342.7, 'en'], expected: '3,342.7' },
    { args: [27283.8, 'en'], expected: '27,283.8' },
    { args: [6.5, 'en'], expected: '6.5' },
    { args: [6.0, 'zh'], expected: '6' },
    { args: [0.125, 'en'], expected: '0.13' },
    { args: [-0.4, 'en', 2, true], expected: '−0.4' },
    { args: [3.1, 'zh', 2, true], expected: '+3.1' },
    { args: [0, 'en', 2, true], expected: '0' },
    { args: [1234567, 'en', 0], expected: '1,234,567' },
  ];
  for (const c of cases) it(`formatNumber(${c.args.join(', ')}) = ${c.expected}`, () => expect(formatNumber(...c.args)).toBe(c.expected));

  // The same text as Intl.NumberFormat (which it replaces on the first screen), for values around
  // every rounding edge: halves, values just below a step, negatives that round to zero, large ones.
  const values = [0, 0.004, -0.004, 0.005, -0.005, 0.015, 0.125, 1.005, 2.675, 6.45, 6.55, -2.5, 9.995, 99.95, 999.5, 1000, 999999.5, 1234567.891, -1234.5, 1e20, 0.1 + 0.2, 1e-7, -5e-7, 0.05, 0.95, 123456789.987654];
  for (const lang of ['zh', 'en'] as const) {
    for (const decimals of [0, 1, 2, 3]) {
      for (const signed of [false, true]) {
        it(`as Intl.NumberFormat: ${lang}, ${decimals} decimals${signed ? ', signed' : ''}`, () => {
          const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, useGrouping: lang === 'en', signDisplay: signed ? 'exceptZero' : 'auto' });
          const expected = values.map((v) => intl.format(v).replace('-', '−').replace(/^−0$/, '0'));
          expect(values.map((v) => formatNumber(v, lang, decimals, signed))).toEqual(expected);
        });
      }
    }
  }
});

describe('formatValue and formatUnit', () => {
  const cases: { args: [number, string, Lang]; expected: string }[] = [
    { args: [6.5, '%', 'zh'], expected: '6.5%' },
    { args: [6.5, '%', 'en'], expected: '6.5%' },
    { args: [3342.7, '亿元', 'zh'], expected: '3342.7 亿元' },
    { args: [3342.7, '亿元', 'en'], expected: '3,342.7 (100m yuan)' },
    { args: [161.4, '亿斤', 'en'], expected: '161.4 (100m jin)' },
    { args: [27283.8, '元', 'en'], expected: '27,283.8 yuan' },
    { args: [5, '‰', 'en'], expected: '5‰' },
    { args: [7, '万人', 'zh'], expected: '7 万人' },
    { args: [60, '家', 'en'], expected: '60 firms' },
    { args: [3, '台', 'en'], expected: '3 台' },
  ];
  for (const c of cases) it(`formatValue(${c.args.join(', ')}) = ${c.expected}`, () => expect(formatValue(...c.args)).toBe(c.expected));
  it('maps 个百分点 to 百分点 in Chinese and pp in English', () => {
    expect(formatUnit('个百分点', 'zh')).toBe('百分点');
    expect(formatUnit('百分点', 'en')).toBe('pp');
  });
});

describe('formatGap', () => {
  const cases: { args: [number, string, Lang]; expected: string }[] = [
    { args: [-0.4, '百分点', 'en'], expected: '−0.4 pp' },
    { args: [0.6, '百分点', 'zh'], expected: '+0.6 百分点' },
    { args: [2.6, '亿斤', 'zh'], expected: '+2.6 亿斤' },
    { args: [-1, '%', 'en'], expected: '−1 pp' },
  ];
  for (const c of cases) it(`formatGap(${c.args.join(', ')}) = ${c.expected}`, () => expect(formatGap(...c.args)).toBe(c.expected));
});

describe('formatStated', () => {
  const o = (comparator: Comparator, value: number | null, unit = '%', value_max: number | null = null, value_text = '') => ({ comparator, value, unit, value_max, value_text });
  const cases = [
    { obs: o('about', 6.5), lang: 'en' as Lang, expected: '≈ 6.5%' },
    { obs: o('at_least', 160, '亿斤'), lang: 'zh' as Lang, expected: '≥ 160 亿斤' },
    { obs: o('at_most', 5.5), lang: 'zh' as Lang, expected: '≤ 5.5%' },
    { obs: o('range', 6, '%', 7), lang: 'en' as Lang, expected: '6–7%' },
    { obs: o('eq', 8), lang: 'en' as Lang, expected: '8%' },
    { obs: o('qualitative', null, '', null, '与经济增长同步'), lang: 'zh' as Lang, expected: '与经济增长同步' },
    { obs: o('qualitative', null, '', null, '居民收入增长与经济增长同步'), lang: 'en' as Lang, expected: 'in step with economic growth (居民收入增长与经济增长同步)' },
  ];
  for (const c of cases) it(`${c.obs.comparator} ${c.lang} → ${c.expected}`, () => expect(formatStated(c.obs, c.lang)).toBe(c.expected));
  it('can leave the unit out (plan tables carry it in the row)', () => {
    expect(formatStated(o('at_least', 7.5), 'en', false)).toBe('≥ 7.5');
  });
  it('glosses the variants of "in step with growth"', () => {
    expect(glossQualitative('居民收入增长与经济同步增长', 'en')).toBe('in step with economic growth (居民收入增长与经济同步增长)');
  });
  it('leaves unknown qualitative wording as written', () => {
    expect(glossQualitative('有所提高', 'en')).toBe('有所提高');
  });
});

describe('ticks, periods and dates', () => {
  it('puts % on rate ticks only', () => {
    expect(tickFormatter('%', 'en')(6.5)).toBe('6.5%');
    expect(tickFormatter('亿元', 'en')(3000)).toBe('3,000');
    expect(tickFormatter('亿元', 'zh')(3000)).toBe('3000');
  });
  it('formats periods and dates', () => {
    expect(formatPeriod('2021-2025')).toBe('2021–2025');
    expect(formatDate('2025-02-21', 'zh')).toBe('2025年2月21日');
    expect(formatDate('2025-02-21', 'en')).toBe('21 Feb 2025');
    expect(formatDate('2021', 'en')).toBe('2021');
  });
});
