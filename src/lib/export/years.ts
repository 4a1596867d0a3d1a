/** Years of a period and the year window of a chart. Pure. */
import type { Observation, Slice } from '../types';

/** "2024" → [2024, 2024]; "2021-2025" → [2021, 2025]; anything else → null. */
export function periodYears(period: string): [number, number] | null {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(period.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= end ? [start, end] : null;
}

/** Whether an observation falls in the window: its period's last year is inside [from, to]. */
export function inYears(observation: Pick<Observation, 'period'>, from: number | null, to: number | null): boolean {
  const years = periodYears(observation.period);
  if (!years) return from === null && to === null;
  const end = years[1];
  return (from === null || end >= from) && (to === null || end <= to);
}

/** The slice restricted to a year window; pairs follow their target. Returns the input when unbounded. */
export function sliceForYears(slice: Slice, from: number | null, to: number | null): Slice {
  if (from === null && to === null) return slice;
  const observations = slice.observations.filter((o) => inYears(o, from, to));
  const kept = new Set(observations.map((o) => o.id));
  const pairs = slice.pairs.filter((p) => kept.has(p.target_id));
  const cited = new Set(observations.map((o) => o.document_id));
  const documents = slice.documents.filter((d) => cited.has(d.id));
  return { ...slice, observations, pairs, documents };
}

/** First and last year the observations cover, or null when none has a readable period. */
export function yearSpan(observations: readonly Pick<Observation, 'period'>[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const o of observations) {
    const years = periodYears(o.period);
    if (!years) continue;
    lo = Math.min(lo, years[0]);
    hi = Math.max(hi, years[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}
