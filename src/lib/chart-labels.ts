/**
 * Direct labels placed clear of everything drawn: each label tries its candidate positions in
 * order (beside its mark, then above or below) and takes the first whose box meets no mark, line
 * or label already placed, inside the bounds. A label with no free place is left out (the tooltip,
 * the table and the text alternative still say it). Pure geometry, no DOM.
 */
import { textWidth } from './text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Font size and line height of every direct label (≥ 13 px at 1×). */
export const LABEL_SIZE = 13;
export const LABEL_LINE = 16;
/** Distance between a mark's anchor point and its label. */
const GAP = 8;

export type Side = 'right' | 'left' | 'above' | 'below' | Corner;
/** Beside a mark, hanging below (or standing above) its centre: the last resort for a point whose four sides a line or the edge takes. */
export type Corner = 'below-left' | 'below-right' | 'above-left' | 'above-right';
export const CORNERS: readonly Corner[] = ['below-left', 'below-right', 'above-left', 'above-right'];
export type Anchor = 'start' | 'middle' | 'end';

/** Where a label went: the anchor of its first line's baseline, and its box. */
export interface Placed {
  x: number;
  y: number;
  anchor: Anchor;
  side: Side;
  box: Box;
}

/** Width and height of a block of lines at the label size. */
export function blockSize(lines: readonly string[], size = LABEL_SIZE): { w: number; h: number } {
  return { w: Math.max(0, ...lines.map((l) => textWidth(l, size))), h: lines.length * LABEL_LINE };
}

/**
 * The box and first baseline of a block of `w` × `h` beside a mark of half-size `rx` × `ry`
 * centred on (x, y). Beside: vertically centred on y; above/below: horizontally centred on x.
 */
export function candidate(side: Side, x: number, y: number, w: number, h: number, rx = 5, ry = 5): Placed {
  const ascent = LABEL_SIZE * 0.8;
  const half = LABEL_LINE / 2;
  let box: Box;
  let anchor: Anchor;
  let tx: number;
  if (side.includes('-')) {
    const [v, hz] = side.split('-') as ['above' | 'below', 'left' | 'right'];
    // Beside the mark, hanging below its centre (or standing above it), so that a line reaching the
    // mark from above (or below) on that side passes clear of the block.
    const y0 = v === 'above' ? y + 4 - h : y - 4;
    box = hz === 'right' ? { x0: x + rx + GAP, y0, x1: x + rx + GAP + w, y1: y0 + h } : { x0: x - rx - GAP - w, y0, x1: x - rx - GAP, y1: y0 + h };
    anchor = hz === 'right' ? 'start' : 'end';
    tx = hz === 'right' ? box.x0 : box.x1;
  } else if (side === 'right' || side === 'left') {
    const y0 = y - h / 2;
    box = side === 'right' ? { x0: x + rx + GAP, y0, x1: x + rx + GAP + w, y1: y0 + h } : { x0: x - rx - GAP - w, y0, x1: x - rx - GAP, y1: y0 + h };
    anchor = side === 'right' ? 'start' : 'end';
    tx = side === 'right' ? box.x0 : box.x1;
  } else {
    const y0 = side === 'above' ? y - ry - GAP / 2 - h : y + ry + GAP / 2;
    box = { x0: x - w / 2, y0, x1: x + w / 2, y1: y0 + h };
    anchor = 'middle';
    tx = x;
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(tx), y: r(box.y0 + half + ascent / 2 - 1), anchor, side, box };
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether a segment meets a box (Liang–Barsky clipping). */
export function segmentHits(s: Segment, b: Box): boolean {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x0 - b.x0],
    [dx, b.x1 - s.x0],
    [-dy, s.y0 - b.y0],
    [dy, b.y1 - s.y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** What labels must keep clear of: boxes (marks, labels) and segments (lines). */
export class Obstacles {
  boxes: Box[] = [];
  segments: Segment[] = [];
  constructor(readonly bounds: Box) {}

  addBox(b: Box, margin = 0): void {
    this.boxes.push({ x0: b.x0 - margin, y0: b.y0 - margin, x1: b.x1 + margin, y1: b.y1 + margin });
  }

  addSegment(s: Segment): void {
    this.segments.push(s);
  }

  free(b: Box): boolean {
    const { bounds } = this;
    if (b.x0 < bounds.x0 || b.x1 > bounds.x1 || b.y0 < bounds.y0 || b.y1 > bounds.y1) return false;
    // A line passing within 2 px of the text counts as touching it.
    const grown = { x0: b.x0 - 2, y0: b.y0 - 2, x1: b.x1 + 2, y1: b.y1 + 2 };
    return !this.boxes.some((o) => overlaps(o, b)) && !this.segments.some((s) => segmentHits(s, grown));
  }
}

/**
 * Place a label: the first of `variants` (longest first) × `sides` that is free, or null. The
 * placed box becomes an obstacle for the labels after it; `index` says which variant fitted.
 */
export function place(
  obstacles: Obstacles,
  at: { x: number; y: number; rx?: number; ry?: number },
  variants: readonly (readonly string[])[],
  sides: readonly Side[],
): (Placed & { index: number }) | null {
  for (const [index, lines] of variants.entries()) {
    const { w, h } = blockSize(lines);
    for (const side of sides) {
      const c = candidate(side, at.x, at.y, w, h, at.rx, at.ry);
      if (side === 'above' || side === 'below') {
        // Above or below a mark near an edge, the label slides along it to stay inside.
        const { x0, x1 } = obstacles.bounds;
        const dx = Math.max(0, x0 - c.box.x0) - Math.max(0, c.box.x1 - x1);
        c.box = { ...c.box, x0: c.box.x0 + dx, x1: c.box.x1 + dx };
        c.x = Math.round((c.x + dx) * 10) / 10;
      }
      if (obstacles.free(c.box)) {
        obstacles.addBox(c.box, 2);
        return { ...c, index };
      }
    }
  }
  return null;
}
