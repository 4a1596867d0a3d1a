/** The HTML a publisher pastes: an iframe of embed.html and, optionally, the resizer script. Pure. */
import { EMBED_DEFAULTS, type EmbedParams } from './params';

/** Height of the iframe before (or without) the resizer script: fits the chart at most widths. */
export const FIXED_HEIGHT = 500;

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
    `<iframe src="${src}" title="${escapeAttribute(options.title)}" width="100%" height="${FIXED_HEIGHT}"` +
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
