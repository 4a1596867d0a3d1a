/** Geometry of the scorecard's trend lines. */
import { extent } from 'd3-array';
import { linear, linePath, makeXScale } from './scales';
import type { ActualPoint } from './series';

const r = (n: number) => Math.round(n * 10) / 10;

/** Path and dots for actual points over fixed years in a width × height box (3 px inset). */
export function sparkline(points: readonly ActualPoint[], years: readonly number[], width: number, height: number) {
  const inYears = points.filter((p) => years.includes(p.year));
  const x = makeXScale(years, 0, width);
  const [lo = 0, hi = 1] = extent(inYears, (p) => p.value);
  const y = lo === hi ? linear(lo - 1, hi + 1, height - 3, 3) : linear(lo, hi, height - 3, 3);
  const dots = inYears.map((p) => ({ x: r(x(p.year)), y: r(y(p.value)), estimated: p.estimated }));
  return { d: linePath(dots), dots };
}
