import { describe, it, expect } from 'vitest';
import { figureStarts, parseFigure, readUnit } from '../../scripts/extract/numbers.ts';
import { figureSkipReason, isParallelFigure, partReason, unitFits } from '../../scripts/extract/skip.ts';
import { flatten } from '../../scripts/extract/text.ts';

/** Parse the figure whose number is the first occurrence of `at` in the flattened sentence. */
function figureIn(sentence: string, at: string) {
  const text = flatten(sentence).text;
  const pos = text.indexOf(at);
  if (pos < 0) throw new Error(`"${at}" not in "${text}"`);
  const r = parseFigure(text, pos);
  if (!r.ok) throw new Error(r.reason);
  const f = r.figure;
  return { text, figure: f, summary: { value: f.value, value_max: f.valueMax, unit: f.unit, comparator: f.comparator, written: text.slice(f.start, f.end) } };
}

// Sentences copied from the seeds (000/001/002 work reports, 003 plan, 004 policies).
const cases = [
  {
    name: '左右 with a stray space (000 headline list)',
    input: { sentence: '地区生产总值增\n\n长 6.5%左 右 ，规 上 工 业', at: '6.5' },
    expected: { value: 6.5, value_max: null, unit: '%', comparator: 'about', written: '6.5%左右' },
  },
  {
    name: 'plain figure (000 headline list)',
    input: { sentence: '固定资产投资增长 8%，社会消费', at: '8' },
    expected: { value: 8, value_max: null, unit: '%', comparator: 'eq', written: '8%' },
  },
  {
    name: '以上 (000 headline list)',
    input: { sentence: '粮食产量 160 亿斤以上，单位生产', at: '160' },
    expected: { value: 160, value_max: null, unit: '亿斤', comparator: 'at_least', written: '160亿斤以上' },
  },
  {
    name: '控制在…以内 (002 headline list)',
    input: { sentence: '城镇调查失业率控制在5.5%以内，居民收入增', at: '5.5' },
    expected: { value: 5.5, value_max: null, unit: '%', comparator: 'at_most', written: '5.5%以内' },
  },
  {
    name: '控制在…左右 is about, not at most (002 headline list)',
    input: { sentence: '居民消费价格涨幅控制在3%左右。', at: '3' },
    expected: { value: 3, value_max: null, unit: '%', comparator: 'about', written: '3%左右' },
  },
  {
    name: '以内 (001 headline list)',
    input: { sentence: '左右，居民消费价格涨幅 3%以内，居民', at: '3' },
    expected: { value: 3, value_max: null, unit: '%', comparator: 'at_most', written: '3%以内' },
  },
  {
    name: '以下 (003 plan text)',
    input: { sentence: '城镇失业登记率始终控制在 3.5%以下。', at: '3.5' },
    expected: { value: 3.5, value_max: null, unit: '%', comparator: 'at_most', written: '3.5%以下' },
  },
  {
    name: '个百分点 becomes 百分点, with 左右 (002 headline list)',
    input: { sentence: '常住人口城镇化率提高1.5个百分点左右，', at: '1.5' },
    expected: { value: 1.5, value_max: null, unit: '百分点', comparator: 'about', written: '1.5个百分点左右' },
  },
  {
    name: '不低于 (004 policy)',
    input: { sentence: '全年实施技术改造项目不低于 300\n\n个，完成投资不低于 200 亿元；', at: '200' },
    expected: { value: 200, value_max: null, unit: '亿元', comparator: 'at_least', written: '不低于200亿元' },
  },
  {
    name: '超过 (002 tasks)',
    input: { sentence: '确保交通投资超过100亿元。', at: '100' },
    expected: { value: 100, value_max: null, unit: '亿元', comparator: 'at_least', written: '超过100亿元' },
  },
  {
    name: '突破 (000 review)',
    input: { sentence: '市场主体突破 60 万户。', at: '60' },
    expected: { value: 60, value_max: null, unit: '万户', comparator: 'at_least', written: '突破60万户' },
  },
  {
    name: '不超过 (002 housing measures)',
    input: { sentence: '每个家庭年提取额提高到不超过1.2万元。', at: '1.2' },
    expected: { value: 1.2, value_max: null, unit: '万元', comparator: 'at_most', written: '不超过1.2万元' },
  },
  {
    name: '约 (004 village construction)',
    input: { sentence: '村公路、约 390 座农村公路危桥改造', at: '390' },
    expected: { value: 390, value_max: null, unit: '座', comparator: 'about', written: '约390座' },
  },
  {
    name: '近 (000 review)',
    input: { sentence: '延揽硕士以上人才近 4000 名、', at: '4000' },
    expected: { value: 4000, value_max: null, unit: '名', comparator: 'about', written: '近4000名' },
  },
  {
    name: '力争…以上 (000 tasks)',
    input: { sentence: '力争签约亿元以上项目 400 个以上，投', at: '400' },
    expected: { value: 400, value_max: null, unit: '个', comparator: 'at_least', written: '400个以上' },
  },
  {
    name: 'range 2-3 (000 tasks)',
    input: { sentence: '柔性引进院士和中原学者 2-3\n\n名，培育', at: '2' },
    expected: { value: 2, value_max: 3, unit: '名', comparator: 'range', written: '2-3名' },
  },
  {
    name: 'range 6%–7% (constructed: DOMAIN.md form, not in the seeds)',
    input: { sentence: '经济增长 6%–7%，', at: '6' },
    expected: { value: 6, value_max: 7, unit: '%', comparator: 'range', written: '6%–7%' },
  },
  {
    name: 'range 6至7 with the unit after the second number (constructed: DOMAIN.md form)',
    input: { sentence: '经济增长6至7%，', at: '6' },
    expected: { value: 6, value_max: 7, unit: '%', comparator: 'range', written: '6至7%' },
  },
  {
    name: '1.1万户: magnitude and unit kept as stated (000 review)',
    input: { sentence: '改造户厕 1.1 万户，自来水普及率 96%', at: '1.1' },
    expected: { value: 1.1, value_max: null, unit: '万户', comparator: 'eq', written: '1.1万户' },
  },
  {
    name: '5万家: 万 before a unit listed without it (002 tasks)',
    input: { sentence: '力争新设市场主体5万家。', at: '5' },
    expected: { value: 5, value_max: null, unit: '万家', comparator: 'eq', written: '5万家' },
  },
  {
    name: '5万多人: 多 means at least (002 five-year review)',
    input: { sentence: '入校师生 5 万多人，', at: '5' },
    expected: { value: 5, value_max: null, unit: '万人', comparator: 'at_least', written: '5万多人' },
  },
  {
    name: '300余场 (000 review)',
    input: { sentence: '举办特色文旅活动 300余场次，', at: '300' },
    expected: { value: 300, value_max: null, unit: '场', comparator: 'at_least', written: '300余场' },
  },
  {
    name: '[6.1] five-year cumulative (003 table 2-1)',
    input: { sentence: '就业人数 万人 1.2 [6.1] [6.2] 预期性', at: '[6.1]' },
    expected: { value: 6.1, value_max: null, unit: '', comparator: 'eq', written: '[6.1]' },
  },
  {
    name: 'a number split across a line end (000 review, 3342.7 as printed on one line; here broken)',
    input: { sentence: '全年生产总值 3342.\n\n7 亿元，全省第 7', at: '3342' },
    expected: { value: 3342.7, value_max: null, unit: '亿元', comparator: 'eq', written: '3342.7亿元' },
  },
  {
    name: 'negative number (constructed: no seed states one)',
    input: { sentence: '增速为 -1.5%。', at: '-1.5' },
    expected: { value: -1.5, value_max: null, unit: '%', comparator: 'eq', written: '-1.5%' },
  },
];

describe('parseFigure', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(figureIn(input.sentence, input.at).summary).toEqual(expected);
  });

  it('marks bracketed figures as cumulative', () => {
    expect(figureIn('[12.07] [34.03] 约束性', '[12.07]').figure.cumulative).toBe(true);
  });

  it('returns a tagged failure where there is no number', () => {
    expect(parseFigure('全省第七', 0)).toEqual({ ok: false, reason: 'no number at 0' });
  });
});

describe('readUnit', () => {
  const unitCases = [
    { name: '亿元', input: '亿元，', expected: '亿元' },
    { name: '万平方米 before 万', input: '万平方米、', expected: '万平方米' },
    { name: '微克/立方米', input: '微克/立方米，', expected: '微克/立方米' },
    { name: '‰', input: '‰以内', expected: '‰' },
    { name: 'none before 年', input: '年工作回顾', expected: '' },
  ];
  it.each(unitCases)('$name', ({ input, expected }) => {
    expect(readUnit(input, 0).unit).toBe(expected);
  });
});

describe('figureStarts', () => {
  it('skips digits that continue a name (PM10, PM2.5); 5G is left to figureSkipReason', () => {
    const text = flatten('PM10、PM2.5 平均浓度降至 72、43 微克/立方米，5G 基站 2263 个').text;
    const starts = figureStarts(text).map((p) => text.slice(p, p + 4));
    expect(starts).toEqual(['72、4', '43微克', '5G基站', '2263']);
  });

  it('finds a bracketed figure at its bracket', () => {
    const text = '就业人数万人1.2 [6.1] [6.2]预期性';
    expect(figureStarts(text).map((p) => text[p])).toEqual(['1', '[', '[']);
  });
});

/** Real sentences whose numbers are not figures of an indicator, and why. */
const skipCases = [
  { name: 'ranking 全省第 7 (000)', input: { sentence: '全年生产总值 3342.7 亿元，全省第 7，位次', at: '7，' }, expected: 'a ranking' },
  { name: 'ranking with a unit after it 第 2 名 (001)', input: { sentence: '空气质量改善率居全国168 个重点城市第 2 名；', at: '2名' }, expected: 'a ranking' },
  { name: 'year (000)', input: { sentence: '一、2024 年工作回顾', at: '2024' }, expected: 'no unit (a date, a code, a list number or a name)' },
  { name: 'date 12 月底前 (000 notice)', input: { sentence: '按职责分工负责，12 月底前完成）', at: '12' }, expected: 'no unit (a date, a code, a list number or a name)' },
  { name: 'document number (000 notice)', input: { sentence: '驻政〔2025〕2号', at: '2号' }, expected: 'no unit (a date, a code, a list number or a name)' },
  { name: 'list numbering (000 notice)', input: { sentence: '1.编制现代医药产业链发展图谱。', at: '1' }, expected: 'no unit (a date, a code, a list number or a name)' },
  { name: 'scenic-spot grade 5A级 (000)', input: { sentence: '发挥嵖岈山国家 5A级景区带动作用', at: '5' }, expected: 'part of a name' },
  { name: '5G base stations: 5 is part of a name (001)', input: { sentence: '5G 基站 2263 个', at: '5' }, expected: 'part of a name' },
  { name: 'multiple 是2017年的1.8倍 (002)', input: { sentence: '一般公共预算收入204.5亿元，是2017年的1.8倍，', at: '1.8' }, expected: 'unit 倍 is a time span or a multiple' },
  { name: 'time span 不超过6个月 (002)', input: { sentence: '最长不超过6个月，且在当年缴齐。', at: '6' }, expected: 'unit 个月 is a time span or a multiple' },
  { name: 'comparison 高于全省1.2个百分点 (002)', input: { sentence: '年均增长6.2%，高于全省1.2个百分点；', at: '1.2' }, expected: 'a comparison with another region' },
  { name: 'ratio 18.3：42.3：39.4 (002)', input: { sentence: '产业结构由 18.3：42.3：39.4 调整为', at: '18.3' }, expected: 'a ratio' },
  { name: 'a real figure is not skipped (000)', input: { sentence: '技术合同成交额59 亿元；', at: '59' }, expected: null },
];

describe('figureSkipReason', () => {
  it.each(skipCases)('$name', ({ input, expected }) => {
    const { text, figure } = figureIn(input.sentence, input.at);
    expect(figureSkipReason(text, figure)).toBe(expected);
  });
});

describe('isParallelFigure', () => {
  const parallelCases = [
    { name: 'values listed apart from their names (002)', input: { sentence: '传统产业、战略性新兴产业、高技术产业增加值年均增长 3.9%、4.2%、13.7%，', at: '4.2' }, expected: true },
    { name: 'first value of such a list (002)', input: { sentence: '传统产业、战略性新兴产业、高技术产业增加值年均增长 3.9%、4.2%、13.7%，', at: '3.9' }, expected: true },
    { name: 'each figure with its own name (000)', input: { sentence: '实施省重点项目 78 个、市重点项目 801 个，', at: '801' }, expected: false },
  ];
  it.each(parallelCases)('$name', ({ input, expected }) => {
    const { text, figure } = figureIn(input.sentence, input.at);
    expect(isParallelFigure(text, figure)).toBe(expected);
  });
});

describe('partReason and unitFits', () => {
  const partCases = [
    { name: 'share 占…的 (001)', input: '占一般公共预算支出的', expected: 'a share of the indicator (占…)' },
    { name: 'sub-region 7个县区 (001)', input: '7个县区一般公共预算收入超', expected: 'a figure for part of the region' },
    { name: 'whole region (000)', input: '实际到位省外资金', expected: null },
  ];
  it.each(partCases)('$name', ({ input, expected }) => {
    expect(partReason(input)).toBe(expected);
  });

  const unitCases = [
    { name: 'a growth rate fits any indicator', input: ['%', '亿元'], expected: true },
    { name: '万元 fits 元', input: ['万元', '元'], expected: true },
    { name: '家 fits 个', input: ['家', '个'], expected: true },
    { name: 'a count of firms is not trade in 亿元 (000: 新增进出口额超千万元企业 23 家)', input: ['家', '亿元'], expected: false },
    { name: 'people are not a rate', input: ['万人', '%'], expected: false },
  ];
  it.each(unitCases)('$name', ({ input, expected }) => {
    expect(unitFits(input[0]!, input[1]!)).toBe(expected);
  });
});
