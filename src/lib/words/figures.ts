/** Interface words: figures wherever they are shown: kinds, measures, statuses and their reasons, notes, table words. Part of the one table (lib/words/index.ts). */
import type { Basis, Kind, PairReason, Status } from '../types';
import type { Words } from './words';

export const indicator: Words = { zh: '指标', en: 'Indicator' };
export const target: Words = { zh: '目标', en: 'Target' };
export const actual: Words = { zh: '实绩', en: 'Actual' };
export const baseline: Words = { zh: '基数', en: 'Baseline' };
export const gap: Words = { zh: '差距', en: 'Gap' };
export const status: Words = { zh: '状态', en: 'Status' };
export const period: Words = { zh: '时期', en: 'Period' };
export const kind: Words = { zh: '类型', en: 'Kind' };
export const value: Words = { zh: '数值', en: 'Value' };
export const basis: Words = { zh: '口径', en: 'Basis' };
export const measure: Words = { zh: '口径', en: 'Measure' };
export const document: Words = { zh: '文件', en: 'Document' };
export const region: Words = { zh: '地区', en: 'Region' };
export const line: Words = { zh: '行', en: 'line' };

/** Kinds of figure. */
export const KIND_WORDS: Record<Kind, Words> = {
  target: { zh: '目标', en: 'target' },
  actual: { zh: '实绩', en: 'actual' },
  baseline: { zh: '基数', en: 'baseline' },
};

/** What a figure measures. */
export const BASIS_WORDS: Record<Basis, Words> = {
  level: { zh: '水平', en: 'level' },
  yoy_growth: { zh: '同比增长', en: 'growth on previous year' },
  annual_avg_growth: { zh: '年均增长', en: 'average annual growth' },
  cumulative: { zh: '五年累计', en: 'five-year cumulative' },
  change_pp: { zh: '提高（百分点）', en: 'change (pp)' },
  multiple: { zh: '倍数', en: 'multiple of an earlier year' },
};
export const estimated: Words = { zh: '预计', en: 'estimated' };
export const estimatedLong: Words = { zh: '预计数（正式统计前的估计）', en: 'estimate (stated before final statistics)' };
export const derived: Words = { zh: '推算', en: 'derived' };
export const derivedLong: Words = { zh: '推算值：由下列数字计算得出，文件中并未直接给出', en: 'derived: computed from the figures below, not stated in the document' };
export const caveat: Words = { zh: '注意', en: 'Caveat' };

/** The statuses in words (the symbols are in lib/status.ts). */
export const STATUS_WORDS: Record<Status, Words> = {
  met: { zh: '达成', en: 'met' },
  within_tolerance: { zh: '未达，在“左右”幅度内', en: 'short, within margin' },
  near: { zh: '小幅未达成', en: 'narrowly missed' },
  missed: { zh: '未达成', en: 'missed' },
  not_comparable: { zh: '口径不可比', en: 'not comparable' },
  pending: { zh: '待评估', en: 'pending' },
  not_assessable: { zh: '无法评估', en: 'not assessable' },
};

/** Why a pair is not judged. */
export const REASON_WORDS: Record<Exclude<PairReason, ''>, Words> = {
  qualitative: { zh: '目标没有数值', en: 'the target states no number' },
  no_review: { zh: '尚无文件回顾这一时期', en: 'no document reviews this period yet' },
  not_stated: { zh: '回顾中没有给出这一指标的数字', en: 'the review states no figure for this measure' },
  different_measure: { zh: '回顾给出的是相关但不同的指标', en: 'the review states a related but different measure' },
  caveat: { zh: '目标与实绩的统计口径不同', en: 'target and actual are not on the same statistical basis' },
  no_reference: { zh: '缺少作为参照的经济增长实绩', en: 'the economic growth it is tied to is not stated' },
};
export const openSource: Words = { zh: '查看原文', en: 'Show source' };
export const search: Words = { zh: '搜索', en: 'Search' };
export const searchPlaceholder: Words = { zh: '指标、原文、年份…', en: 'indicator, quote, year…' };
export const category: Words = { zh: '类别', en: 'Category' };
export const caveatsCount: Words = { zh: '注意事项（{n}）', en: 'Caveats ({n})' };
export const scrollHint: Words = { zh: '表格可左右滑动，查看更多列 ⇆', en: 'Swipe or scroll sideways for more columns ⇆' };
