/** Interface words: the page's description for search engines and link previews (meta, Open Graph). Part of the one table (lib/words/index.ts). */
import type { View } from '../url-state';
import type { Words } from './words';

/** What each view holds, in a sentence or two. */
export const VIEW_DESCRIPTIONS: Record<View, Words> = {
  scorecard: {
    zh: '驻马店政府工作报告的主要预期目标完成了吗？逐年统计达成、未达成和待评估的目标，每个数字都可追溯到原文句子。',
    en: 'Did Zhumadian’s government deliver on the targets of its work reports? Targets met, missed and pending, year by year, every figure traced to the sentence it came from.',
  },
  indicator: {
    zh: '政府工作报告和规划中的目标与实绩对比图，每个数字都链接到原文。',
    en: 'Targets of the work reports and plans against the actuals, every figure linked to its source.',
  },
  plan: {
    zh: '五年规划纲要中的主要指标：上一规划期的目标与完成情况，本规划期的目标及其隐含的年度路径，均引自原文表格。',
    en: 'The main indicators of the five-year plan: the previous plan’s targets and results, this plan’s targets and their implied yearly paths, quoted from its tables.',
  },
  promises: {
    zh: '各份报告、规划和政策文件中的每一项量化目标：期限、牵头单位和完成情况。',
    en: 'Every quantified target in the reports, plans and policy documents: deadline, lead departments and status.',
  },
  data: {
    zh: '全部数据：每个目标、实绩和基数及其原文出处，可下载 CSV 和 JSON。',
    en: 'All the data: every target, actual and baseline with its source, to download as CSV and JSON.',
  },
  methodology: {
    zh: '数据如何从原始文件中提取，完成情况如何判定。',
    en: 'How the figures are taken from the source documents and how attainment is judged.',
  },
  source: {
    zh: '原始文件全文，每个数字标在它所在的行上。',
    en: 'The whole text of a source document, each figure marked on the line it is on.',
  },
};
/** The source view's description once the document is known. */
export const sourceDescription: Words = {
  zh: '{subject}：全文，每个数字标在它所在的行上，并链接到数据。',
  en: '{subject}: the whole text, each figure marked on the line it is on and linked to the data.',
};
/** The indicator view's description once the indicator is known. */
export const indicatorDescription: Words = {
  zh: '{subject}：政府工作报告和规划中的目标与实绩对比，每个数字都链接到原文。',
  en: '{subject}: the targets of the work reports and plans against the actuals, every figure linked to its source.',
};
