/**
 * Drawing a long source text fast: the lines (lib/source-lines.ts) as plain DOM — text nodes, a
 * <mark> for the figure, a <span class="quoted"> for its sentence and a link for each other figure
 * (`a.figure-link[data-obs]`), never HTML — in numbered
 * lists of CHUNK lines each, so the browser can skip laying out the chunks off screen
 * (`content-visibility: auto` in the component's style, with a height estimated here). Drawn
 * again with lines of the same document, only the lines that changed (the ones a span touches:
 * lib/source-lines.ts keeps the others the same objects) are redrawn.
 */
import type { SourceLine } from '../lib/source-lines';

/** Lines per list: small enough that a screen shows a few, large enough to keep the lists few. */
export const CHUNK = 100;
/** For chunks not laid out yet: the height of a row of text and of a blank line, in font sizes (as the style sets them). */
const ROW_EM = 1.75;
const BLANK_PX = 6;

/** Rows a line of `chars` characters takes in `perRow` full-width characters (half-width ones count half). */
function rows(line: SourceLine, perRow: number): number {
  let width = 0;
  for (const p of line.parts) for (const c of p.text) width += c.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return Math.max(1, Math.ceil(width / perRow));
}

/** How a link to another figure is written: its href and its title. */
export interface FigureLinks {
  href: (obs: string) => string;
  title: (obs: string) => string;
}

interface Drawn {
  lines: readonly SourceLine[];
  items: HTMLLIElement[];
  links: FigureLinks;
}
const drawn = new WeakMap<HTMLElement, Drawn>();

function fill(li: HTMLLIElement, line: SourceLine, links: FigureLinks): void {
  const doc = li.ownerDocument;
  li.className = line.parts.length ? '' : 'blank';
  li.replaceChildren(
    ...line.parts.map((p) => {
      let inner: Node = doc.createTextNode(p.text);
      if (p.obs !== undefined) {
        const a = doc.createElement('a');
        a.className = 'figure-link';
        a.href = links.href(p.obs);
        a.title = links.title(p.obs);
        a.dataset.obs = p.obs;
        a.append(inner);
        inner = a;
      }
      if (p.kind === 'text') return inner;
      const el = doc.createElement(p.kind === 'figure' ? 'mark' : 'span');
      if (p.kind === 'figure') el.dataset.testid = 'figure-mark';
      else el.className = 'quoted';
      el.append(inner);
      return el;
    }),
  );
}

/**
 * Draw `lines` into `box` (replacing what it holds, or redrawing only changed lines of the same
 * text; all of them when links are written differently, e.g. in another language).
 */
export function drawLines(box: HTMLElement, lines: readonly SourceLine[], links: FigureLinks): void {
  const before = drawn.get(box);
  if (before && before.lines.length === lines.length && before.lines[0]?.n === lines[0]?.n) {
    lines.forEach((line, i) => {
      if (line !== before.lines[i] || (links !== before.links && line.parts.some((p) => p.obs !== undefined))) fill(before.items[i]!, line, links);
    });
    drawn.set(box, { lines, items: before.items, links });
    return;
  }
  const doc = box.ownerDocument;
  // Full-width characters per row of the text column (the line numbers take about 4 of them).
  const font = parseFloat(doc.defaultView?.getComputedStyle(box).fontSize ?? '') || 16;
  const perRow = Math.max(8, box.clientWidth / font - 4);
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
      fill(li, line, links);
      ol.append(li);
      items.push(li);
      px += line.parts.length ? rows(line, perRow) * font * ROW_EM : BLANK_PX;
    }
    ol.style.setProperty('contain-intrinsic-size', `auto ${Math.round(px)}px`);
    lists.push(ol);
  }
  box.replaceChildren(...lists);
  drawn.set(box, { lines, items, links });
}

/**
 * Keep `el` in the middle of the screen while the text around it settles (chunks laid out for the
 * first time change height); stops after `ms`, or as soon as the reader scrolls, types or touches.
 * Returns a function that stops it.
 */
export function keepCentred(el: HTMLElement, box: HTMLElement, ms = 1500): () => void {
  const centre = () => el.scrollIntoView({ block: 'center' });
  centre();
  const win = box.ownerDocument.defaultView;
  if (!win || typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(centre);
  const stop = () => {
    observer.disconnect();
    win.clearTimeout(timer);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) win.removeEventListener(type, stop);
  };
  const timer = win.setTimeout(stop, ms);
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) win.addEventListener(type, stop, { passive: true });
  observer.observe(box);
  return stop;
}
