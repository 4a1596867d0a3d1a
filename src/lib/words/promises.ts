/** Interface words: the promises view. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const promisesTitle: Words = { zh: '承诺清单', en: 'Promises' };
export const promisesIntro: Words = { zh: '各份报告、规划和政策文件中的每一项量化目标：期限、牵头单位、完成情况，点击数值查看原文。', en: 'Every quantitative target in the reports, plans and policy documents: its deadline, lead departments and status. Click a value to read its source.' };
export const due: Words = { zh: '到期年份', en: 'Due' };
export const department: Words = { zh: '牵头单位', en: 'Lead department' };
export const promiseStatus: Words = { zh: '完成情况', en: 'Status' };
export const groupBy: Words = { zh: '分组', en: 'Group by' };
export const all: Words = { zh: '全部', en: 'All' };
export const notStated: Words = { zh: '（未注明）', en: '(not stated)' };
export const deadline: Words = { zh: '期限', en: 'Deadline' };
export const inferred: Words = { zh: '句中未写年份，按文件的规划期限推定', en: 'the sentence states no year: period taken from the document’s horizon' };
export const alsoIn: Words = { zh: '另见', en: 'also in' };
export const promiseCount: Words = { zh: '项承诺', en: 'promises' };
export const clearFilters: Words = { zh: '清除筛选', en: 'Clear filters' };
export const noPromise: Words = { zh: '没有符合条件的承诺。', en: 'No promise matches these filters.' };
export const downloadCsv: Words = { zh: '下载以上内容（CSV）', en: 'Download these rows (CSV)' };
export const filters: Words = { zh: '筛选', en: 'Filters' };
export const filtersActive: Words = { zh: '筛选（已选 {n} 项）', en: 'Filters ({n} active)' };
export const showAllOf: Words = { zh: '显示全部 {n} 项', en: 'Show all {n}' };
export const alsoStatedIn: Words = { zh: '同时见于', en: 'Also stated in' };
