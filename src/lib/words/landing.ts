/** Interface words: the landing's summary of statuses by year and its headline chart. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const summaryTitle: Words = { zh: '目标完成了吗？', en: 'Did they deliver?' };
export const summaryIntro: Words = {
  zh: '每年的目标按完成情况计数：上行为主要预期目标（即下表），下行为该年到期的全部量化目标（各类文件）。',
  en: 'Each year’s targets counted by status: first the headline targets (the table below), then every quantified target due that year, from every document.',
};
export const summaryHeadline: Words = { zh: '主要目标 {n} 项', en: '{n} headline targets' };
export const summaryAll: Words = { zh: '全部到期目标 {n} 项', en: 'all {n} targets due' };
export const summaryPart: Words = { zh: '{status} {n} 项', en: '{n} {status}' };
export const summarySentence: Words = { zh: '{year} 年{label}：{parts}', en: '{year}, {label}: {parts}' };
export const summaryLegend: Words = { zh: '图例', en: 'Key' };
export const moreCharts: Words = { zh: '查看此指标及其他指标', en: 'Open this and other indicators' };
export const sparkYears: Words = { zh: '{first}–{last} 年实绩', en: 'actuals {first}–{last}' };
