import { describe, expect, it } from 'vitest';
import { candidate, Obstacles, overlaps, place, segmentHits, type Box, type Segment } from '../../src/lib/chart-labels';

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

describe('segmentHits', () => {
  const b = box(10, 10, 20, 20);
  const cases: { name: string; s: Segment; expected: boolean }[] = [
    { name: 'through the box', s: { x0: 0, y0: 15, x1: 30, y1: 15 }, expected: true },
    { name: 'diagonal across a corner', s: { x0: 5, y0: 18, x1: 18, y1: 5 }, expected: true },
    { name: 'ends inside', s: { x0: 15, y0: 15, x1: 40, y1: 40 }, expected: true },
    { name: 'passes above', s: { x0: 0, y0: 5, x1: 30, y1: 5 }, expected: false },
    { name: 'diagonal missing the corner', s: { x0: 0, y0: 12, x1: 12, y1: 0 }, expected: false },
    { name: 'vertical beside', s: { x0: 25, y0: 0, x1: 25, y1: 30 }, expected: false },
    { name: 'stops short', s: { x0: 0, y0: 15, x1: 8, y1: 15 }, expected: false },
  ];
  for (const c of cases) it(c.name, () => expect(segmentHits(c.s, b)).toBe(c.expected));
});

describe('candidate', () => {
  it('puts a block beside, above or below a mark, clear of it', () => {
    const mark = box(95, 95, 105, 105);
    for (const side of ['right', 'left', 'above', 'below'] as const) {
      const c = candidate(side, 100, 100, 40, 16);
      expect(overlaps(c.box, mark), side).toBe(false);
      expect(c.box.x1 - c.box.x0).toBe(40);
    }
    expect(candidate('right', 100, 100, 40, 16).anchor).toBe('start');
    expect(candidate('left', 100, 100, 40, 16).anchor).toBe('end');
    expect(candidate('above', 100, 100, 40, 16).anchor).toBe('middle');
  });
});

describe('place', () => {
  it('takes the first free side, then shorter wording, else nothing', () => {
    const o = new Obstacles(box(0, 0, 300, 200));
    o.addSegment({ x0: 150, y0: 100, x1: 300, y1: 100 }); // a line leaving to the right
    const first = place(o, { x: 150, y: 100 }, [['a long label text'], ['short']], ['right', 'left']);
    expect(first?.side).toBe('left');
    expect(first?.index).toBe(0);
    // Near the left edge only the shorter wording fits.
    expect(place(o, { x: 60, y: 40 }, [['a long label text'], ['short']], ['left'])?.index).toBe(1);
    // The left is taken now: nothing fits on either side.
    expect(place(o, { x: 150, y: 100 }, [['another label']], ['right', 'left'])).toBeNull();
  });
  it('stays inside the bounds', () => {
    const o = new Obstacles(box(0, 0, 120, 200));
    expect(place(o, { x: 110, y: 100 }, [['label']], ['right', 'left'])?.side).toBe('left');
  });
  it('slides a label above or below a mark along the edge it would cross', () => {
    const o = new Obstacles(box(0, 0, 120, 200));
    const p = place(o, { x: 110, y: 100 }, [['a longer label']], ['above'])!;
    expect(p.box.x1).toBe(120);
    expect(p.x).toBeCloseTo((p.box.x0 + p.box.x1) / 2, 1);
  });
});
