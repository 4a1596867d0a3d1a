/** Interface words: the scorecard. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const allCategories: Words = { zh: '全部类别', en: 'All categories' };
export const sortBy: Words = { zh: '排序', en: 'Sort by' };
export const sortCatalogue: Words = { zh: '默认顺序', en: 'Catalogue order' };
export const sortName: Words = { zh: '名称', en: 'Name' };
export const sortStatus: Words = { zh: '未达成优先', en: 'Shortfalls first' };
export const noTarget: Words = { zh: '文件中无目标', en: 'no target in these documents' };
export const scorecardTitle: Words = { zh: '主要预期目标完成情况', en: 'Headline targets and results' };
export const scorecardIntro: Words = { zh: '{region}政府工作报告（{years}）的主要预期目标与次年报告的实绩。点击任一数字查看原文。', en: 'Headline targets of the government work reports of {region} ({years}) against the actuals reported a year later. Click any figure to see it in its source.' };
export const pendingNote: Words = { zh: '{years} 年目标的实绩尚未公布，显示为“待评估”而非“未达成”。', en: '{years} targets have no actual yet: they are “pending”, not “missed”.' };
export const estimatedNote: Words = { zh: '{years} 年数据为{doc}（{date}）中的预计数。', en: '{years} figures are estimates from the {doc} ({date}).' };
