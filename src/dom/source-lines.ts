/**
 * Drawing a long source text fast: the lines (lib/source-lines.ts) as plain DOM — text nodes, a
 * <mark> for the figure and a <span class="quoted"> for its sentence, never HTML — in numbered
 * lists of CHUNK lines each, so the browser can skip laying out the chunks off screen
 * (`content-visibility: auto` in the component's style, with a height estimated here). Drawn
 * again with lines of the same document, only the lines that changed (the ones a span touches:
 * lib/source-lines.ts keeps the others the same objects) are redrawn.
 */
import type { SourceLine } from '../lib/source-lines';

/** Lines per list: small enough that a screen shows a few, large enough to keep the lists few. */
export const CHUNK = 100;
/** Estimated heights (px) of a line of text and of a blank line, for chunks not laid out yet. */
const LINE_PX = 29;
const BLANK_PX = 6;

interface Drawn {
  lines: readonly SourceLine[];
  items: HTMLLIElement[];
}
const drawn = new WeakMap<HTMLElement, Drawn>();

function fill(li: HTMLLIElement, line: SourceLine): void {
  const doc = li.ownerDocument;
  li.className = line.parts.length ? '' : 'blank';
  li.replaceChildren(
    ...line.parts.map((p) => {
      if (p.kind === 'text') return doc.createTextNode(p.text);
      const el = doc.createElement(p.kind === 'figure' ? 'mark' : 'span');
      if (p.kind === 'figure') el.dataset.testid = 'figure-mark';
      else el.className = 'quoted';
      el.textContent = p.text;
      return el;
    }),
  );
}

/** Draw `lines` into `box` (replacing what it holds, or redrawing only changed lines of the same text). */
export function drawLines(box: HTMLElement, lines: readonly SourceLine[]): void {
  const before = drawn.get(box);
  if (before && before.lines.length === lines.length && before.lines[0]?.n === lines[0]?.n) {
    lines.forEach((line, i) => {
      if (line !== before.lines[i]) fill(before.items[i]!, line);
    });
    drawn.set(box, { lines, items: before.items });
    return;
  }
  const doc = box.ownerDocument;
  const items: HTMLLIElement[] = [];
  const lists: HTMLOListElement[] = [];
  for (let i = 0; i < lines.length; i += CHUNK) {
    const part = lines.slice(i, i + CHUNK);
    const ol = doc.createElement('ol');
    ol.start = part[0]!.n;
    let px = 0;
    for (const line of part) {
      const li = doc.createElement('li');
      li.dataset.line = String(line.n);
      fill(li, line);
      ol.append(li);
      items.push(li);
      px += line.parts.length ? LINE_PX : BLANK_PX;
    }
    ol.style.setProperty('contain-intrinsic-size', `auto ${px}px`);
    lists.push(ol);
  }
  box.replaceChildren(...lists);
  drawn.set(box, { lines, items });
}
