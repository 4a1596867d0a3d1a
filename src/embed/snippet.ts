/**
 * The HTML a publisher pastes: an iframe of embed.html marked for the resizer script, and optionally
 * that script (public/embed.js), with the rules it applies. Pure.
 */
import { EMBED_DEFAULTS, type EmbedParams } from './params';

/** Height of the iframe before (or without) the resizer script: fits the chart at most widths. */
export const FIXED_HEIGHT = 500;

/**
 * The attribute that marks an iframe as ours for public/embed.js: it resizes only iframes that carry
 * it *and* show the embed.html beside the script, and only from messages of that frame.
 */
export const EMBED_ATTRIBUTE = 'data-zhumadian-embed';

/** Heights the parent side accepts (embed.js and the dialog's preview): whole CSS pixels within these. */
export const HEIGHT_BOUNDS = { min: 100, max: 4000 } as const;

/** A reported height the parent may apply, or null: NaN, text, fractions, negative or huge are ignored. */
export function acceptedHeight(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= HEIGHT_BOUNDS.min && value <= HEIGHT_BOUNDS.max ? value : null;
}

/** Escape for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** Absolute URL of embed.html, without query. */
  embedUrl: string;
  /** Absolute URL of embed.js. */
  scriptUrl: string;
  params: EmbedParams;
  /** Accessible name of the iframe (the chart's title). */
  title: string;
  withScript: boolean;
}

/** Full URL of the embed for `params`. */
export function embedSrc(embedUrl: string, params: EmbedParams): string {
  return `${embedUrl}?${embedSearch(params)}`;
}

export function embedSnippet(options: SnippetOptions): string {
  const src = escapeAttribute(embedSrc(options.embedUrl, options.params));
  const iframe =
    `<iframe ${EMBED_ATTRIBUTE} src="${src}" title="${escapeAttribute(options.title)}" width="100%" height="${FIXED_HEIGHT}"` +
    ` style="width:100%;max-width:100%;height:${FIXED_HEIGHT}px;border:0" loading="lazy"></iframe>`;
  if (!options.withScript) return iframe;
  return `${iframe}\n<script src="${escapeAttribute(options.scriptUrl)}" async></script>`;
}

/**
 * The query string for `params` ("indicator=…&region=…"): indicator and region always,
 * the other options only where they differ from the defaults. Round-trips through parseEmbedParams.
 */
export function embedSearch(params: EmbedParams): string {
  const query = new URLSearchParams();
  query.set('indicator', params.indicator);
  query.set('region', params.region);
  if (params.measure !== EMBED_DEFAULTS.measure) query.set('measure', params.measure);
  if (params.lang !== EMBED_DEFAULTS.lang) query.set('lang', params.lang);
  if (params.theme !== EMBED_DEFAULTS.theme) query.set('theme', params.theme);
  if (params.controls !== EMBED_DEFAULTS.controls) query.set('controls', params.controls ? '1' : '0');
  if (params.from !== null) query.set('from', String(params.from));
  if (params.to !== null) query.set('to', String(params.to));
  return query.toString();
}
