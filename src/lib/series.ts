/**
 * Series assembly: from one slice (an indicator in a region) to what one chart shows — one measure
 * (basis + unit); one actual per year; every distinct target of a year (the preferred one first);
 * figures stated over a span of years (保持在…以上 over 2018–2022, 年均, 累计) as spans, never as a
 * point in their last year; and the judged pairs, each tied to the marks it compares.
 */
import { periodYears } from './export/years';
import type { Basis, Comparator, Kind, Observation, Pair, Slice, Status } from './types';
import { byCode } from './order';

export interface Measure {
  /** "basis:unit", e.g. "yoy_growth:%". */
  key: string;
  basis: Basis;
  unit: string;
}

export interface ActualPoint {
  year: number;
  value: number;
  estimated: boolean;
  /** Computed from other rows (obs.derived_from), not stated. */
  derived: boolean;
  obs: Observation;
}

export interface TargetMark {
  year: number;
  /** Place among the distinct targets of its year (0: the preferred one) and how many there are. */
  rank: number;
  ofYear: number;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  obs: Observation;
  pair: Pair | null;
}

/** A figure stated for a span of years: an actual, baseline or target over start–end. */
export interface SpanMark {
  start: number;
  end: number;
  kind: Kind;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  estimated: boolean;
  derived: boolean;
  obs: Observation;
  /** For a target: its pair. */
  pair: Pair | null;
}

/** A judged pair whose both sides are drawn: the gap runs from the target to the actual. */
export interface GapMark {
  /** The year it is drawn at: the target's year, or a span's last year. */
  year: number;
  gap: number;
  gapUnit: string;
  status: Status;
  /** The actual value (where the gap label sits). */
  value: number;
  pair: Pair;
  target: TargetMark | SpanMark;
  actual: ActualPoint | SpanMark;
}

export interface Series {
  measure: Measure;
  actuals: ActualPoint[];
  targets: TargetMark[];
  spans: SpanMark[];
  gaps: GapMark[];
  /** Every year from the first to the last with a mark (spans included). */
  years: number[];
}

export function measureKey(o: Pick<Observation, 'basis' | 'unit'>): string {
  return `${o.basis}:${o.unit}`;
}

/** The year a period ends: "2024" → 2024, "2021-2025" → 2025; null if none. */
export function periodYear(period: string): number | null {
  const m = /(\d{4})\s*$/.exec(period);
  return m ? Number(m[1]) : null;
}

/** Whether a period is a span of several years ("2018-2022"). */
export function isSpan(period: string): boolean {
  const y = periodYears(period);
  return !!y && y[0] < y[1];
}

const numeric = (o: Observation) => o.comparator !== 'qualitative' && o.value !== null;

/**
 * The measures a slice can draw, the default first: most targets (a target in words counts for
 * the measures of its basis: 与经济增长同步 for growth), then most observations, then key order
 * (deterministic).
 */
export function measuresOf(slice: Pick<Slice, 'observations'>): Measure[] {
  const stats = new Map<string, { m: Measure; targets: number; all: number }>();
  for (const o of slice.observations) {
    if (!numeric(o) || periodYear(o.period) === null) continue;
    const key = measureKey(o);
    const s = stats.get(key) ?? { m: { key, basis: o.basis, unit: o.unit }, targets: 0, all: 0 };
    s.all += 1;
    if (o.kind === 'target') s.targets += 1;
    stats.set(key, s);
  }
  for (const o of slice.observations) {
    if (o.kind !== 'target' || numeric(o)) continue;
    for (const s of stats.values()) if (s.m.basis === o.basis) s.targets += 1;
  }
  return [...stats.values()]
    .sort((a, b) => b.targets - a.targets || b.all - a.all || byCode(a.m.key, b.m.key))
    .map((s) => s.m);
}

const SECTION_RANK: Record<string, number> = { headline_targets: 0, task_notice: 1, review_headline: 0, table_1_1: 0, table_2_1: 0 };

/** Prefer stated over derived figures, then headline passages, then final over estimated, then id order. */
function better(a: Observation, b: Observation): Observation {
  if (a.derived !== b.derived) return a.derived ? b : a;
  const ra = SECTION_RANK[a.section] ?? 5;
  const rb = SECTION_RANK[b.section] ?? 5;
  if (ra !== rb) return ra < rb ? a : b;
  if (a.estimated !== b.estimated) return a.estimated ? b : a;
  return a.id <= b.id ? a : b;
}

/** What makes two targets of a period the same mark: comparator and value(s), or the wording. */
function sameKey(o: Observation): string {
  return numeric(o) ? `${o.comparator}:${o.value}:${o.value_max}` : `q:${o.value_text}`;
}

/** Distinct observations per group, the preferred one first; identical repeats collapse into one. */
function distinctBy(obs: Observation[], group: (o: Observation) => string | null): Map<string, Observation[]> {
  const groups = new Map<string, Map<string, Observation>>();
  for (const o of obs) {
    const g = group(o);
    if (g === null) continue;
    const marks = groups.get(g) ?? new Map<string, Observation>();
    const k = sameKey(o);
    const prev = marks.get(k);
    marks.set(k, prev ? better(prev, o) : o);
    groups.set(g, marks);
  }
  const out = new Map<string, Observation[]>();
  for (const [g, marks] of groups) out.set(g, [...marks.values()].sort((a, b) => (better(a, b) === a ? -1 : 1)));
  return out;
}

const yearOf = (o: Observation) => (isSpan(o.period) ? null : periodYear(o.period));

/** Spans of one kind group (targets; actuals and baselines), one mark per distinct figure. */
function spansOf(obs: Observation[], pairByTarget: Map<string, Pair>): SpanMark[] {
  const spans = obs.filter((o) => isSpan(o.period));
  const groups = distinctBy(spans, (o) => `${o.kind === 'target' ? 'target' : 'actual'}|${o.period}`);
  return [...groups.values()].flat().map((o) => {
    const [start, end] = periodYears(o.period)!;
    return {
      start,
      end,
      kind: o.kind,
      comparator: o.value === null ? 'qualitative' : o.comparator,
      value: o.value,
      valueMax: o.value_max,
      estimated: o.estimated,
      derived: o.derived,
      obs: o,
      pair: o.kind === 'target' ? (pairByTarget.get(o.id) ?? null) : null,
    };
  });
}

/**
 * Assemble the series of one measure (default: the first of `measuresOf`). Qualitative targets of
 * the same basis (or any basis when the measure is the default) join as annotations.
 */
export function assembleSeries(slice: Pick<Slice, 'observations' | 'pairs'>, key = ''): Series {
  const all = measuresOf(slice);
  const measure = all.find((m) => m.key === key) ?? all[0] ?? { key: '', basis: 'level', unit: '' };
  const isDefault = measure.key === all[0]?.key;
  const inMeasure = slice.observations.filter((o) => numeric(o) && measureKey(o) === measure.key);
  const qualitative = slice.observations.filter(
    (o) => o.kind === 'target' && !numeric(o) && (o.basis === measure.basis || isDefault),
  );
  const pairByTarget = new Map(slice.pairs.map((p) => [p.target_id, p]));

  const actualObs = distinctBy(
    inMeasure.filter((o) => o.kind !== 'target'),
    (o) => (yearOf(o) === null ? null : String(yearOf(o))),
  );
  const actuals: ActualPoint[] = [...actualObs.values()]
    .map((list) => list[0]!)
    .map((o) => ({ year: yearOf(o)!, value: o.value as number, estimated: o.estimated, derived: o.derived, obs: o }))
    .sort((a, b) => a.year - b.year);

  const targetObs = distinctBy(
    [...inMeasure.filter((o) => o.kind === 'target'), ...qualitative],
    (o) => (yearOf(o) === null ? null : String(yearOf(o))),
  );
  // Numbered targets first (they share the year's column); wordings go in the band above the plot.
  const targets: TargetMark[] = [...targetObs.values()]
    .map((list) => [...list.filter(numeric), ...list.filter((o) => !numeric(o))])
    .flatMap((list) => list.map((o, rank) => ({ year: yearOf(o)!, rank, ofYear: list.length, o })))
    .map(({ year, rank, ofYear, o }) => ({
      year,
      rank,
      ofYear,
      comparator: o.value === null ? ('qualitative' as const) : o.comparator,
      value: o.value,
      valueMax: o.value_max,
      obs: o,
      pair: pairByTarget.get(o.id) ?? null,
    }))
    .sort((a, b) => a.year - b.year || a.rank - b.rank);

  const spans = spansOf([...inMeasure, ...qualitative], pairByTarget).sort(
    (a, b) => a.start - b.start || a.end - b.end || byCode(a.obs.id, b.obs.id),
  );

  const gaps = gapsOf(actuals, targets, spans);
  const ys = [...actuals.map((a) => a.year), ...targets.map((t) => t.year), ...spans.flatMap((s) => [s.start, s.end])];
  const years: number[] = [];
  if (ys.length) for (let y = Math.min(...ys); y <= Math.max(...ys); y++) years.push(y);
  return { measure, actuals, targets, spans, gaps, years };
}

/**
 * One gap per judged target whose actual is drawn: for a year, only the preferred target's (the
 * others' status is in their labels); for a span, against the actual span of the same period.
 */
function gapsOf(actuals: ActualPoint[], targets: TargetMark[], spans: SpanMark[]): GapMark[] {
  const gaps: GapMark[] = [];
  for (const t of targets) {
    const p = t.pair;
    if (t.rank > 0 || !p || p.gap === null) continue;
    const a = actuals.find((x) => x.obs.id === p.actual_id) ?? actuals.find((x) => x.year === t.year);
    if (a) gaps.push({ year: t.year, gap: p.gap, gapUnit: p.gap_unit, status: p.status, value: a.value, pair: p, target: t, actual: a });
  }
  for (const s of spans) {
    const p = s.pair;
    if (s.kind !== 'target' || !p || p.gap === null) continue;
    const a =
      spans.find((x) => x.kind !== 'target' && x.obs.id === p.actual_id) ??
      spans.find((x) => x.kind !== 'target' && x.obs.period === s.obs.period && x.value !== null);
    if (a && a.value !== null) gaps.push({ year: s.end, gap: p.gap, gapUnit: p.gap_unit, status: p.status, value: a.value, pair: p, target: s, actual: a });
  }
  return gaps.sort((a, b) => a.year - b.year);
}

/** Every number the y axis must show. */
export function seriesValues(s: Series): number[] {
  const v: number[] = s.actuals.map((a) => a.value);
  for (const t of [...s.targets, ...s.spans]) {
    if (t.value !== null && t.comparator !== 'qualitative') v.push(t.value);
    if (t.valueMax !== null) v.push(t.valueMax);
  }
  return v;
}
