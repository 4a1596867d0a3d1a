/**
 * A standalone SVG file of a drawn chart: computed styles inlined (an SVG file or an <img> of it
 * sees no stylesheet), system CJK fonts named (no web fonts), optional background.
 * DOM-bound: takes the element to serialise, reads its computed styles; touches nothing else.
 */

/** Fonts installed with the system (fonts-noto-cjk on Debian, PingFang/YaHei elsewhere). */
export const EXPORT_FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

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

/** `prop: value; …` for the properties whose value differs from the default. Pure. */
export function inlineStyle(read: (property: string) => string): string {
  const parts: string[] = [];
  for (const [property, fallback] of Object.entries(INLINED_PROPERTIES)) {
    const value = read(property).trim();
    if (value !== '' && value !== fallback) parts.push(`${property}: ${value}`);
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
  if (view) {
    const originals = [svg, ...svg.querySelectorAll('*')];
    const copies = [clone, ...clone.querySelectorAll('*')];
    originals.forEach((element, i) => {
      const copy = copies[i];
      if (!copy) return;
      const computed = view.getComputedStyle(element);
      const style = inlineStyle((p) => computed.getPropertyValue(p));
      if (style) copy.setAttribute('style', style);
      else copy.removeAttribute('style');
      copy.removeAttribute('class');
    });
  }
  for (const node of clone.querySelectorAll('style, script, foreignObject')) node.remove();
  for (const element of clone.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on') || attribute.name === 'tabindex' || attribute.name.startsWith('aria-')) {
        element.removeAttribute(attribute.name);
      }
    }
  }

  const { width, height } = svgSize(svg);
  const scale = options.scale ?? 1;
  clone.removeAttribute('xmlns');
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(Math.round(width * scale)));
  clone.setAttribute('height', String(Math.round(height * scale)));
  clone.setAttribute('font-family', EXPORT_FONT_STACK);
  clone.style.setProperty('font-family', EXPORT_FONT_STACK);
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
