import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCatalogue, matchIndicator } from '../../scripts/extract/catalogue.ts';

const HEADER = 'id,zh,en,category,unit,direction,headline,phrasings';
const GDP = 'gdp,地区生产总值,Gross regional product (GDP),economy,亿元,higher,true,地区生产总值|生产总值|经济增长|GDP';
const ENERGY = 'energy_intensity,单位生产总值能耗,Energy consumption per unit of GDP,environment,%,lower,true,单位生产总值能耗';
const INCOME = 'income,居民人均可支配收入,Per capita disposable income of residents,income,元,higher,true,居民人均可支配收入|居民收入';

describe('loadCatalogue', () => {
  const errorCases = [
    { name: 'duplicate id', input: [HEADER, GDP, GDP.replace('|GDP', '')].join('\n'), expected: { line: 3, message: /duplicate id "gdp" \(first on line 2\)/ } },
    { name: 'unknown direction', input: [HEADER, GDP.replace('higher', 'up')].join('\n'), expected: { line: 2, message: /unknown direction "up"/ } },
    { name: 'empty phrasings', input: [HEADER, 'cpi,居民消费价格涨幅,CPI increase,prices,%,lower,true,'].join('\n'), expected: { line: 2, message: /no phrasings/ } },
    { name: 'headline not a boolean', input: [HEADER, GDP.replace(',true,', ',yes,')].join('\n'), expected: { line: 2, message: /headline must be true or false/ } },
    { name: 'wrong number of fields', input: [HEADER, 'gdp,地区生产总值,GDP'].join('\n'), expected: { line: 2, message: /expected 8 fields, found 3/ } },
    { name: 'one phrasing for two indicators', input: [HEADER, GDP, 'gdp2,生产总值,GDP,economy,亿元,higher,false,生产总值'].join('\n'), expected: { line: 3, message: /phrasing "生产总值" of "gdp2" already means "gdp"/ } },
    { name: 'missing column', input: 'id,zh,en\ngdp,地区生产总值,GDP', expected: { line: 1, message: /missing column/ } },
    { name: 'unterminated quote', input: [HEADER, GDP, '"cpi,居民消费价格涨幅,CPI,prices,%,lower,true,居民消费价格'].join('\n'), expected: { line: 3, message: /Quoted field unterminated \(CSV: quote a field/ } },
    { name: 'line numbers survive a quoted line break and blank lines', input: [HEADER, '', GDP.replace('Gross regional product (GDP)', '"Gross regional\nproduct"'), GDP.replace('higher', 'up')].join('\n'), expected: { line: 5, message: /duplicate id|unknown direction/ } },
  ];
  it.each(errorCases)('reports $name with file and line', ({ input, expected }) => {
    const r = loadCatalogue(input, 'data/indicators.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.file).toBe('data/indicators.csv');
    expect(r.errors[0]!.line).toBe(expected.line);
    expect(r.errors[0]!.message).toMatch(expected.message);
  });

  it('parses a valid catalogue, quoted fields included', () => {
    const quoted = 'specialised_smes,“专精特新”企业,"Specialised, refined, distinctive and innovative (""little giant"") enterprises",innovation,家,higher,false,专精特新';
    const r = loadCatalogue([HEADER, GDP, quoted].join('\r\n'), 'x.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.indicators.map((i) => i.id)).toEqual(['gdp', 'specialised_smes']);
    expect(r.indicators[0]!.phrasings).toEqual(['地区生产总值', '生产总值', '经济增长', 'GDP']);
    expect(r.indicators[0]!.headline).toBe(true);
    expect(r.indicators[1]!.en).toBe('Specialised, refined, distinctive and innovative ("little giant") enterprises');
  });

  it('loads the project catalogue without errors', () => {
    const r = loadCatalogue(readFileSync('data/indicators.csv', 'utf8'), 'data/indicators.csv');
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});

describe('matchIndicator', () => {
  const r = loadCatalogue([HEADER, GDP, ENERGY, INCOME].join('\n'), 'x.csv');
  if (!r.ok) throw new Error('fixture catalogue invalid');
  const catalogue = r.indicators;
  const cases = [
    { name: 'longest phrasing wins where phrasings overlap (000)', input: { text: '单位生产总值能耗完成“十四五”考核目标', prefer: 'first' as const }, expected: 'energy_intensity' },
    { name: 'a list item names its indicator first (000)', input: { text: '居民收入增长与经济增长同步', prefer: 'first' as const }, expected: 'income' },
    { name: 'before a figure the closest mention wins (002)', input: { text: '居民收入增长与经济增长', prefer: 'last' as const }, expected: 'gdp' },
    { name: 'GDP in Latin letters (002)', input: { text: '预计GDP达到', prefer: 'last' as const }, expected: 'gdp' },
    { name: 'no indicator', input: { text: '进出口稳中提质', prefer: 'first' as const }, expected: null },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(matchIndicator(catalogue, input.text, input.prefer)?.indicator.id ?? null).toBe(expected);
  });
});
