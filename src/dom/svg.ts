/**
 * A standalone SVG file of a drawn chart: computed styles inlined (an SVG file or an <img> of it
 * sees no stylesheet), system CJK fonts named (no web fonts), optional background.
 * DOM-bound: takes the element to serialise, reads its computed styles; touches nothing else.
 */

import { FONT_STACK } from '../lib/fonts';

/** Fonts of the file: the app's and the chart's one stack (system fonts: Noto CJK on Debian, PingFang/YaHei elsewhere). */
export const EXPORT_FONT_STACK = FONT_STACK;

/** Presentation properties worth carrying into the file, with the value that can be left out. */
export const INLINED_PROPERTIES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-opacity': '1',
  opacity: '1',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  visibility: 'visible',
  display: 'inline',
};

/** Properties an element inherits from its parent: written only where they change. */
const INHERITED = new Set([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order',
  'visibility',
]);

/**
 * `prop: value; …` for the properties whose value matters: differs from the default, and for
 * inherited properties from the parent's value (`parent` null for the root). `display` only when none. Pure.
 */
export function inlineStyle(read: (property: string) => string, parent: ((property: string) => string) | null = null): string {
  const parts: string[] = [];
  for (const [property, fallback] of Object.entries(INLINED_PROPERTIES)) {
    const value = read(property).trim();
    if (value === '' || value === fallback) continue;
    if (property === 'display' && value !== 'none') continue;
    if (parent && INHERITED.has(property) && parent(property).trim() === value) continue;
    parts.push(`${property}: ${value}`);
  }
  return parts.join('; ');
}

export interface SerializeOptions {
  /** CSS colour behind the chart, or null for a transparent background. */
  background: string | null;
  /** Pixel scale written into width/height (the viewBox keeps CSS pixels): 1 for an SVG file. */
  scale?: number;
}

export interface SerializedSvg {
  markup: string;
  /** Size in CSS pixels. */
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The size the SVG is drawn at: its viewBox, else its width/height attributes, else its box. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

/** Serialise `svg` (which must be in the document, for its computed styles) as a standalone file. */
export function serializeSvg(svg: SVGSVGElement, options: SerializeOptions): SerializedSvg {
  const view = svg.ownerDocument.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // The static chart paints its own background (rect.chart-bg): drop it for a transparent file.
  if (options.background === null) for (const node of clone.querySelectorAll('.chart-bg')) node.remove();
  const originals = [svg, ...svg.querySelectorAll('*')].filter((e) => options.background !== null || !e.matches('.chart-bg'));
  if (view) {
    const copies = [clone, ...clone.querySelectorAll('*')];
    originals.forEach((element, i) => {
      const copy = copies[i];
      if (!copy) return;
      const computed = view.getComputedStyle(element);
      const parent = element === svg || !element.parentElement ? null : view.getComputedStyle(element.parentElement);
      const style = inlineStyle(
        (p) => computed.getPropertyValue(p),
        parent && ((p) => parent.getPropertyValue(p)),
      );
      if (style) copy.setAttribute('style', style);
      else copy.removeAttribute('style');
      copy.removeAttribute('class');
    });
  }
  for (const node of clone.querySelectorAll('style, script, foreignObject')) node.remove();
  for (const element of clone.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name;
      if (name.startsWith('on') || name === 'tabindex' || name === 'role' || name.startsWith('aria-') || name.startsWith('data-')) {
        element.removeAttribute(name);
      }
    }
  }
  // Framework markers (<!---->) and other comments carry nothing.
  const comments = svg.ownerDocument.createTreeWalker(clone, 128 /* NodeFilter.SHOW_COMMENT */);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const node of dead) node.parentNode?.removeChild(node);

  const { width, height } = svgSize(svg);
  const scale = options.scale ?? 1;
  clone.removeAttribute('xmlns');
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(Math.round(width * scale)));
  clone.setAttribute('height', String(Math.round(height * scale)));
  clone.setAttribute('font-family', EXPORT_FONT_STACK);
  clone.style.setProperty('font-family', EXPORT_FONT_STACK);
  // English in the CJK face: proportional quotes, apostrophes and dashes, as on the page (app.css).
  // (Written into the attribute: not every DOM implementation knows the property.)
  if (/^en\b/i.test(svg.closest('[lang]')?.getAttribute('lang') ?? '')) {
    clone.setAttribute('style', `${(clone.getAttribute('style') ?? '').replace(/;?\s*$/, '')}; font-feature-settings: 'pwid'`);
  }
  clone.removeAttribute('tabindex');
  if (options.background !== null) {
    const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  let body = new XMLSerializer().serializeToString(clone);
  // The serialiser declares the namespace of an element created in it; make sure of it either way.
  if (!/^<svg[^>]*\sxmlns="/.test(body)) body = body.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
  return { markup, width, height };
}
