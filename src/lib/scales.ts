/**
 * Scales and ticks of the indicator chart: plain functions over numbers, no DOM. Tick steps come
 * from d3-array (the same `nice`/`ticks`/`tickStep` d3-scale uses); the two scales themselves are a
 * few lines here, so the chart (and the embed) does not ship d3-scale's interpolators and colour parsing.
 */
import { extent, nice, tickStep, ticks } from 'd3-array';

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
 * What the y axis shows: a level (a stock, a total, a rate's level: its distance from zero means
 * something) or a change (growth, a change in points: zero is the line between rise and fall).
 */
export type AxisKind = 'level' | 'change';

/** A level axis spans at least this share of the largest |value|: a 0.9% change is a step, not a cliff. */
export const MIN_LEVEL_SPAN = 0.25;
/** A change axis (growth in %, change in points) spans at least this many units (percentage points). */
export const MIN_CHANGE_SPAN = 2;
/** Padding beyond the data, as a share of its spread. */
const PAD = 0.1;

/**
 * The y domain for a set of values (the axis rule, before niceing):
 * 1. the data plus 10% of their spread on both sides;
 * 2. widened around the data's middle to the minimum span: a level axis covers at least a quarter
 *    of the largest |value| (MIN_LEVEL_SPAN), a change axis at least 2 points (MIN_CHANGE_SPAN);
 * 3. zero included when the values all have one sign and either the widened domain reaches it or
 *    the values already sit within half the largest of it;
 * no values → [0, 1]; all zero → [0, 1]. Never a domain of zero width.
 */
export function yDomain(values: readonly number[], kind: AxisKind = 'level'): [number, number] {
  const [lo, hi] = extent(values.filter(Number.isFinite));
  if (lo === undefined || hi === undefined) return [0, 1];
  if (lo === 0 && hi === 0) return [0, 1];
  let min = lo - (hi - lo) * PAD;
  let max = hi + (hi - lo) * PAD;
  const need = kind === 'level' ? MIN_LEVEL_SPAN * Math.max(Math.abs(lo), Math.abs(hi)) : MIN_CHANGE_SPAN;
  if (max - min < need) {
    const mid = (lo + hi) / 2;
    min = mid - need / 2;
    max = mid + need / 2;
  }
  if (lo >= 0 && (min <= 0 || lo <= hi * 0.5)) {
    min = 0;
    max = Math.max(max, need);
  } else if (hi <= 0 && (max >= 0 || hi >= lo * 0.5)) {
    max = 0;
    min = Math.min(min, -need);
  }
  return [min, max];
}

/** How many y ticks fit a plot height (one per ~45 px, at least 2). */
export function yTickCount(height: number): number {
  return Math.max(2, Math.floor(height / 45));
}

/**
 * Decimals a tick label needs for a tick step, as d3-format's precisionFixed (10^−k steps need k
 * decimals: 0.005 → 3), plus one where the step itself has one more (0.25 → 2).
 */
export function tickDecimals(step: number): number {
  const s = Math.abs(step);
  if (!Number.isFinite(s) || s === 0) return 0;
  let d = Math.max(0, -Math.floor(Math.log10(s) + 1e-9));
  while (d < 20 && Math.abs(Number(s.toFixed(d)) - s) > s * 1e-9) d++;
  return d;
}

export interface YScale {
  (v: number): number;
  domain: [number, number];
  ticks: number[];
  /** Decimals every tick label is written with (from the tick step). */
  decimals: number;
}

/** A linear y scale, niced to round ticks, mapping the domain to [bottom, top] pixels. */
export function makeYScale(values: readonly number[], bottom: number, top: number, kind: AxisKind = 'level'): YScale {
  const count = yTickCount(bottom - top);
  const [lo, hi] = yDomain(values, kind);
  const [d0, d1] = nice(lo, hi, count);
  const f = linear(d0, d1, bottom, top) as YScale;
  f.domain = [d0, d1];
  f.ticks = ticks(d0, d1, count);
  f.decimals = tickDecimals(tickStep(d0, d1, count));
  return f;
}

/** Longest run of years without a mark that stays on the axis; a longer one is cut (an axis break). */
export const MAX_EMPTY_RUN = 4;
/** Width of the break between two cut-apart stretches of years, in columns. */
export const BREAK_WIDTH = 0.6;

/**
 * The x axis's columns: every year from the first to the last with a mark, except that a run of
 * more than MAX_EMPTY_RUN years with no mark (no point, no target, not inside a span) is cut and
 * replaced by a break (null): 2015 … 2020 and a 2035 target become 2015–2020, ⫽, 2035.
 */
export function yearColumns(occupied: Iterable<number>): (number | null)[] {
  const years = [...new Set(occupied)].filter(Number.isInteger).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, y] of years.entries()) {
    const prev = years[i - 1];
    if (prev !== undefined) {
      if (y - prev - 1 > MAX_EMPTY_RUN) out.push(null);
      else for (let e = prev + 1; e < y; e++) out.push(e);
    }
    out.push(y);
  }
  return out;
}

export interface XScale {
  /** Centre of a year's column (`left` for a year not on the axis). */
  (year: number): number;
  /** Width of one year's column. */
  step: number;
  /** Left and right edge of a year's column. */
  edges: (year: number) => [number, number];
  /** Centres of the breaks. */
  breaks: number[];
}

/**
 * Year → x centre of its column, one column per year (a break, null, is BREAK_WIDTH of a column),
 * half a column of padding at both ends.
 */
export function makeXScale(columns: readonly (number | null)[], left: number, right: number): XScale {
  const units = columns.reduce<number>((n, c) => n + (c === null ? BREAK_WIDTH : 1), 0);
  const step = (right - left) / Math.max(1, units);
  const start = new Map<number, number>();
  const breaks: number[] = [];
  let at = left;
  for (const c of columns) {
    if (c === null) {
      breaks.push(at + (step * BREAK_WIDTH) / 2);
      at += step * BREAK_WIDTH;
    } else {
      start.set(c, at);
      at += step;
    }
  }
  const f = ((y: number) => {
    const s = start.get(y);
    return s === undefined ? left : s + step / 2;
  }) as XScale;
  f.step = step;
  f.edges = (y) => {
    const s = start.get(y) ?? left;
    return [s, s + step];
  };
  f.breaks = breaks;
  return f;
}

/**
 * Which years get a tick label: all when they fit (~44 px each), else every 2nd, 5th, 10th year;
 * first the years beside an axis break (so a far-horizon year is named), and none closer than
 * 44 px to another.
 */
export function yearTicks(columns: readonly (number | null)[], width: number): number[] {
  const years = columns.filter((c): c is number => c !== null);
  const step = width / Math.max(1, columns.length);
  const every = [1, 2, 5, 10].find((n) => Math.ceil(years.length / n) <= Math.max(1, Math.floor(width / 44))) ?? 10;
  const beside = (y: number) => columns[columns.indexOf(y) - 1] === null || columns[columns.indexOf(y) + 1] === null;
  const chosen: number[] = [];
  for (const y of [...years.filter(beside), ...years.filter((y) => y % every === 0 || every === 1)]) {
    if (chosen.every((c) => Math.abs(columns.indexOf(c) - columns.indexOf(y)) * step >= 44)) chosen.push(y);
  }
  return chosen.sort((a, b) => a - b);
}
