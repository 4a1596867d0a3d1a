/**
 * The embed's query string: parsing (never throws, never trusts); building is in snippet.ts, so
 * the embed page does not ship it. Pure: takes and returns strings, touches neither the DOM nor `location`.
 */
import type { Lang, Region } from '../lib/types';

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

export const EMBED_DEFAULTS: Readonly<EmbedParams> = {
  indicator: 'gdp',
  region: 'zhumadian',
  measure: '',
  lang: 'zh',
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
const INDICATOR_ID = /^[a-z][a-z0-9_]{0,47}$/;
const MEASURE = /^[a-z_]{1,32}:[^\s<>"'&]{1,8}$/;
const YEAR = /^\d{4}$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2050;
/** Longest raw value echoed in a notice. */
const ECHO_MAX = 40;

function clip(value: string): string {
  return value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}…` : value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseYear(value: string): number | undefined {
  if (!YEAR.test(value)) return undefined;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
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
    if (INDICATOR_ID.test(indicator)) params.indicator = indicator;
    else reject('indicator', indicator, 'malformed');
  }
  const region = get('region');
  if (region !== null) {
    const value = oneOf<Region>(region, ['zhumadian', 'yicheng']);
    if (value) params.region = value;
    else reject('region', region, 'unknown_value');
  }
  const measure = get('measure');
  if (measure !== null) {
    if (MEASURE.test(measure)) params.measure = measure;
    else reject('measure', measure, 'malformed');
  }
  const lang = get('lang');
  if (lang !== null) {
    const value = oneOf<Lang>(lang, ['zh', 'en']);
    if (value) params.lang = value;
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
