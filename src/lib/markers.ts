/**
 * Target marker shapes: the shape says the modifier. Paths are centred on (x, y); `y2` is the upper
 * bound of a range. Spans (a figure stated for several years) stretch the same shapes from x0 to x1.
 * Numbers are rounded to 0.1 px so snapshots stay stable.
 */
import type { Comparator } from './types';

const r = (n: number) => Math.round(n * 10) / 10;

export function markerPath(comparator: Comparator, x: number, y: number, y2 = y): string {
  return spanPath(comparator, x - 11, x + 11, y, y2);
}

/** A caret pointing up (at least) or down (at most) above or below (x, y). */
function caret(x: number, y: number, up: boolean): string {
  const s = up ? -1 : 1;
  return `M${r(x - 6)},${r(y + 4 * s)}L${r(x)},${r(y + 10 * s)}L${r(x + 6)},${r(y + 4 * s)}`;
}

/** A target's shape from x0 to x1 (a single year's marker is 22 px wide). */
export function spanPath(comparator: Comparator, x0: number, x1: number, y: number, y2 = y): string {
  const Y = r(y);
  const xm = (x0 + x1) / 2;
  const line = `M${r(x0 + 1)},${Y}H${r(x1 - 1)}`;
  switch (comparator) {
    case 'about': // a short band: "somewhere about here"
      return `M${r(x0)},${r(y - 4)}H${r(x1)}V${r(y + 4)}H${r(x0)}Z`;
    case 'at_least': // a floor with an upward caret
      return `${line}${caret(xm, y, true)}`;
    case 'at_most': // a ceiling with a downward caret
      return `${line}${caret(xm, y, false)}`;
    case 'range': // a bar from bound to bound
      return x1 - x0 > 30
        ? `M${r(x0)},${Y}H${r(x1)}V${r(y2)}H${r(x0)}Z`
        : `M${r(xm - 7)},${Y}H${r(xm + 7)}M${r(xm)},${Y}V${r(y2)}M${r(xm - 7)},${r(y2)}H${r(xm + 7)}`;
    case 'qualitative': // a diamond: a promise with no number (over a span: a line ending in one)
      return `${x1 - x0 > 30 ? `M${r(x0)},${Y}H${r(x1 - 12)}` : ''}${diamond(x1 > x0 + 30 ? x1 - 6 : xm, y)}`;
    default: // a stated value: a short level line
      return line;
  }
}

const diamond = (x: number, y: number) => `M${r(x)},${r(y - 6)}L${r(x + 6)},${r(y)}L${r(x)},${r(y + 6)}L${r(x - 6)},${r(y)}Z`;

/** An actual stated for a span: a bar with end ticks, ├──┤. */
export function bracketPath(x0: number, x1: number, y: number): string {
  const Y = r(y);
  return `M${r(x0)},${r(y - 5)}V${r(y + 5)}M${r(x0)},${Y}H${r(x1)}M${r(x1)},${r(y - 5)}V${r(y + 5)}`;
}

/** Whether the marker is a filled shape (band, diamond, range area) rather than strokes only. */
export function markerFilled(comparator: Comparator): boolean {
  return comparator === 'about' || comparator === 'qualitative' || comparator === 'range';
}

/** The box a single year's marker covers around (x, y), for keeping labels clear of it. */
export function markerBox(comparator: Comparator, x: number, y: number, y2 = y): { x0: number; y0: number; x1: number; y1: number } {
  const up = comparator === 'at_least' ? 11 : comparator === 'about' || comparator === 'qualitative' ? 6 : 3;
  const down = comparator === 'at_most' ? 11 : comparator === 'about' || comparator === 'qualitative' ? 6 : 3;
  return { x0: x - 12, y0: Math.min(y, y2) - up, x1: x + 12, y1: Math.max(y, y2) + down };
}
