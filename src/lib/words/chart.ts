/** Interface words: the indicator view and its chart (app and embed). Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const tableAlt: Words = { zh: '图表数据（表格）', en: 'Chart data as a table' };
export const measureMissing: Words = { zh: '该指标没有链接中的口径，已显示默认口径：', en: 'This indicator has no figures for the measure in the link; showing its default instead:' };
export const noData: Words = { zh: '该地区没有此指标的数据。', en: 'No figures for this indicator in this region.' };
export const chartLoading: Words = { zh: '正在加载图表…', en: 'Loading the chart…' };
export const chartFailed: Words = { zh: '图表数据加载失败。', en: 'The chart’s data could not be loaded.' };
export const legendActual: Words = { zh: '实绩', en: 'actual' };
export const legendEstimated: Words = { zh: '预计数', en: 'estimate' };
export const legendDerived: Words = { zh: '推算值（由两个公布数计算）', en: 'derived from two stated figures' };
export const legendSkips: Words = { zh: '其间年份无数据', en: 'no figures for the years between' };
export const legendSpan: Words = { zh: '跨年度数值（整段时期）', en: 'stated for a span of years' };
/** Target legend entries, in a reader's words with the values (`{v}`: "6.5%", "6.5%、7%"). */
export const legendAbout: Words = { zh: '≈ 目标 {v}左右', en: '≈ target of about {v}' };
export const legendAtLeast: Words = { zh: '≥ 目标 {v}以上', en: '≥ target of at least {v}' };
export const legendAtMost: Words = { zh: '≤ 目标 {v}以内', en: '≤ target of at most {v}' };
export const legendRange: Words = { zh: '目标区间 {v}', en: 'target range {v}' };
export const legendExact: Words = { zh: '目标 {v}', en: 'target {v}' };
export const legendQualitative: Words = { zh: '定性目标（无数值）', en: 'target without a number' };
/** Where a derived value comes from (`{list}`: "2022年 92亿元和2023年 78.6亿元"). */
export const derivedFrom: Words = { zh: '推算值：由{list}计算', en: 'Derived from {list}' };
/** The last link of a list: "2023 and 2024" / "2023和2024". */
export const and: Words = { zh: '和', en: 'and' };
/** The takeaway line: a judged status over some years, an open one, or the latest figure. */
export const takeawayJudged: Words = { zh: '{years}年{status}', en: '{status} in {years}' };
export const takeawayOpen: Words = { zh: '{years}年{status}', en: '{years} {status}' };
export const takeawayLatest: Words = { zh: '最新数据：{year}年 {value}', en: 'Latest figure: {value} in {year}' };
export const pressToOpen: Words = { zh: '点击或按回车查看原文', en: 'Click or press Enter for the source' };
export const summaryNone: Words = { zh: '没有可绘制的数值。', en: 'No values to draw.' };
export const version: Words = { zh: '数据版本', en: 'Dataset version' };
export const source: Words = { zh: '出处', en: 'Source' };
