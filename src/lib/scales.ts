/** Scales and ticks of the indicator chart: plain functions over numbers, no DOM. */
import { extent } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';

/**
 * The y domain for a set of values: padded by 10% of the spread (or of the value when all are
 * equal), zero included when the values sit within half the maximum of it (levels, small rates),
 * negative values kept.
 */
export function yDomain(values: readonly number[]): [number, number] {
  const [lo, hi] = extent(values);
  if (lo === undefined || hi === undefined) return [0, 1];
  const spread = hi - lo || Math.abs(hi) || 1;
  let min = lo - spread * 0.1;
  let max = hi + spread * 0.1;
  if (lo >= 0 && lo <= hi * 0.5) min = 0;
  if (hi <= 0 && hi >= lo * 0.5) max = 0;
  return [min, max];
}

/** How many y ticks fit a plot height (one per ~45 px, at least 2). */
export function yTickCount(height: number): number {
  return Math.max(2, Math.floor(height / 45));
}

export interface YScale {
  (v: number): number;
  domain: [number, number];
  ticks: number[];
}

/** A linear y scale, niced to round ticks, mapping the domain to [bottom, top] pixels. */
export function makeYScale(values: readonly number[], bottom: number, top: number): YScale {
  const s = scaleLinear().domain(yDomain(values)).range([bottom, top]);
  const count = yTickCount(bottom - top);
  s.nice(count);
  const f = ((v: number) => s(v)) as YScale;
  f.domain = s.domain() as [number, number];
  f.ticks = s.ticks(count);
  return f;
}

/** Year → x centre of its column, one column per year, half a column of padding at both ends. */
export function makeXScale(years: readonly number[], left: number, right: number): ((year: number) => number) & { step: number } {
  const s = scalePoint<number>().domain([...years]).range([left, right]).padding(0.5);
  const f = ((y: number) => s(y) ?? left) as ((year: number) => number) & { step: number };
  f.step = years.length ? s.step() : right - left;
  return f;
}

/** Which years get a tick label: all when they fit (~40 px each), else every 2nd, 5th… */
export function yearTicks(years: readonly number[], width: number): number[] {
  const fit = Math.max(1, Math.floor(width / 40));
  const every = [1, 2, 5, 10].find((n) => Math.ceil(years.length / n) <= fit) ?? 10;
  return years.filter((y) => y % every === 0 || every === 1);
}
