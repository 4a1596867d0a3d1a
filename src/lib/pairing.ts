/**
 * Pairing: every target with the actual of the same measure, region, period and basis, judged by
 * the rules of attainment.ts. Unpaired targets say why (pending, no review, not stated, a different
 * measure stated instead). Pure; the build writes the result to pairs.csv.
 */
import { IN_STEP, isPercentUnit, judge, judgeInStep, unpairedState, type Judgement, type RuleId } from './attainment.ts';
import type { Caveat, DocumentMeta, Indicator, Observation, Pair } from './types.ts';
import { convertUnit } from './units.ts';

type IndicatorInfo = Pick<Indicator, 'id' | 'direction'> &
  Partial<Pick<Indicator, 'phrasings' | 'counting_words' | 'not_same_as'>>;

const SECTION_RANK: Record<string, number> = {
  review_headline: 0,
  table_1_1: 0,
  table_2_1: 0,
  review_five_year: 1,
  review_body: 2,
};

/** Which of several actuals stands for the outcome: stated before derived, headline first, final before estimate, then id. */
function rankActuals(actuals: readonly Observation[]): Observation[] {
  return [...actuals].sort(
    (a, b) =>
      Number(a.derived) - Number(b.derived) ||
      (SECTION_RANK[a.section] ?? 3) - (SECTION_RANK[b.section] ?? 3) ||
      Number(a.estimated) - Number(b.estimated) ||
      a.id.localeCompare(b.id),
  );
}

/** The catalogue phrasing that names the reference of IN_STEP targets. */
const ECONOMIC_GROWTH = '经济增长';

const ids = (s: string) => s.split(' ').filter(Boolean);

export interface PairingInput {
  observations: readonly Observation[];
  indicators: readonly IndicatorInfo[];
  /** Each document's region and the periods it reviews. */
  documents: readonly Pick<DocumentMeta, 'region' | 'reviews'>[];
  caveats: readonly Pick<Caveat, 'id' | 'breaks_comparison'>[];
}

export function pairTargets({ observations, indicators, documents, caveats }: PairingInput): Pair[] {
  const info = new Map(indicators.map((i) => [i.id, i] as const));
  const breaking = new Set(caveats.filter((c) => c.breaks_comparison).map((c) => c.id));
  const economy = indicators.find((i) => i.phrasings?.includes(ECONOMIC_GROWTH))?.id;
  const reviewed = new Map<string, string[]>();
  for (const d of documents) reviewed.set(d.region, [...(reviewed.get(d.region) ?? []), ...d.reviews]);

  const actuals = new Map<string, Observation[]>();
  const key = (region: string, indicator: string, period: string, basis?: string) => [region, indicator, period, basis ?? '*'].join('|');
  for (const o of observations) {
    if (o.kind !== 'actual' || o.value === null) continue;
    for (const k of [key(o.region, o.indicator_id, o.period, o.basis), key(o.region, o.indicator_id, o.period)]) {
      actuals.set(k, [...(actuals.get(k) ?? []), o]);
    }
  }

  /** The best actual of the measure whose value converts to `unit`, with the converted value. */
  const find = (t: Pick<Observation, 'region' | 'indicator_id' | 'period' | 'basis'>, unit: string) => {
    const words = info.get(t.indicator_id)?.counting_words ?? [];
    for (const a of rankActuals(actuals.get(key(t.region, t.indicator_id, t.period, t.basis)) ?? [])) {
      const value = convertUnit(a.value!, a.unit, unit, words);
      if (value !== null) return { actual: a, value };
    }
    return null;
  };

  const pairs: Pair[] = [];
  for (const t of observations) {
    if (t.kind !== 'target') continue;
    const direction = info.get(t.indicator_id)?.direction ?? 'neutral';
    const reviews = reviewed.get(t.region) ?? [];
    let actual: Observation | null = null;
    let value: number | null = null;
    let j: Judgement;
    let rule: RuleId | null = null;
    let related: Observation | null = null;

    if (t.comparator === 'qualitative' || t.value === null) {
      const own = find(t, '%') ?? (t.unit ? find(t, t.unit) : null);
      actual = own?.actual ?? null;
      value = own?.value ?? null;
      j = { status: 'not_assessable', gap: null, rule: 'qualitative', reason: 'qualitative' };
      if (IN_STEP.test(t.value_text.replace(/\s+/g, '')) && economy && (t.basis === 'yoy_growth' || t.basis === 'annual_avg_growth')) {
        const reference = find({ ...t, indicator_id: economy }, '%');
        if (own && reference) j = judgeInStep(own.value, reference.value);
        else if (own) j = { status: 'not_assessable', gap: null, rule: 'in_step', reason: 'no_reference' };
        else j = unpairedState(t.period, reviews);
      }
    } else {
      const own = find(t, t.unit);
      if (own) {
        actual = own.actual;
        value = own.value;
        j = judge(t, value, direction);
        if (actual.derived) rule = 'derived_growth';
      } else if (t.basis === 'change_pp' && /^\d{4}$/.test(t.period)) {
        // 提高 1.5 个百分点: compare with the change between the stated levels (in %).
        const now = find({ ...t, basis: 'level' }, '%');
        const before = find({ ...t, basis: 'level', period: String(Number(t.period) - 1) }, '%');
        if (now && before) {
          actual = now.actual;
          value = Math.round((now.value - before.value) * 1e6) / 1e6;
          j = judge(t, value, direction);
          rule = 'change_from_levels';
        } else j = unpairedState(t.period, reviews);
      } else j = unpairedState(t.period, reviews);
      if (!actual && j.reason === 'not_stated') {
        related = relatedActual(t, info, actuals, key);
        if (related) j = { status: 'not_assessable', gap: null, rule: 'different_measure', reason: 'different_measure' };
      }
    }

    const caveatIds = [...new Set([...ids(t.caveats), ...ids(actual?.caveats ?? '')])];
    if (actual && value !== null && j.status !== 'not_assessable' && caveatIds.some((c) => breaking.has(c))) {
      j = { ...j, status: 'not_comparable', rule: 'not_comparable', reason: 'caveat' };
    }
    pairs.push({
      id: `pair:${t.id}`,
      region: t.region,
      indicator_id: t.indicator_id,
      period: t.period,
      basis: t.basis,
      target_id: t.id,
      actual_id: actual?.id ?? null,
      comparator: t.comparator,
      target_value: t.value,
      target_value_max: t.value_max,
      actual_value: value,
      unit: t.unit,
      gap: j.gap,
      gap_unit: j.rule === 'in_step' || isPercentUnit(t.unit) ? '百分点' : t.unit,
      status: j.status,
      rule: j.rule === 'not_comparable' ? j.rule : (rule ?? j.rule),
      reason: j.reason,
      related_actual_id: related?.id ?? null,
      derived: actual?.derived ?? false,
      caveats: caveatIds.join(' '),
    });
  }
  return pairs;
}

/**
 * An actual of a measure the catalogue says is easily taken for the target's but is not the same
 * (either side's not_same_as, or a sibling: another measure of the same concept, such as 省级以上 and
 * 省市 innovation platforms), stated for the same region and period: the reason a reviewed target
 * stays unjudged.
 */
function relatedActual(
  t: Observation,
  info: ReadonlyMap<string, IndicatorInfo>,
  actuals: ReadonlyMap<string, Observation[]>,
  key: (region: string, indicator: string, period: string, basis?: string) => string,
): Observation | null {
  const own = info.get(t.indicator_id)?.not_same_as ?? [];
  const near = new Set(own);
  for (const [id, i] of info) {
    if (id === t.indicator_id) continue;
    if (i.not_same_as?.includes(t.indicator_id) || i.not_same_as?.some((x) => own.includes(x))) near.add(id);
  }
  for (const id of [...near].sort()) {
    const list = actuals.get(key(t.region, id, t.period, t.basis)) ?? actuals.get(key(t.region, id, t.period));
    if (list?.length) return rankActuals(list)[0]!;
  }
  return null;
}
