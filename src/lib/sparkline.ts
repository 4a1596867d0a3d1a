/** Geometry of the scorecard's trend lines. */
import { extent } from 'd3-array';
import { linear, linePath, makeXScale } from './scales';
import type { ActualPoint } from './series';

const r = (n: number) => Math.round(n * 10) / 10;

/** Fewer points than this make no line worth drawing: the cells beside it already give the values. */
export const SPARKLINE_MIN_POINTS = 3;

/**
 * The years a trend line spans, when it is worth drawing (at least SPARKLINE_MIN_POINTS points
 * among `years`): its label; null when it is not drawn.
 */
export function sparklineSpan(points: readonly ActualPoint[], years: readonly number[]): { first: number; last: number } | null {
  const inYears = points.filter((p) => years.includes(p.year)).map((p) => p.year);
  if (new Set(inYears).size < SPARKLINE_MIN_POINTS) return null;
  return { first: Math.min(...inYears), last: Math.max(...inYears) };
}

/** Path and dots for actual points over fixed years in a width × height box (3 px inset). */
export function sparkline(points: readonly ActualPoint[], years: readonly number[], width: number, height: number) {
  const inYears = points.filter((p) => years.includes(p.year));
  const x = makeXScale(years, 0, width);
  const [lo = 0, hi = 1] = extent(inYears, (p) => p.value);
  const y = lo === hi ? linear(lo - 1, hi + 1, height - 3, 3) : linear(lo, hi, height - 3, 3);
  const dots = inYears.map((p) => ({ x: r(x(p.year)), y: r(y(p.value)), estimated: p.estimated }));
  return { d: linePath(dots), dots };
}
