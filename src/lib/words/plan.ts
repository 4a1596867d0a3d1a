/** Interface words: the plan view. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const planIntro: Words = {
  zh: '{region}规划纲要中的表格：上一个五年规划的目标与完成情况，以及本规划期的主要指标。',
  en: 'The tables of the plan of {region}: the previous plan’s targets and results, and the main indicators of this plan.',
};
export const tableCaption: Words = { zh: '表 {number} {caption}', en: 'Table {number}: {caption}' };
export const tableNote: Words = { zh: '表 {number} 原注', en: 'Note to table {number} (as in the document)' };
export const attribute: Words = { zh: '属性', en: 'Type' };
export const binding: Words = { zh: '约束性', en: 'binding' };
export const indicative: Words = { zh: '预期性', en: 'indicative' };
export const baseYear: Words = { zh: '{year} 年基数', en: '{year} base' };
export const targetYear: Words = { zh: '{year} 年目标', en: '{year} target' };
export const actualYear: Words = { zh: '{year} 年实绩', en: '{year} actual' };
export const impliedPath: Words = { zh: '隐含年度路径', en: 'Implied annual path' };
export const growthPerYear: Words = { zh: '每年增长 {rate}%', en: '{rate}% a year' };
export const pointsPerYear: Words = { zh: '每年 {rate} 个百分点', en: '{rate} pp a year' };
export const averagePrefix: Words = { zh: '年均 ', en: 'avg ' };
export const cumulativeNote: Words = { zh: '方括号 [ ] 内为五年累计数；“年均增长”指规划期内平均每年的增长率。约束性指标是必须完成的硬指标，预期性指标是引导性目标。', en: 'Figures in brackets [ ] are five-year cumulative totals; “average annual growth” is the mean yearly growth over the plan period. Binding (约束性) targets are obligations; indicative (预期性) targets are guidance.' };
