/**
 * Writing a page's description into the document (lib/meta.ts computes it): the title, the meta
 * description, Open Graph tags (a Twitter card reads them too), and the canonical link. Tags
 * index.html lacks are added; the ones it has (its static defaults) are updated.
 */
import type { PageMeta } from '../lib/meta';

function tag(attr: 'name' | 'property', key: string, content: string): void {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (!el) {
    el = document.createElement('meta');
    el.setAttribute(attr, key);
    document.head.appendChild(el);
  }
  el.content = content;
}

/** The page's address without its parameters (the app's state adds them back). */
export function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

export function applyMeta(meta: PageMeta): void {
  document.title = meta.title;
  tag('name', 'description', meta.description);
  tag('property', 'og:title', meta.title);
  tag('property', 'og:description', meta.description);
  tag('property', 'og:url', meta.url);
  tag('property', 'og:locale', meta.locale);
  tag('property', 'og:locale:alternate', meta.alternate);
  let canonical = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical) {
    canonical = document.createElement('link');
    canonical.rel = 'canonical';
    document.head.appendChild(canonical);
  }
  canonical.href = meta.url;
}
