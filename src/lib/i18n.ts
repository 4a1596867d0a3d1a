/** Interface strings in Chinese and English. Dataset strings (names, quotes) come with the data. */
import type { Kind, Lang, Region } from './types';
import type { View } from './url-state';

const STRINGS = {
  appTitle: { zh: '驻马店：目标与实绩', en: 'Zhumadian: promises and results' },
  appSubtitle: {
    zh: '政府工作报告（2023–2025）与驿城区“十四五”规划中的目标，对照实际完成情况，每个数字都可追溯到原文。',
    en: 'Targets in the government work reports (2023–2025) and Yicheng’s 14th Five-Year Plan against what was delivered, every number traced to its sentence.',
  },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  language: { zh: '语言', en: 'Language' },
  switchLang: { zh: 'English', en: '中文' },
  loading: { zh: '正在加载数据…', en: 'Loading the dataset…' },
  loadError: { zh: '数据加载失败。', en: 'The dataset could not be loaded.' },
  retry: { zh: '重试', en: 'Retry' },
  noticeTitle: { zh: '链接中有无法识别的参数，已改用默认值：', en: 'Some link parameters were not recognised and defaults are shown instead:' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  indicator: { zh: '指标', en: 'Indicator' },
  category: { zh: '类别', en: 'Category' },
  allCategories: { zh: '全部类别', en: 'All categories' },
  sortBy: { zh: '排序', en: 'Sort by' },
  sortCatalogue: { zh: '默认顺序', en: 'Catalogue order' },
  sortName: { zh: '名称', en: 'Name' },
  sortStatus: { zh: '未达成优先', en: 'Missed first' },
  target: { zh: '目标', en: 'Target' },
  actual: { zh: '实绩', en: 'Actual' },
  baseline: { zh: '基数', en: 'Baseline' },
  gap: { zh: '差距', en: 'Gap' },
  status: { zh: '状态', en: 'Status' },
  trend: { zh: '走势', en: 'Trend' },
  year: { zh: '年份', en: 'Year' },
  period: { zh: '时期', en: 'Period' },
  estimated: { zh: '预计', en: 'estimated' },
  estimatedLong: { zh: '预计数（正式统计前的估计）', en: 'estimate (stated before final statistics)' },
  noTarget: { zh: '文件中无目标', en: 'no target in these documents' },
  noActual: { zh: '尚无实绩', en: 'no actual yet' },
  source: { zh: '出处', en: 'Source' },
  openSource: { zh: '查看原文', en: 'Show source' },
  close: { zh: '关闭', en: 'Close' },
  line: { zh: '行', en: 'line' },
  fullText: { zh: '打开全文', en: 'Open the full text' },
  sourceLoading: { zh: '正在加载原文…', en: 'Loading the source text…' },
  sourceError: { zh: '原文加载失败。', en: 'The source text could not be loaded.' },
  delivered: { zh: '发布', en: 'delivered' },
  quote: { zh: '原文', en: 'Quote' },
  tableAlt: { zh: '图表数据（表格）', en: 'Chart data as a table' },
  measure: { zh: '口径', en: 'Measure' },
  backToScorecard: { zh: '返回总览', en: 'Back to the scorecard' },
  pickIndicator: { zh: '选择指标', en: 'Choose an indicator' },
  measureMissing: { zh: '该指标没有链接中的口径，已显示默认口径：', en: 'This indicator has no figures for the measure in the link; showing its default instead:' },
  noData: { zh: '该地区没有此指标的数据。', en: 'No figures for this indicator in this region.' },
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '指标、原文、年份…', en: 'indicator, quote, year…' },
  rowsShown: { zh: '条，显示', en: 'rows, showing' },
  showAll: { zh: '显示全部', en: 'Show all' },
  download: { zh: '下载', en: 'Download' },
  dataDictionary: { zh: '数据字典（datapackage.json）', en: 'Data dictionary (datapackage.json)' },
  observationsCsv: { zh: '全部观测值（CSV）', en: 'All observations (CSV)' },
  pairsCsv: { zh: '目标与实绩配对（CSV）', en: 'Target–actual pairs (CSV)' },
  datasetJson: { zh: '完整数据集（JSON）', en: 'Full dataset (JSON)' },
  version: { zh: '数据版本', en: 'Dataset version' },
  kind: { zh: '类型', en: 'Kind' },
  value: { zh: '数值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  basis: { zh: '口径', en: 'Basis' },
  document: { zh: '文件', en: 'Document' },
  region: { zh: '地区', en: 'Region' },
  binding: { zh: '约束性', en: 'binding' },
  indicative: { zh: '预期性', en: 'indicative' },
  attribute: { zh: '属性', en: 'Type' },
  table11: { zh: '表 1-1 “十三五”规划主要目标完成情况', en: 'Table 1-1: 13th Five-Year Plan targets and results' },
  table21: { zh: '表 2-1 “十四五”经济社会发展主要指标', en: 'Table 2-1: main indicators of the 14th Five-Year Plan' },
  baseYear: { zh: '{year} 年基数', en: '{year} base' },
  targetYear: { zh: '{year} 年目标', en: '{year} target' },
  actualYear: { zh: '{year} 年实绩', en: '{year} actual' },
  impliedPath: { zh: '隐含年度路径', en: 'Implied annual path' },
  cumulativeNote: {
    zh: '方括号 [ ] 内为五年累计数；“年均增长”指规划期内平均每年的增长率。约束性指标是必须完成的硬指标，预期性指标是引导性目标。',
    en: 'Figures in brackets [ ] are five-year cumulative totals; “average annual growth” is the mean yearly growth over the plan period. Binding (约束性) targets are obligations; indicative (预期性) targets are guidance.',
  },
  estimateNote: {
    zh: '表 1-1 注：部分 2020 年数据为预计值；受疫情影响，部分指标未完成目标。',
    en: 'Note to table 1-1: some 2020 figures are estimates; some targets were missed because of the epidemic.',
  },
  planIntro: {
    zh: '驿城区是驻马店市的中心城区。“十四五”规划纲要回顾了“十三五”目标完成情况，并提出到 2025 年的主要指标。',
    en: 'Yicheng is the central district of Zhumadian. Its 14th Five-Year Plan outline reviews the 13th plan’s targets and sets the main indicators for 2025.',
  },
  qualitativeMark: { zh: '定性目标', en: 'qualitative target' },
  about: { zh: '左右', en: 'about' },
  atLeast: { zh: '以上', en: 'at least' },
  atMost: { zh: '以内', en: 'at most' },
  range: { zh: '区间', en: 'range' },
  exact: { zh: '目标值', en: 'target' },
  legendActual: { zh: '实绩', en: 'actual' },
  legendEstimated: { zh: '预计数', en: 'estimate' },
  legendDerived: { zh: '推算值（由两个公布数计算）', en: 'derived (computed from two stated figures)' },
  legendSkips: { zh: '其间年份无数据', en: 'no figures for the years between' },
  legendSpan: { zh: '跨年度数值（整段时期）', en: 'stated for a span of years' },
  legendAbout: { zh: '≈ 目标 {v}左右', en: '≈ target of about {v}' },
  legendAtLeast: { zh: '≥ 目标 {v}以上', en: '≥ target of at least {v}' },
  legendAtMost: { zh: '≤ 目标 {v}以内', en: '≤ target of at most {v}' },
  legendRange: { zh: '目标区间 {v}', en: 'target range {v}' },
  legendExact: { zh: '目标 {v}', en: 'target {v}' },
  legendQualitative: { zh: '定性目标（无数值）', en: 'target without a number' },
  derived: { zh: '推算', en: 'derived' },
  derivedFrom: { zh: '推算值：由{list}计算', en: 'Derived from {list}' },
  and: { zh: '和', en: 'and' },
  takeawayJudged: { zh: '{years}年{status}', en: '{status} in {years}' },
  takeawayOpen: { zh: '{years}年{status}', en: '{years} {status}' },
  takeawayLatest: { zh: '最新数据：{year}年 {value}', en: 'Latest figure: {value} in {year}' },
  pressToOpen: { zh: '点击或按回车查看原文', en: 'Click or press Enter for the source' },
  summaryNone: { zh: '没有可绘制的数值。', en: 'No values to draw.' },
  scorecardTitle: { zh: '主要预期目标完成情况', en: 'Headline targets and results' },
  scorecardIntro: {
    zh: '驻马店市政府工作报告的主要预期目标与次年报告的实绩。点击任一数字查看原文。',
    en: 'Headline targets of Zhumadian’s government work reports against the actuals reported a year later. Click any figure to see it in its source.',
  },
  pendingNote: {
    zh: '{years} 年目标的实绩尚未公布，显示为“待评估”而非“未达成”。',
    en: '{years} targets have no actual yet: they are “pending”, not “missed”.',
  },
  estimatedNote: {
    zh: '{years} 年数据为{doc}（{date}）中的预计数。',
    en: '{years} figures are estimates from the {doc} ({date}).',
  },
  figuresFor: { zh: '口径', en: 'measure' },
  rule: { zh: '判定规则', en: 'Rule' },
  alsoStated: { zh: '同见', en: 'Also stated in' },
  notFound: { zh: '找不到该观测值。', en: 'Observation not found.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The interface string `key` in `lang`; `{name}` placeholders are filled from `vars` (as text, never HTML). */
export function t(lang: Lang, key: StringKey, vars: Record<string, string> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

export const VIEW_LABEL: Record<View, Record<Lang, string>> = {
  scorecard: { zh: '总览', en: 'Scorecard' },
  indicator: { zh: '指标', en: 'Indicator' },
  plan: { zh: '驿城区“十四五”', en: 'Yicheng 5-year plan' },
  data: { zh: '数据', en: 'Data' },
  promises: { zh: '承诺', en: 'Promises' },
  methodology: { zh: '方法', en: 'Methodology' },
};

export const REGION_LABEL: Record<string, Record<Lang, string>> = {
  zhumadian: { zh: '驻马店市', en: 'Zhumadian city' },
  yicheng: { zh: '驿城区', en: 'Yicheng district' },
};

export const KIND_LABEL: Record<Kind, Record<Lang, string>> = {
  target: { zh: '目标', en: 'target' },
  actual: { zh: '实绩', en: 'actual' },
  baseline: { zh: '基数', en: 'baseline' },
};

const CATEGORY: Record<string, Record<Lang, string>> = {
  economy: { zh: '经济', en: 'Economy' },
  industry: { zh: '工业', en: 'Industry' },
  investment: { zh: '投资', en: 'Investment' },
  consumption: { zh: '消费', en: 'Consumption' },
  trade: { zh: '外贸', en: 'Trade' },
  fiscal: { zh: '财政', en: 'Fiscal' },
  employment: { zh: '就业', en: 'Employment' },
  prices: { zh: '物价', en: 'Prices' },
  income: { zh: '收入', en: 'Income' },
  population: { zh: '人口', en: 'Population' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  environment: { zh: '环境', en: 'Environment' },
  innovation: { zh: '创新', en: 'Innovation' },
  social: { zh: '民生', en: 'Welfare' },
  poverty: { zh: '脱贫', en: 'Poverty' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生健康', en: 'Health' },
  social_security: { zh: '社会保障', en: 'Social security' },
  talent: { zh: '人才', en: 'Talent' },
  services: { zh: '服务业', en: 'Services' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  business: { zh: '营商环境', en: 'Business' },
  finance: { zh: '金融', en: 'Finance' },
  urban: { zh: '城市建设', en: 'Urban development' },
  investment_promotion: { zh: '招商引资', en: 'Investment promotion' },
  tourism: { zh: '文旅', en: 'Tourism' },
  housing: { zh: '住房', en: 'Housing' },
  rural: { zh: '乡村', en: 'Rural' },
  culture_sports: { zh: '文化体育', en: 'Culture and sports' },
  land: { zh: '土地', en: 'Land' },
  government: { zh: '政务', en: 'Government' },
  digital: { zh: '数字化', en: 'Digital' },
  energy: { zh: '能源', en: 'Energy' },
};

/** A category id in the interface language; unknown ids pass through. */
export function categoryLabel(id: string, lang: Lang): string {
  return CATEGORY[id]?.[lang] ?? id;
}

/** A region's name in the interface language (unknown ids pass through). */
export function regionLabel(region: Region, lang: Lang): string {
  return REGION_LABEL[region]?.[lang] ?? region;
}

/** The indicator's name in the interface language. */
export function nameOf(x: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? x.zh : x.en;
}
