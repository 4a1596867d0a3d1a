/**
 * Scales and ticks of the indicator chart: plain functions over numbers, no DOM. Tick steps come
 * from d3-array (the same `nice`/`ticks` d3-scale uses); the two scales themselves are a few lines
 * here, so the chart (and the embed) does not ship d3-scale's interpolators and colour parsing.
 */
import { extent, nice, ticks } from 'd3-array';

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => (k === 0 ? (r0 + r1) / 2 : r0 + (v - d0) * k);
}

/** An SVG path through points: "M x,y L x,y …" (empty for no points). */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
}

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
  const count = yTickCount(bottom - top);
  const [lo, hi] = yDomain(values);
  const [d0, d1] = nice(lo, hi, count);
  const f = linear(d0, d1, bottom, top) as YScale;
  f.domain = [d0, d1];
  f.ticks = ticks(d0, d1, count);
  return f;
}

/** Year → x centre of its column, one column per year, half a column of padding at both ends. */
export function makeXScale(years: readonly number[], left: number, right: number): ((year: number) => number) & { step: number } {
  const step = (right - left) / Math.max(1, years.length);
  const f = ((y: number) => {
    const i = years.indexOf(y);
    return i < 0 ? left : left + step * (i + 0.5);
  }) as ((year: number) => number) & { step: number };
  f.step = step;
  return f;
}

/** Which years get a tick label: all when they fit (~40 px each), else every 2nd, 5th… */
export function yearTicks(years: readonly number[], width: number): number[] {
  const fit = Math.max(1, Math.floor(width / 40));
  const every = [1, 2, 5, 10].find((n) => Math.ceil(years.length / n) <= fit) ?? 10;
  return years.filter((y) => y % every === 0 || every === 1);
}
