/** Words of the promises view, in both languages (kept here: the view is self-contained). */
import type { Lang } from '../../lib/types';

const WORDS = {
  title: { zh: '承诺清单', en: 'Promises' },
  intro: {
    zh: '各份报告、规划和政策文件中的每一项量化目标：期限、牵头单位、完成情况，点击数值查看原文。',
    en: 'Every quantitative target in the reports, plans and policy documents: its deadline, lead departments and status. Click a value to read its source.',
  },
  document: { zh: '文件', en: 'Document' },
  due: { zh: '到期年份', en: 'Due' },
  department: { zh: '牵头单位', en: 'Lead department' },
  status: { zh: '完成情况', en: 'Status' },
  groupBy: { zh: '分组', en: 'Group by' },
  all: { zh: '全部', en: 'All' },
  none: { zh: '（未注明）', en: '(not stated)' },
  indicator: { zh: '指标', en: 'Indicator' },
  target: { zh: '目标', en: 'Target' },
  period: { zh: '时期', en: 'Period' },
  deadline: { zh: '期限', en: 'Deadline' },
  inferred: { zh: '句中未写年份，按文件的规划期限推定', en: 'the sentence states no year: period taken from the document’s horizon' },
  also: { zh: '另见', en: 'also in' },
  count: { zh: '项承诺', en: 'promises' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  empty: { zh: '没有符合条件的承诺。', en: 'No promise matches these filters.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Word = keyof typeof WORDS;

export function w(lang: Lang, key: Word): string {
  return WORDS[key][lang];
}
