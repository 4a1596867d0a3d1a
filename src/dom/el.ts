/**
 * Elements built from plain values: attributes in the order given (null and undefined left out),
 * then inline style properties, then text as a text node. Never parses markup (no innerHTML), so
 * a quote or a name from the data is always text.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attrs = Record<string, string | number | null | undefined>;

function fill<E extends Element & ElementCSSInlineStyle>(element: E, attrs: Attrs, style: Attrs, text: string | null): E {
  for (const [name, value] of Object.entries(attrs)) if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  for (const [name, value] of Object.entries(style)) if (value !== null && value !== undefined) element.style.setProperty(name, String(value));
  if (text !== null) element.textContent = text;
  return element;
}

/** An SVG element. */
export function svgEl(doc: Document, tag: string, attrs: Attrs = {}, style: Attrs = {}, text: string | null = null): SVGElement {
  return fill(doc.createElementNS(SVG_NS, tag) as SVGElement, attrs, style, text);
}

/** An HTML element. */
export function htmlEl(doc: Document, tag: string, attrs: Attrs = {}, style: Attrs = {}, text: string | null = null): HTMLElement {
  return fill(doc.createElement(tag), attrs, style, text);
}

/** Append `children` (nulls skipped) to `parent`; returns the parent. */
export function add<P extends Node>(parent: P, ...children: (Node | null | false)[]): P {
  for (const child of children) if (child) parent.appendChild(child);
  return parent;
}

/**
 * Make `children` (nulls skipped) the children of `parent`, in order, moving or removing only the
 * nodes not already in their place: unlike replaceChildren, a focused control that stays keeps
 * its focus.
 */
export function setChildren(parent: Node, children: readonly (Node | null)[]): void {
  const wanted = children.filter((c): c is Node => c !== null);
  wanted.forEach((child, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== child) parent.insertBefore(child, at);
  });
  while (parent.childNodes.length > wanted.length) parent.removeChild(parent.lastChild!);
}
