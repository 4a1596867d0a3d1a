import { describe, it, expect } from 'vitest';
import { basisOf, signedValue } from '../../scripts/extract/basis.ts';
import { parseFigure } from '../../scripts/extract/numbers.ts';

/** phrasing = the catalogue phrasing matched; predicate = the words between it and the number. */
const cases = [
  { name: '增长 X% is a year-on-year growth (000: 规上工业增加值增长 9.6%)', input: { phrasing: '规上工业增加值', predicate: '增长', figure: '9.6%' }, expected: 'yoy_growth' },
  { name: '年均增长 (002: 年均增长6.2%)', input: { phrasing: '生产总值', predicate: '年均增长', figure: '6.2%' }, expected: 'annual_avg_growth' },
  { name: 'a level in 亿元 (000: 全年生产总值 3342.7 亿元)', input: { phrasing: '生产总值', predicate: '', figure: '3342.7亿元' }, expected: 'level' },
  { name: 'a rate stated as a level (000: 城镇调查失业率 5.5%左右)', input: { phrasing: '城镇调查失业率', predicate: '', figure: '5.5%左右' }, expected: 'level' },
  { name: 'the phrasing itself is a growth rate (000: 居民消费价格涨幅 2%左右)', input: { phrasing: '居民消费价格涨幅', predicate: '', figure: '2%左右' }, expected: 'yoy_growth' },
  { name: '提高到 is a level, not a growth (002: 农产品加工转化率由65%提高到72%)', input: { phrasing: '农产品加工转化率', predicate: '提高到', figure: '72%' }, expected: 'level' },
  { name: '个百分点 is a change in percentage points (002: 城镇化率提高1.5个百分点左右)', input: { phrasing: '常住人口城镇化率', predicate: '提高', figure: '1.5个百分点左右' }, expected: 'change_pp' },
  { name: '累计 is cumulative (002: 累计到位省外资金 1545 亿元)', input: { phrasing: '到位省外资金', predicate: '累计', figure: '1545亿元' }, expected: 'cumulative' },
  { name: 'a bracketed five-year figure is cumulative (003: [6.1])', input: { phrasing: '就业人数', predicate: '', figure: '[6.1]' }, expected: 'cumulative' },
  { name: '增加值 is not a growth word (000: 高技术产业增加值 …)', input: { phrasing: '高技术产业增加值', predicate: '达', figure: '32.1%' }, expected: 'level' },
];

describe('basisOf', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const r = parseFigure(input.figure, 0);
    if (!r.ok) throw new Error(r.reason);
    expect(basisOf(input.phrasing, input.predicate, r.figure)).toBe(expected);
  });
});

describe('signedValue', () => {
  const signCases = [
    { name: '下降 12% is a growth of −12% (000: 能耗强度下降 12%)', input: { phrasing: '能耗强度', predicate: '下降', figure: '12%' }, expected: -12 },
    { name: '增长 6.1% stays positive (000)', input: { phrasing: '生产总值', predicate: '同比增长', figure: '6.1%' }, expected: 6.1 },
    { name: '降至 72 is a level and keeps its sign (002: 平均浓度降至 72)', input: { phrasing: 'PM10平均浓度', predicate: '降至', figure: '72微克/立方米' }, expected: 72 },
  ];
  it.each(signCases)('$name', ({ input, expected }) => {
    const r = parseFigure(input.figure, 0);
    if (!r.ok) throw new Error(r.reason);
    const basis = basisOf(input.phrasing, input.predicate, r.figure);
    expect(signedValue(input.phrasing, input.predicate, r.figure, basis)).toBe(expected);
  });
});
