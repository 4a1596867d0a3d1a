/** The few words of the embed's own chrome, in both languages (the chart and lib/i18n bring the rest). */
import type { Lang } from '../lib/types';
import type { NoticeReason } from './params';

const WORDS = {
  loading: { zh: '正在加载图表…', en: 'Loading the chart…' },
  failed: { zh: '图表数据加载失败。', en: 'The chart’s data could not be loaded.' },
  openApp: { zh: '在完整版中查看', en: 'Open in the full tracker' },
  noticeTitle: { zh: '链接参数有误，已改用默认值：', en: 'Some parameters were not used; defaults shown instead:' },
  language: { zh: '语言', en: 'Language' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  allYears: { zh: '全部', en: 'all' },
} as const;

export type Word = keyof typeof WORDS;

export function word(key: Word, lang: Lang): string {
  return WORDS[key][lang];
}

const REASONS: Record<NoticeReason | 'not_found', Record<Lang, string>> = {
  malformed: { zh: '格式不正确', en: 'malformed' },
  unknown_value: { zh: '不支持的值', en: 'unknown value' },
  unknown_param: { zh: '未知参数', en: 'unknown parameter' },
  year_order: { zh: '起始年份晚于结束年份', en: 'first year after last year' },
  not_found: { zh: '没有此指标的数据', en: 'no data for this indicator' },
};

export function reasonText(reason: NoticeReason | 'not_found', lang: Lang): string {
  return REASONS[reason][lang];
}
