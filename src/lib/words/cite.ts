/** Interface words: the Cite dialog of a chart, the promises and the dataset (lib/cite.ts); the button's word is in export.ts. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const citeTitle: Words = { zh: '引用', en: 'Cite this' };
export const citeHelp: Words = { zh: '复制下面的引用文字。访问日期为今天，链接指向当前页面。', en: 'Copy the citation below. The date accessed is today’s; the link opens this page as you see it.' };
export const citeCopy: Words = { zh: '复制', en: 'Copy' };

/** The two languages, named in the interface's language (the citation is given in both). */
export const chineseName: Words = { zh: '中文', en: 'Chinese' };
export const englishName: Words = { zh: '英文', en: 'English' };

/**
 * A citation, GB/T 7714 in Chinese and APA-like in English: the site as author, the title with its
 * kind, the dataset version, who issued the source documents, the date accessed and the link.
 */
export const citeTemplate: Words = {
  zh: '{author}. {title}[{medium}]. {version}; {issuers}. [{date}]. {url}',
  en: '{author}. {title} [{medium}; {version}]. {issuers}. Retrieved {date}, from {url}',
};
export const citeVersion: Words = { zh: '数据版本 {version}', en: 'dataset version {version}' };
export const citeIssuers: Words = { zh: '原始文件发布单位：{issuers}', en: 'Source documents issued by {issuers}' };

/** What is cited: its title ({subject}: the chart's indicator and region) and its kind of resource. */
export const CITE_TITLES: Record<'chart' | 'promises' | 'dataset', Words> = {
  chart: { zh: '{subject}：目标与实绩', en: '{subject}: targets and actuals' },
  promises: { zh: '承诺清单：各文件中的量化目标及完成情况', en: 'Promises: every quantified target and its status' },
  dataset: { zh: '目标与实绩数据集', en: 'Targets and actuals: the dataset' },
};
export const CITE_MEDIA: Record<keyof typeof CITE_TITLES, Words> = {
  chart: { zh: 'EB/OL', en: 'Chart' },
  promises: { zh: 'EB/OL', en: 'Data table' },
  dataset: { zh: 'DS/OL', en: 'Data set' },
};
