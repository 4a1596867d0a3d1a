/** Geometry of the scorecard's trend lines. */
import { line } from 'd3-shape';
import { makeXScale } from './scales';
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import type { ActualPoint } from './series';

const r = (n: number) => Math.round(n * 10) / 10;

/** Path and dots for actual points over fixed years in a width × height box (3 px inset). */
export function sparkline(points: readonly ActualPoint[], years: readonly number[], width: number, height: number) {
  const inYears = points.filter((p) => years.includes(p.year));
  const x = makeXScale(years, 0, width);
  const [lo = 0, hi = 1] = extent(inYears, (p) => p.value);
  const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([height - 3, 3]);
  const dots = inYears.map((p) => ({ x: r(x(p.year)), y: r(y(p.value)), estimated: p.estimated }));
  const d = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(dots) ?? '';
  return { d, dots };
}
