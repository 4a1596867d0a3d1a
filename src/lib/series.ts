/**
 * Series assembly: from one slice (an indicator in a region) to what one chart shows — one measure
 * (basis + unit), one actual per year, every distinct target of a year (the preferred one first), and
 * the gaps of the pairs.
 */
import type { Basis, Comparator, Observation, Pair, Slice, Status } from './types';

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

export interface GapMark {
  year: number;
  gap: number;
  gapUnit: string;
  status: Status;
  /** Where the label sits: the actual value. */
  value: number;
  pair: Pair;
}

export interface Series {
  measure: Measure;
  actuals: ActualPoint[];
  targets: TargetMark[];
  gaps: GapMark[];
  /** Every year from the first to the last with a mark. */
  years: number[];
}

export function measureKey(o: Pick<Observation, 'basis' | 'unit'>): string {
  return `${o.basis}:${o.unit}`;
}

/** The year a period is drawn at: "2024" → 2024, "2021-2025" → 2025; null if none. */
export function periodYear(period: string): number | null {
  const m = /(\d{4})\s*$/.exec(period);
  return m ? Number(m[1]) : null;
}

const numeric = (o: Observation) => o.comparator !== 'qualitative' && o.value !== null;

/**
 * The measures a slice can draw, the default first: most targets, then most observations,
 * then key order (deterministic).
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
  return [...stats.values()]
    .sort((a, b) => b.targets - a.targets || b.all - a.all || a.m.key.localeCompare(b.m.key))
    .map((s) => s.m);
}

const SECTION_RANK: Record<string, number> = { headline_targets: 0, task_notice: 1, review_headline: 0, table_1_1: 0, table_2_1: 0 };

/** Prefer headline passages, then final over estimated figures, then document order of ids. */
function better(a: Observation, b: Observation): Observation {
  const ra = SECTION_RANK[a.section] ?? 5;
  const rb = SECTION_RANK[b.section] ?? 5;
  if (ra !== rb) return ra < rb ? a : b;
  if (a.estimated !== b.estimated) return a.estimated ? b : a;
  return a.id <= b.id ? a : b;
}

function onePerYear(obs: Observation[]): Map<number, Observation> {
  const byYear = new Map<number, Observation>();
  for (const o of obs) {
    const y = periodYear(o.period);
    if (y === null) continue;
    const prev = byYear.get(y);
    byYear.set(y, prev ? better(prev, o) : o);
  }
  return byYear;
}

/** What makes two targets of a year the same mark: comparator and value(s), or the wording. */
function targetKey(o: Observation): string {
  return numeric(o) ? `${o.comparator}:${o.value}:${o.value_max}` : `q:${o.value_text}`;
}

/**
 * Every distinct target of each year, the preferred one first (then by preference among the rest);
 * identical repeats (same comparator and value, from another document) collapse into one.
 */
function distinctPerYear(obs: Observation[]): Map<number, Observation[]> {
  const byYear = new Map<number, Map<string, Observation>>();
  for (const o of obs) {
    const y = periodYear(o.period);
    if (y === null) continue;
    const marks = byYear.get(y) ?? new Map<string, Observation>();
    const k = targetKey(o);
    const prev = marks.get(k);
    marks.set(k, prev ? better(prev, o) : o);
    byYear.set(y, marks);
  }
  const out = new Map<number, Observation[]>();
  for (const [y, marks] of byYear) {
    out.set(y, [...marks.values()].sort((a, b) => (better(a, b) === a ? -1 : 1)));
  }
  return out;
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
  const actualObs = onePerYear(inMeasure.filter((o) => o.kind !== 'target'));
  const qualitative = slice.observations.filter(
    (o) => o.kind === 'target' && !numeric(o) && (o.basis === measure.basis || isDefault),
  );
  const targetObs = distinctPerYear([...inMeasure.filter((o) => o.kind === 'target'), ...qualitative]);
  const pairByTarget = new Map(slice.pairs.map((p) => [p.target_id, p]));

  const actuals: ActualPoint[] = [...actualObs.entries()]
    .map(([year, o]) => ({ year, value: o.value as number, estimated: o.estimated, obs: o }))
    .sort((a, b) => a.year - b.year);
  const targets: TargetMark[] = [...targetObs.entries()]
    .flatMap(([year, list]) => list.map((o, rank) => ({ year, rank, ofYear: list.length, o })))
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
  // One gap label per year: that of the preferred target (the others' status is in their labels).
  const gaps: GapMark[] = [];
  for (const t of targets) {
    const p = t.pair;
    if (t.rank > 0) continue;
    const a = actuals.find((x) => x.year === t.year);
    if (p && p.gap !== null && a) gaps.push({ year: t.year, gap: p.gap, gapUnit: p.gap_unit, status: p.status, value: a.value, pair: p });
  }
  const ys = [...actuals.map((a) => a.year), ...targets.map((t) => t.year)];
  const years: number[] = [];
  if (ys.length) for (let y = Math.min(...ys); y <= Math.max(...ys); y++) years.push(y);
  return { measure, actuals, targets, gaps, years };
}

/** Every number the y axis must show. */
export function seriesValues(s: Series): number[] {
  const v: number[] = s.actuals.map((a) => a.value);
  for (const t of s.targets) {
    if (t.value !== null) v.push(t.value);
    if (t.valueMax !== null) v.push(t.valueMax);
  }
  return v;
}
