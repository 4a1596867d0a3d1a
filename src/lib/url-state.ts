/**
 * The one module that owns the app's URL state. Everything on screen that can be shared lives in the
 * query string of index.html: `?view=indicator&indicator=gdp&lang=en`.
 *
 * Parsing never throws: each parameter comes back as valid / invalid / missing, invalid values fall
 * back to the default and are listed so the app can show a notice. Serialising leaves defaults out,
 * so the default screen is the bare URL. Pure: no `location`, no `history` (the app passes strings in).
 */
import type { Lang, Region, Status } from './types';

export const VIEWS = ['scorecard', 'indicator', 'plan', 'promises', 'data', 'methodology'] as const;
export type View = (typeof VIEWS)[number];

/** What the promises view groups by. */
export const PROMISE_GROUPS = ['document', 'due', 'department', 'status'] as const;
export type PromiseGroupKey = (typeof PROMISE_GROUPS)[number];

const STATUSES: readonly Status[] = ['met', 'within_tolerance', 'near', 'missed', 'not_comparable', 'pending', 'not_assessable'];

export interface AppState {
  view: View;
  lang: Lang;
  region: Region;
  /** Indicator id of the indicator view. */
  indicator: string;
  /** Measure of the indicator chart, "basis:unit" ('' = the default measure). */
  measure: string;
  /** Observation id whose source panel is open ('' = closed). */
  source: string;
  /** Scorecard category filter ('' = all). */
  category: string;
  /** Sort key: a column name, "-" prefix for descending ('' = default order). */
  sort: string;
  /** Data-view and promises-view search text. */
  q: string;
  /** Promises view: document id filter ('' = all). */
  doc: string;
  /** Promises view: due-year filter, "2025" ('' = all). */
  due: string;
  /** Promises view: lead-department filter ('' = all). */
  dept: string;
  /** Promises view: status filter ('' = all). */
  status: Status | '';
  /** Promises view: grouping. */
  group: PromiseGroupKey;
}

export const DEFAULT_STATE: AppState = {
  view: 'scorecard',
  lang: 'zh',
  region: 'zhumadian',
  indicator: 'gdp',
  measure: '',
  source: '',
  category: '',
  sort: '',
  q: '',
  doc: '',
  due: '',
  dept: '',
  status: '',
  group: 'document',
};

/** The promises view's filters and grouping at their defaults (for links that leave the view). */
export const PROMISE_DEFAULTS: Pick<AppState, 'doc' | 'due' | 'dept' | 'status' | 'group'> = {
  doc: DEFAULT_STATE.doc,
  due: DEFAULT_STATE.due,
  dept: DEFAULT_STATE.dept,
  status: DEFAULT_STATE.status,
  group: DEFAULT_STATE.group,
};

/** Order of parameters in serialised URLs (stable links). */
export const PARAMS = ['view', 'indicator', 'region', 'measure', 'lang', 'category', 'sort', 'q', 'doc', 'due', 'dept', 'status', 'group', 'source'] as const;
type Param = (typeof PARAMS)[number];

export type ParamResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

const ID = /^[a-z0-9][a-z0-9_]{0,63}$/;
const MEASURE = /^[a-z_]{1,32}:[^\s<>"'&]{1,8}$/;
const OBS_ID = /^[A-Za-z0-9][A-Za-z0-9_.:~\-]{0,199}$/;
const SORT = /^-?[a-z_]{1,32}$/;
const DOC_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const YEAR = /^(19|20)\d\d$/;
/** A department name: up to 40 characters, no spaces, markup or control characters. */
const DEPT = /^[^\s<>"'&\u0000-\u001f]{1,40}$/u;

const validators: { [K in Param]: (raw: string) => AppState[K] | undefined } = {
  view: (r) => (VIEWS as readonly string[]).includes(r) ? (r as View) : undefined,
  lang: (r) => (r === 'zh' || r === 'en' ? r : undefined),
  region: (r) => (r === 'zhumadian' || r === 'yicheng' ? r : undefined),
  indicator: (r) => (ID.test(r) ? r : undefined),
  measure: (r) => (MEASURE.test(r) ? r : undefined),
  source: (r) => (OBS_ID.test(r) ? r : undefined),
  category: (r) => (ID.test(r) ? r : undefined),
  sort: (r) => (SORT.test(r) ? r : undefined),
  q: (r) => (r.length <= 100 ? r : undefined),
  doc: (r) => (DOC_ID.test(r) ? r : undefined),
  due: (r) => (YEAR.test(r) ? r : undefined),
  dept: (r) => (DEPT.test(r) ? r : undefined),
  status: (r) => ((STATUSES as readonly string[]).includes(r) ? (r as Status) : undefined),
  group: (r) => ((PROMISE_GROUPS as readonly string[]).includes(r) ? (r as PromiseGroupKey) : undefined),
};

/** Parse one parameter. */
export function parseParam<K extends Param>(params: URLSearchParams, key: K): ParamResult<AppState[K]> {
  const raw = params.get(key);
  if (raw === null || raw === '') return { status: 'missing' };
  const value = validators[key](raw);
  return value === undefined ? { status: 'invalid', raw } : { status: 'valid', value };
}

export interface Parsed {
  state: AppState;
  /** Parameters whose value was rejected (fell back to the default). */
  invalid: { param: string; raw: string }[];
  /** Parameters this app does not know (ignored). */
  unknown: string[];
}

/** Old parameter names still accepted. */
const MIGRATIONS: Record<string, Param> = { ind: 'indicator', i: 'indicator', l: 'lang' };

/** Parse a query string ("?a=b" or "a=b") into a full state; never throws. */
export function parseUrlState(search: string): Parsed {
  const params = new URLSearchParams(search);
  for (const [old, now] of Object.entries(MIGRATIONS)) {
    const v = params.get(old);
    if (v !== null && !params.has(now)) params.set(now, v);
    params.delete(old);
  }
  const state: AppState = { ...DEFAULT_STATE };
  const invalid: Parsed['invalid'] = [];
  for (const key of PARAMS) {
    const r = parseParam(params, key);
    if (r.status === 'valid') (state as unknown as Record<string, unknown>)[key] = r.value;
    else if (r.status === 'invalid') invalid.push({ param: key, raw: r.raw });
  }
  const known = new Set<string>(PARAMS);
  const unknown = [...new Set([...params.keys()].filter((k) => !known.has(k)))];
  return { state, invalid, unknown };
}

/** Query string for a state ("" for the default state, else "?…"), defaults omitted. */
export function serialiseState(state: Partial<AppState>): string {
  const full = { ...DEFAULT_STATE, ...state };
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    if (full[key] !== DEFAULT_STATE[key]) params.set(key, String(full[key]));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Link to a screen of the full app, relative to the site root (works from index.html and
 * embed.html alike): `appUrl({ view: 'indicator', indicator: 'gdp', lang: 'en' })`
 * → "./?view=indicator&indicator=gdp&lang=en". Pass `base` for an absolute link.
 */
export function appUrl(state: Partial<AppState>, base = './'): string {
  return `${base}${serialiseState(state)}`;
}

/** Ids and names of the dataset that URL values are checked against (promise facets optional). */
export interface KnownIds {
  indicators: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  observations: ReadonlySet<string>;
  documents?: ReadonlySet<string>;
  dues?: ReadonlySet<string>;
  departments?: ReadonlySet<string>;
}

/**
 * State after validating ids against the dataset: an unknown indicator, category, observation,
 * document, due year or department falls back to the default like a malformed value does.
 */
export function checkAgainst(parsed: Parsed, known: KnownIds): Parsed {
  const state = { ...parsed.state };
  const invalid = [...parsed.invalid];
  const reject = (param: 'indicator' | 'category' | 'source' | 'doc' | 'due' | 'dept', set: ReadonlySet<string> | undefined) => {
    if (set && state[param] !== DEFAULT_STATE[param] && !set.has(state[param])) {
      invalid.push({ param, raw: state[param] });
      state[param] = DEFAULT_STATE[param];
    }
  };
  reject('indicator', known.indicators);
  reject('category', known.categories);
  reject('source', known.observations);
  reject('doc', known.documents);
  reject('due', known.dues);
  reject('dept', known.departments);
  return { ...parsed, state, invalid };
}
