/**
 * Target marker shapes: the shape says the modifier. Paths are centred on (x, y); `y2` is the upper
 * bound of a range. Numbers are rounded to 0.1 px so snapshots stay stable.
 */
import type { Comparator } from './types';

const r = (n: number) => Math.round(n * 10) / 10;

export function markerPath(comparator: Comparator, x: number, y: number, y2 = y): string {
  const X = r(x);
  const Y = r(y);
  switch (comparator) {
    case 'about': // a short band: "somewhere about here"
      return `M${r(x - 11)},${r(y - 4)}H${r(x + 11)}V${r(y + 4)}H${r(x - 11)}Z`;
    case 'at_least': // a floor with an upward caret
      return `M${r(x - 10)},${Y}H${r(x + 10)}M${r(x - 6)},${r(y - 4)}L${X},${r(y - 10)}L${r(x + 6)},${r(y - 4)}`;
    case 'at_most': // a ceiling with a downward caret
      return `M${r(x - 10)},${Y}H${r(x + 10)}M${r(x - 6)},${r(y + 4)}L${X},${r(y + 10)}L${r(x + 6)},${r(y + 4)}`;
    case 'range': // a bar from bound to bound
      return `M${r(x - 7)},${Y}H${r(x + 7)}M${X},${Y}V${r(y2)}M${r(x - 7)},${r(y2)}H${r(x + 7)}`;
    case 'qualitative': // a diamond: a promise with no number
      return `M${X},${r(y - 6)}L${r(x + 6)},${Y}L${X},${r(y + 6)}L${r(x - 6)},${Y}Z`;
    default: // a stated value: a short level line
      return `M${r(x - 10)},${Y}H${r(x + 10)}`;
  }
}

/** Whether the marker is a filled shape (band, diamond) rather than strokes only. */
export function markerFilled(comparator: Comparator): boolean {
  return comparator === 'about' || comparator === 'qualitative';
}
