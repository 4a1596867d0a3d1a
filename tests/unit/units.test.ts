import { describe, expect, it } from 'vitest';
import { convertUnit, splitUnit } from '../../src/lib/units.ts';

describe('splitUnit', () => {
  it.each([
    { unit: '万户', expected: { magnitude: 1e4, base: '户' } },
    { unit: '亿元', expected: { magnitude: 1e8, base: '元' } },
    { unit: '%', expected: { magnitude: 1, base: '%' } },
    { unit: '万', expected: { magnitude: 1e4, base: '' } },
  ])('splitUnit($unit)', ({ unit, expected }) => expect(splitUnit(unit)).toEqual(expected));
});

describe('convertUnit', () => {
  const entities = ['家', '户', '个', '所'];
  it.each([
    { name: '新设市场主体5万家 as 万户 (counting words of one indicator)', value: 5, from: '万家', to: '万户', words: entities, expected: 5 },
    { name: '省级智能工厂 7家 as 个', value: 7, from: '家', to: '个', words: ['个', '家'], expected: 7 },
    { name: '4195万美元 as 亿美元', value: 4195, from: '万美元', to: '亿美元', words: [], expected: 0.4195 },
    { name: '1.1万户 as 户', value: 1.1, from: '万户', to: '户', words: [], expected: 11000 },
    { name: '家 and 户 without declared counting words', value: 5, from: '万家', to: '万户', words: [], expected: null },
    { name: 'a rate never converts', value: 5, from: '%', to: '百分点', words: [], expected: null },
    { name: '万亩 and 亿斤 are not one thing', value: 5, from: '万亩', to: '亿斤', words: [], expected: null },
  ])('$name', ({ value, from, to, words, expected }) => {
    expect(convertUnit(value, from, to, words)).toBe(expected);
  });
});
