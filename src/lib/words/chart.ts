/** Interface words: the indicator view and its chart (app and embed). Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const tableAlt: Words = { zh: '图表数据（表格）', en: 'Chart data as a table' };
export const measureMissing: Words = { zh: '该指标没有链接中的口径，已显示默认口径：', en: 'This indicator has no figures for the measure in the link; showing its default instead:' };
export const noData: Words = { zh: '该地区没有此指标的数据。', en: 'No figures for this indicator in this region.' };
export const chartLoading: Words = { zh: '正在加载图表…', en: 'Loading the chart…' };
export const chartFailed: Words = { zh: '图表数据加载失败。', en: 'The chart’s data could not be loaded.' };
export const legendActual: Words = { zh: '实绩', en: 'actual' };
export const legendEstimated: Words = { zh: '预计数', en: 'estimate' };
export const legendSkips: Words = { zh: '其间年份无数据', en: 'no figures for the years between' };
export const legendAbout: Words = { zh: '目标：左右', en: 'target: about' };
export const legendAtLeast: Words = { zh: '目标：以上', en: 'target: at least' };
export const legendAtMost: Words = { zh: '目标：以内', en: 'target: at most' };
export const legendRange: Words = { zh: '目标：区间', en: 'target: range' };
export const legendExact: Words = { zh: '目标', en: 'target' };
export const legendQualitative: Words = { zh: '定性目标', en: 'qualitative target' };
export const pressToOpen: Words = { zh: '点击或按回车查看原文', en: 'Click or press Enter for the source' };
export const summaryNone: Words = { zh: '没有可绘制的数值。', en: 'No values to draw.' };
export const version: Words = { zh: '数据版本', en: 'Dataset version' };
export const source: Words = { zh: '出处', en: 'Source' };
