/**
 * Attainment: pairs each target with the actual for the same indicator, region, period and
 * basis, and judges it. Pure; used by the build (pairs.csv) and by the app (methodology page).
 */
import type { Basis, Comparator, Direction, Indicator, Kind, Observation, Pair, Status } from './types.ts';

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

/** Every rule the status can come from, in the order the methodology page prints them. */
export const ATTAINMENT_RULES = [
  {
    id: 'tolerance',
    zh: '容差：以 % 表示的指标为 0.5 个百分点；其他指标为目标值的 5%。',
    en: 'Tolerance: 0.5 percentage point for figures in %; 5% of the target for other figures.',
  },
  {
    id: 'eq',
    zh: '明确数值（如“增长 8%”）：实绩不低于目标为完成（越低越好的指标：不高于目标）；差距在容差内为接近；否则为未完成。',
    en: 'Plain figure (e.g. "grow 8%"): met if the actual is at least the target (at most, for lower-is-better indicators); near if short by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'at_least',
    zh: '“以上/不低于”：实绩不低于目标为完成（越低越好的指标：不高于目标）；差距在容差内为接近；否则为未完成。',
    en: '"At least" (以上, 不低于): met if the actual is at least the target (at most, for lower-is-better indicators); near if short by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'at_most',
    zh: '“以内/以下/不超过”：实绩不高于目标为完成；超出在容差内为接近；否则为未完成。',
    en: '"At most" (以内, 以下, 不超过): met if the actual is at most the target; near if above it by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'about',
    zh: '“左右/约”：实绩与目标之差在容差内为完成；向有利方向超出也为完成；向不利方向偏离不超过两倍容差为接近；否则为未完成。',
    en: '"About" (左右, 约): met if within the tolerance of the target, or beyond it in the better direction; near if off in the worse direction by no more than twice the tolerance; otherwise missed.',
  },
  {
    id: 'range',
    zh: '区间（如 6%—7%）：实绩在区间内为完成；向有利方向超出也为完成；距最近端点不超过容差为接近；否则为未完成。',
    en: 'Range (e.g. 6%–7%): met if the actual lies inside, or beyond it in the better direction; near if outside by no more than the tolerance; otherwise missed.',
  },
  {
    id: 'qualitative',
    zh: '定性目标（如“与经济增长同步”）：无数值，不作评判。',
    en: 'Qualitative target (e.g. "in step with economic growth"): no number, not assessed.',
  },
  {
    id: 'in_step',
    zh: '“与经济增长（基本）同步”：用同期、同地区、同口径的生产总值增长实绩作参照；该指标增长实绩不低于参照减容差为完成，不低于参照减两倍容差为接近，否则为未完成；差距为两者之差。任一实绩缺失则无法评判。',
    en: '"In step with economic growth" (与经济增长同步): the GDP growth actual of the same period, region and basis is the reference; met if the indicator\'s growth is at least the reference minus the tolerance, near if at least the reference minus twice the tolerance, otherwise missed; the gap is the difference. Not assessable when either actual is missing.',
  },
  {
    id: 'no_actual',
    zh: '目标期已有文件回顾，但未给出对应实绩：无法评判。',
    en: 'The target period has been reviewed by a document but no matching actual is stated: not assessable.',
  },
  {
    id: 'pending',
    zh: '目标期尚无文件回顾（如 2025 年目标）：待定，而非未完成。',
    en: 'No document reviews the target period yet (e.g. 2025 targets): pending, not missed.',
  },
  {
    id: 'change_from_levels',
    zh: '“提高 X 个百分点”类目标：若未直接给出变化值，用当年与上年实绩水平之差作为实绩，再按目标的表述方式（左右、以上等）判定。',
    en: 'Targets of a change in points ("raise by 1.5 percentage points"): when no change is stated, the actual change is the difference between the stated levels of the year and the year before, then judged by the rule for the target\'s comparator.',
  },
  {
    id: 'pairing',
    zh: '配对：同一指标、地区、时期、口径（水平、同比增长、年均增长、累计、百分点变化）和单位的目标与实绩。',
    en: 'Pairing: a target and an actual of the same indicator, region, period, basis (level, year-on-year growth, average annual growth, cumulative, change in points) and unit.',
  },
] as const satisfies readonly RuleText[];

export type RuleId = (typeof ATTAINMENT_RULES)[number]['id'];

export function ruleText(id: RuleId): RuleText {
  return ATTAINMENT_RULES.find((r) => r.id === id)!;
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
}

/**
 * Judges one actual against one target. `actual` null means no actual is stated;
 * `reviewed` whether any document reviews the target's period.
 */
export function judge(
  target: { comparator: Comparator; value: number | null; value_max: number | null; unit: string },
  actual: number | null,
  direction: Direction,
  reviewed: boolean,
): Judgement {
  const { comparator, value, value_max, unit } = target;
  if (comparator === 'qualitative' || value === null) return { status: 'not_assessable', gap: null, rule: 'qualitative' };
  if (actual === null) return reviewed ? { status: 'not_assessable', gap: null, rule: 'no_actual' } : { status: 'pending', gap: null, rule: 'pending' };
  const tol = toleranceFor(value, unit);
  const lower = direction === 'lower';
  if (comparator === 'range' && value_max !== null) {
    const lo = Math.min(value, value_max);
    const hi = Math.max(value, value_max);
    const gap = actual < lo ? actual - lo : actual > hi ? actual - hi : 0;
    const better = (direction === 'higher' && gap > 0) || (lower && gap < 0);
    const status: Status = gap === 0 || better ? 'met' : Math.abs(gap) <= tol + EPS ? 'near' : 'missed';
    return { status, gap: round(gap), rule: 'range' };
  }
  const gap = round(actual - value);
  if (comparator === 'at_most') {
    return { status: gap <= EPS ? 'met' : gap <= tol + EPS ? 'near' : 'missed', gap, rule: 'at_most' };
  }
  if (comparator === 'about') {
    const worse = direction === 'higher' ? -gap : lower ? gap : Math.abs(gap);
    const status: Status = worse <= tol + EPS ? 'met' : worse <= 2 * tol + EPS ? 'near' : 'missed';
    return { status, gap, rule: 'about' };
  }
  // eq, at_least (and a range without an upper bound): at least the target, or at most for lower-is-better.
  const shortfall = lower ? gap : -gap;
  const status: Status = shortfall <= EPS ? 'met' : shortfall <= tol + EPS ? 'near' : 'missed';
  return { status, gap, rule: comparator === 'eq' ? 'eq' : 'at_least' };
}

/** Judges an IN_STEP target: the indicator's growth against the economy's growth (both actuals, in %). */
export function judgeInStep(growth: number | null, economyGrowth: number | null, reviewed: boolean): Judgement {
  if (growth === null || economyGrowth === null) {
    return reviewed ? { status: 'not_assessable', gap: null, rule: 'in_step' } : { status: 'pending', gap: null, rule: 'pending' };
  }
  const gap = round(growth - economyGrowth);
  const tol = TOLERANCE.percentPoints;
  const status: Status = gap >= -tol - EPS ? 'met' : gap >= -2 * tol - EPS ? 'near' : 'missed';
  return { status, gap, rule: 'in_step' };
}

/** Last year of a period "2024" or "2021-2025". */
export function periodEnd(period: string): number {
  const m = /(\d{4})$/.exec(period);
  return m ? Number(m[1]) : NaN;
}

function periodStart(period: string): number {
  const m = /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : NaN;
}

/** Whether any of the reviewed periods covers the last year of `period`. */
export function isReviewed(period: string, reviewedPeriods: readonly string[]): boolean {
  const end = periodEnd(period);
  return reviewedPeriods.some((p) => periodStart(p) <= end && end <= periodEnd(p));
}

const SECTION_RANK: Record<string, number> = {
  review_headline: 0,
  table_1_1: 0,
  table_2_1: 0,
  review_five_year: 1,
  review_body: 2,
};

/** Qualitative targets that tie an indicator's growth to economic growth: 与经济增长同步, 与经济同步增长, 与经济增长基本同步. */
export const IN_STEP = /与经济(?:增长)?(?:基本)?同步/;

/** The catalogue phrasing that names the reference of IN_STEP targets. */
const ECONOMIC_GROWTH = '经济增长';

type PairKey = Pick<Observation, 'region' | 'indicator_id' | 'period' | 'basis' | 'unit'>;
const keyOf = (o: PairKey) => [o.region, o.indicator_id, o.period, o.basis, o.unit].join('|');

/** Which of several actuals for one key stands for the outcome: headline review first, then the latest document. */
function bestActual(actuals: Observation[]): Observation {
  return [...actuals].sort(
    (a, b) =>
      (SECTION_RANK[a.section] ?? 3) - (SECTION_RANK[b.section] ?? 3) ||
      Number(a.estimated) - Number(b.estimated) ||
      a.id.localeCompare(b.id),
  )[0]!;
}

/**
 * Pairs every target with the actual of the same indicator, region, period, basis and unit.
 * `reviewedPeriods`: every period some document reviews (DocumentMeta.reviews, all documents).
 */
export function pairTargets(
  observations: readonly Observation[],
  indicators: readonly (Pick<Indicator, 'id' | 'direction'> & Partial<Pick<Indicator, 'phrasings'>>)[],
  reviewedPeriods: readonly string[],
): Pair[] {
  const direction = new Map(indicators.map((i) => [i.id, i.direction] as const));
  const economy = indicators.find((i) => i.phrasings?.includes(ECONOMIC_GROWTH))?.id;
  const actuals = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.kind !== ('actual' satisfies Kind) || o.value === null) continue;
    const k = keyOf(o);
    actuals.set(k, [...(actuals.get(k) ?? []), o]);
  }
  const pairs: Pair[] = [];
  for (const t of observations) {
    if (t.kind !== 'target') continue;
    const candidates = actuals.get(keyOf(t));
    let actual = candidates ? bestActual(candidates) : null;
    let actualValue = actual?.value ?? null;
    let derived = false;
    if (!actual && t.basis === 'change_pp' && /^\d{4}$/.test(t.period)) {
      // 提高 1.5 个百分点: compare with the change between the stated levels (in %).
      const level = (period: string) => {
        const list = actuals.get(keyOf({ ...t, period, basis: 'level', unit: '%' }));
        return list ? bestActual(list) : null;
      };
      const now = level(t.period);
      const before = level(String(Number(t.period) - 1));
      if (now?.value != null && before?.value != null) {
        actual = now;
        actualValue = Math.round((now.value - before.value) * 1e6) / 1e6;
        derived = true;
      }
    }
    const reviewed = isReviewed(t.period, reviewedPeriods);
    let j = judge(t, actualValue, direction.get(t.indicator_id) ?? 'neutral', reviewed);
    if (t.comparator === 'qualitative' && economy && (t.basis === 'yoy_growth' || t.basis === 'annual_avg_growth') && IN_STEP.test(t.value_text.replace(/\s+/g, ''))) {
      const growth = (indicator_id: string) => {
        const list = actuals.get(keyOf({ ...t, indicator_id, unit: '%' }));
        return list ? bestActual(list) : null;
      };
      const own = growth(t.indicator_id);
      const reference = growth(economy);
      actual = own;
      actualValue = own?.value ?? null;
      j = judgeInStep(actualValue, reference?.value ?? null, reviewed);
    }
    pairs.push({
      id: `pair:${t.id}`,
      region: t.region,
      indicator_id: t.indicator_id,
      period: t.period,
      basis: t.basis satisfies Basis,
      target_id: t.id,
      actual_id: actual?.id ?? null,
      comparator: t.comparator,
      target_value: t.value,
      target_value_max: t.value_max,
      actual_value: actualValue,
      unit: t.unit,
      gap: j.gap,
      gap_unit: j.rule === 'in_step' || isPercentUnit(t.unit) ? '百分点' : t.unit,
      status: j.status,
      rule: derived && j.rule !== 'qualitative' ? 'change_from_levels' : j.rule,
      reason: j.status === 'not_assessable' ? (j.rule === 'qualitative' ? 'qualitative' : 'not_stated') : '',
      related_actual_id: null,
      derived: false,
      caveats: '',
    });
  }
  return pairs;
}
