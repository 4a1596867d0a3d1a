/**
 * The embed's query string: parsing (never throws, never trusts) with the app's validators
 * (lib/url-state.ts: one pattern per kind of value); building is in snippet.ts, so the embed page
 * does not ship it. Pure: takes and returns strings, touches neither the DOM nor `location`.
 */
import type { Lang, Region } from '../lib/types';
import { DEFAULT_STATE, isLang, MAX_YEAR, MIN_YEAR, parseYear, validParam } from '../lib/url-state';

export { MAX_YEAR, MIN_YEAR };

export type Theme = 'light' | 'dark' | 'auto';

/** Everything an embed URL can say. */
export interface EmbedParams {
  indicator: string;
  region: Region;
  /** Measure drawn, "basis:unit" as in the app's URL ('' = the chart's default measure). */
  measure: string;
  lang: Lang;
  theme: Theme;
  /** Show the small control row (language, years). */
  controls: boolean;
  /** First and last year shown; null = all years of the slice. */
  from: number | null;
  to: number | null;
}

/** The app's defaults for what both show; the embed's own for the rest. */
export const EMBED_DEFAULTS: Readonly<EmbedParams> = {
  indicator: DEFAULT_STATE.indicator,
  region: DEFAULT_STATE.region,
  measure: DEFAULT_STATE.measure,
  lang: DEFAULT_STATE.lang,
  theme: 'auto',
  controls: false,
  from: null,
  to: null,
};

/** Why a parameter was not used as given. */
export type NoticeReason = 'malformed' | 'unknown_value' | 'unknown_param' | 'year_order';

/** A parameter that fell back to its default. `value` is raw user input: render it as text only. */
export interface ParamNotice {
  param: string;
  value: string;
  reason: NoticeReason;
}

export interface ParsedEmbedParams {
  params: EmbedParams;
  notices: ParamNotice[];
}

const KNOWN = ['indicator', 'region', 'measure', 'lang', 'theme', 'controls', 'from', 'to'] as const;
/** Longest raw value echoed in a notice. */
const ECHO_MAX = 40;

function clip(value: string): string {
  return value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Parse a query string (with or without "?"). Bad values fall back to defaults with a notice. */
export function parseEmbedParams(search: string): ParsedEmbedParams {
  const query = new URLSearchParams(search);
  const params: EmbedParams = { ...EMBED_DEFAULTS };
  const notices: ParamNotice[] = [];
  const reject = (param: string, value: string, reason: NoticeReason) =>
    notices.push({ param: clip(param), value: clip(value), reason });

  for (const name of new Set(query.keys())) {
    if (!(KNOWN as readonly string[]).includes(name) && !name.startsWith('utm_')) {
      reject(name, query.get(name) ?? '', 'unknown_param');
    }
  }

  const get = (name: (typeof KNOWN)[number]) => {
    const value = query.get(name);
    return value === null || value.trim() === '' ? null : value.trim();
  };

  const indicator = get('indicator');
  if (indicator !== null) {
    const value = validParam('indicator', indicator);
    if (value) params.indicator = value;
    else reject('indicator', indicator, 'malformed');
  }
  // A well-formed region the data does not know shows as "no data" when its slice is not found.
  const region = get('region');
  if (region !== null) {
    const value = validParam('region', region);
    if (value) params.region = value;
    else reject('region', region, 'malformed');
  }
  const measure = get('measure');
  if (measure !== null) {
    const value = validParam('measure', measure);
    if (value) params.measure = value;
    else reject('measure', measure, 'malformed');
  }
  const lang = get('lang');
  if (lang !== null) {
    if (isLang(lang)) params.lang = lang;
    else reject('lang', lang, 'unknown_value');
  }
  const theme = get('theme');
  if (theme !== null) {
    const value = oneOf<Theme>(theme, ['light', 'dark', 'auto']);
    if (value) params.theme = value;
    else reject('theme', theme, 'unknown_value');
  }
  const controls = get('controls');
  if (controls !== null) {
    if (controls === '0' || controls === '1') params.controls = controls === '1';
    else reject('controls', controls, 'malformed');
  }

  const fromRaw = get('from');
  const toRaw = get('to');
  const from = fromRaw === null ? null : parseYear(fromRaw);
  const to = toRaw === null ? null : parseYear(toRaw);
  if (fromRaw !== null && from === undefined) reject('from', fromRaw, 'malformed');
  if (toRaw !== null && to === undefined) reject('to', toRaw, 'malformed');
  const fromOk = from ?? null;
  const toOk = to ?? null;
  if (fromOk !== null && toOk !== null && fromOk > toOk) {
    reject('from', `${fromOk} > ${toOk}`, 'year_order');
  } else {
    params.from = fromOk;
    params.to = toOk;
  }
  return { params, notices };
}
