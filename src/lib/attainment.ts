/**
 * Attainment rules: how one target is judged against one actual. Pure; the build pairs targets
 * with actuals (src/lib/pairing.ts) and cites a rule id on every pair; the app prints the rules
 * (methodology page) and looks a pair's rule up by its id.
 */
import type { Comparator, Direction, PairReason, Status } from './types.ts';

/** A rule in words, for the methodology page and for each pair's `rule` column. */
export interface RuleText {
  id: string;
  zh: string;
  en: string;
}

/** Tolerance used for "near" and for "about" targets. */
export const TOLERANCE = {
  /** Absolute tolerance, in percentage points, for figures stated in % or 百分点. */
  percentPoints: 0.5,
  /** Relative tolerance for levels (亿元, 万人, 亿斤 …), as a share of the target. */
  levelShare: 0.05,
} as const;

/** Every rule a status can come from, in the order the methodology page prints them. Ids are stable. */
export const ATTAINMENT_RULES = [
  {
    id: 'tolerance',
    zh: '容差：以 % 表示的指标为 0.5 个百分点；其他指标为目标值的 5%。',
    en: 'Tolerance: 0.5 percentage point for figures in %; 5% of the target for other figures.',
  },
  {
    id: 'pairing',
    zh: '配对：目标只与同一指标（同一口径：范围、新增或总量、计算基础）、同一地区、同一时期、同一计算方式（水平、同比增长、年均增长、累计、百分点变化）的实绩配对。比较前换算数量级（万、亿）；指标目录声明可互换的计数单位（如“家”“户”“个”）视为同一单位。',
    en: 'Pairing: a target pairs only with the actual of the same indicator (one measure: same scope, flow or stock, basis), region, period and kind of figure (level, growth on the year before, average annual growth, cumulative, change in points). Magnitudes (万, 亿) are converted; counting words the catalogue declares equivalent for an indicator (家, 户, 个) count the same entities.',
  },
  {
    id: 'eq',
    zh: '明确数值（如“增长 8%”）：实绩不低于目标为达成（越低越好的指标：不高于目标）；差距不超过容差为略低于目标；否则为未达成。',
    en: 'Plain figure (e.g. "grow 8%"): met if the actual is at least the target (at most, for lower-is-better indicators); narrowly missed if short by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'at_least',
    zh: '“以上/不低于”：实绩不低于目标为达成（越低越好的指标：不高于目标）；差距不超过容差为略低于目标；否则为未达成。',
    en: '"At least" (以上, 不低于): met if the actual is at least the target (at most, for lower-is-better indicators); narrowly missed if short by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'at_most',
    zh: '“以内/以下/不超过”：实绩不高于目标为达成；超出不超过容差为略低于目标；否则为未达成。',
    en: '"At most" (以内, 以下, 不超过): met if the actual is at most the target; narrowly missed if above it by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'about',
    zh: '“左右/约”：实绩达到目标或向有利方向超出为达成；向不利方向偏离不超过容差为“在‘左右’容差内”（措辞允许，但仍是差距，不算达成）；不超过两倍容差为略低于目标；否则为未达成。没有有利方向的指标，任何偏离都算不利。',
    en: '"About" (左右, 约): met if the actual reaches the target or beats it in the better direction; within the "about" margin if short by no more than the tolerance (the wording allows it, but it is a shortfall, not "met"); narrowly missed if short by no more than twice the tolerance; otherwise missed. For an indicator with no better direction, any distance counts as short.',
  },
  {
    id: 'range',
    zh: '区间（如 6%—7%）：实绩在区间内或向有利方向超出为达成；距最近端点不超过容差为略低于目标；否则为未达成。',
    en: 'Range (e.g. 6%–7%): met if the actual lies inside, or beyond it in the better direction; narrowly missed if outside by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'change_from_levels',
    zh: '“提高 X 个百分点”类目标：若未直接给出变化值，用当年与上年实绩水平之差作为实绩，再按目标的表述方式（左右、以上等）判定。',
    en: 'Targets of a change in points ("raise by 1.5 percentage points"): when no change is stated, the actual change is the difference between the stated levels of the year and the year before, then judged by the rule for the target\'s comparator.',
  },
  {
    id: 'in_step',
    zh: '“与经济增长（基本）同步”：用同期、同地区的生产总值增长实绩作参照；该指标增长实绩不低于参照为达成，低于参照但不超过容差为“未达，在幅度内”，不超过两倍容差为略低于目标，否则为未达成；差距为两者之差。参照未给出则无法评判。注意：报告中的收入增速通常为名义增速，生产总值增速为实际增速，未写明“实际”时比较会高估收入增速约一个物价涨幅。',
    en: '"In step with economic growth" (与经济增长同步): the GDP growth actual of the same period and region is the reference; met if the indicator\'s growth is at least the reference; short, within margin if below it by no more than the tolerance; narrowly missed if by no more than twice the tolerance; otherwise missed; the gap is the difference. Not assessable when the reference is not stated. Note: reports usually state income growth in nominal terms and GDP growth in real terms; where the report does not say 实际 (real), the comparison favours income by about the inflation rate.',
  },
  {
    id: 'derived_growth',
    zh: '推算增速：官方增速为名义增速的指标（进出口、社会消费品零售总额、一般公共预算收入等），若未给出增速但给出了当年和上年的总量，则按（当年总量 − 上年总量）÷ 上年总量推算，保留一位小数，标明“推算”并引用两处原文，再按目标的表述方式判定。实际增速（按可比价计算的生产总值、规上工业增加值）从不由总量推算。',
    en: 'Derived growth: for indicators whose official growth is nominal (trade, retail sales, budget revenue …), when no growth is stated but the levels of the year and the year before are, the growth is derived as (level − previous level) ÷ previous level, rounded to 0.1%, marked "derived" and citing both statements, then judged by the rule for the target\'s comparator. Real growth (GDP, industrial value added at comparable prices) is never derived from levels.',
  },
  {
    id: 'not_comparable',
    zh: '口径不可比：原文说明目标与实绩的统计口径不同（统计范围调整、基数调整等）时，判为“口径不可比”并显示说明，不判达成或未达成。',
    en: 'Not comparable: when the source says the target and the actual are not on the same statistical basis (a change of scope, a revised base …), the pair is "not comparable" and shows the caveat; it is never called met or missed.',
  },
  {
    id: 'qualitative',
    zh: '定性目标（如“稳中提质”）：无数值，不作评判。',
    en: 'Qualitative target (e.g. "stable with better quality"): no number, not assessed.',
  },
  {
    id: 'not_stated',
    zh: '目标期已有文件回顾，但回顾中没有同一口径的数字：无法评判。',
    en: 'The target period has been reviewed, but the review states no figure of the same measure: not assessable.',
  },
  {
    id: 'different_measure',
    zh: '回顾中只有相关但不同口径的数字（如示范区与全部、总量与新增、营造林与造林）：无法评判，相关数字仅供参考。',
    en: 'The review states only a related but different measure (demonstration zones against all, a total against new additions, afforestation plus forest management against afforestation): not assessable; the related figure is shown for reference.',
  },
  {
    id: 'no_review',
    zh: '没有文件回顾目标所在时期（对多年时期的回顾只回顾该时期及其最后一年，不回顾其间每一年）：无法评判。',
    en: 'No document reviews the target\'s period (a review of a span reviews the span and its last year, not each year in it): not assessable.',
  },
  {
    id: 'pending',
    zh: '目标期晚于该地区已被回顾的最近时期（如 2025 年目标）：待评估，而非未达成。',
    en: 'The target\'s period is later than the latest period reviewed for the region (e.g. 2025 targets): pending, not missed.',
  },
] as const satisfies readonly RuleText[];

export type RuleId = (typeof ATTAINMENT_RULES)[number]['id'];

export function ruleText(id: string): RuleText | undefined {
  return ATTAINMENT_RULES.find((r) => r.id === id);
}

/** Whether a unit is a rate in percent, judged in percentage points. */
export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '百分点';
}

export function toleranceFor(target: number, unit: string): number {
  return isPercentUnit(unit) ? TOLERANCE.percentPoints : Math.abs(target) * TOLERANCE.levelShare;
}

const EPS = 1e-9;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export interface Judgement {
  status: Status;
  /** actual − target; for a range the distance to the nearest bound (0 inside). */
  gap: number | null;
  rule: RuleId;
  reason: PairReason;
}

/** A shortfall (≥ 0) judged against a firm target: met, narrowly missed, or missed. */
function firm(shortfall: number, tol: number): Status {
  return shortfall <= EPS ? 'met' : shortfall <= tol + EPS ? 'near' : 'missed';
}

/**
 * Judges one stated (or derived) actual against one target. Unassessed cases (no number, no actual)
 * are decided by the caller (pairing), which knows why.
 */
export function judge(
  target: { comparator: Comparator; value: number | null; value_max: number | null; unit: string },
  actual: number,
  direction: Direction,
): Judgement {
  const { comparator, value, value_max, unit } = target;
  if (comparator === 'qualitative' || value === null) return { status: 'not_assessable', gap: null, rule: 'qualitative', reason: 'qualitative' };
  const tol = toleranceFor(value, unit);
  const lower = direction === 'lower';
  if (comparator === 'range' && value_max !== null) {
    const lo = Math.min(value, value_max);
    const hi = Math.max(value, value_max);
    const gap = actual < lo ? actual - lo : actual > hi ? actual - hi : 0;
    const better = (direction === 'higher' && gap > 0) || (lower && gap < 0);
    return { status: better ? 'met' : firm(Math.abs(gap), tol), gap: round(gap), rule: 'range', reason: '' };
  }
  const gap = round(actual - value);
  if (comparator === 'at_most') return { status: firm(gap, tol), gap, rule: 'at_most', reason: '' };
  // How far the actual falls short, in the worse direction (both directions for neutral indicators).
  const shortfall = direction === 'higher' ? -gap : lower ? gap : Math.abs(gap);
  if (comparator === 'about') {
    const status: Status =
      shortfall <= EPS ? 'met' : shortfall <= tol + EPS ? 'within_tolerance' : shortfall <= 2 * tol + EPS ? 'near' : 'missed';
    return { status, gap, rule: 'about', reason: '' };
  }
  // eq, at_least (and a range without an upper bound): at least the target, or at most for lower-is-better.
  return { status: firm(direction === 'neutral' ? -gap : shortfall, tol), gap, rule: comparator === 'eq' ? 'eq' : 'at_least', reason: '' };
}

/** Judges an "in step" target: the indicator's growth against the economy's growth (both actuals, in %). */
export function judgeInStep(growth: number, economyGrowth: number): Judgement {
  const gap = round(growth - economyGrowth);
  const tol = TOLERANCE.percentPoints;
  // As for "about": a shortfall within the tolerance is allowed by "基本" but is not "met".
  const status: Status = gap >= -EPS ? 'met' : gap >= -tol - EPS ? 'within_tolerance' : gap >= -2 * tol - EPS ? 'near' : 'missed';
  return { status, gap, rule: 'in_step', reason: '' };
}

/** First and last year of a period "2024" or "2021-2025". */
export function periodStart(period: string): number {
  const m = /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : NaN;
}

export function periodEnd(period: string): number {
  const m = /(\d{4})$/.exec(period);
  return m ? Number(m[1]) : NaN;
}

/**
 * Whether a document reviews `period`: a review of the same period, or of a span whose last year
 * is the period (a five-year review states the levels reached in its last year). A span review
 * does not review the years inside it: 2018-2022 reviews 2018-2022 and 2022, not 2021.
 */
export function isReviewed(period: string, reviewedPeriods: readonly string[]): boolean {
  const single = /^\d{4}$/.test(period);
  return reviewedPeriods.some((p) => p === period || (single && periodEnd(p) === Number(period) && p.includes('-')));
}

/**
 * How an unpaired target stands: pending when its period ends after the latest year reviewed for
 * its region, otherwise not assessable (no document reviews it, or the review states nothing).
 */
export function unpairedState(period: string, reviewedPeriods: readonly string[]): Judgement {
  const latest = Math.max(-Infinity, ...reviewedPeriods.map(periodEnd));
  if (periodEnd(period) > latest) return { status: 'pending', gap: null, rule: 'pending', reason: '' };
  if (!isReviewed(period, reviewedPeriods)) return { status: 'not_assessable', gap: null, rule: 'no_review', reason: 'no_review' };
  return { status: 'not_assessable', gap: null, rule: 'not_stated', reason: 'not_stated' };
}

/** Qualitative targets that tie an indicator's growth to economic growth: 与经济增长同步, 与经济同步增长, 与经济增长基本同步. */
export const IN_STEP = /与经济(?:增长)?(?:基本)?(?:保持)?同步/;
