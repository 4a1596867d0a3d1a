/**
 * The one module that owns the app's URL state, and the one validator of URL values (the embed's
 * parameters and the pages' preload hints use the same patterns). Everything on screen that can be
 * shared lives in the query string of index.html: `?view=indicator&indicator=gdp&lang=en`.
 *
 * Parsing never throws: each parameter comes back as valid / invalid / missing, invalid values fall
 * back to the default and are listed so the app can show a notice. Serialising leaves defaults out,
 * so the default screen is the bare URL. Pure: no `location`, no `history` (the app passes strings in).
 * Ids are checked for their form here and against the data once it is loaded (`checkAgainst`).
 */
import { STATUSES, type Lang, type Region, type Status } from './types.ts';

export const VIEWS = ['scorecard', 'indicator', 'plan', 'promises', 'data', 'methodology', 'source'] as const;
export type View = (typeof VIEWS)[number];
/** The views the site's menu lists (the source viewer is reached from a figure or a document). */
export const MENU_VIEWS: readonly View[] = VIEWS.filter((v) => v !== 'source');

/** What the promises view groups by. */
export const PROMISE_GROUPS = ['document', 'due', 'department', 'status'] as const;
export type PromiseGroupKey = (typeof PROMISE_GROUPS)[number];

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
  /** Promises view: document id filter ('' = all); source view: the document shown. */
  doc: string;
  /** Source view: the observation whose figure is highlighted ('' = none). Only in the source view's links. */
  obs: string;
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
  obs: '',
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
export const PARAMS = ['view', 'indicator', 'region', 'measure', 'lang', 'category', 'sort', 'q', 'doc', 'obs', 'due', 'dept', 'status', 'group', 'source'] as const;
export type Param = (typeof PARAMS)[number];

export type ParamResult<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

/** The forms of URL values. Ids of indicators and categories; region slugs as the manifest allows them. */
export const PATTERNS = {
  id: /^[a-z0-9][a-z0-9_]{0,63}$/,
  region: /^[a-z][a-z0-9-]{0,39}$/,
  /** "basis:unit" of a chart's measure. */
  measure: /^[a-z_]{1,32}:[^\s<>"'&]{1,8}$/,
  observation: /^[A-Za-z0-9][A-Za-z0-9_.:~\-]{0,199}$/,
  sort: /^-?[a-z_]{1,32}$/,
  document: /^[a-z0-9][a-z0-9_-]{0,63}$/,
  year: /^\d{4}$/,
  /** A department name: up to 40 characters, no spaces, markup or control characters. */
  department: /^[^\s<>"'&\u0000-\u001f]{1,40}$/u,
} as const;

/** Years a link may name. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

export const isId = (s: string) => PATTERNS.id.test(s);
export const isRegionId = (s: string) => PATTERNS.region.test(s);
export const isMeasure = (s: string) => PATTERNS.measure.test(s);
export const isLang = (s: string): s is Lang => s === 'zh' || s === 'en';

/** A year between MIN_YEAR and MAX_YEAR written with four digits, else undefined. */
export function parseYear(raw: string): number | undefined {
  if (!PATTERNS.year.test(raw)) return undefined;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

const validators: { [K in Param]: (raw: string) => AppState[K] | undefined } = {
  view: (r) => (VIEWS as readonly string[]).includes(r) ? (r as View) : undefined,
  lang: (r) => (isLang(r) ? r : undefined),
  region: (r) => (isRegionId(r) ? r : undefined),
  indicator: (r) => (isId(r) ? r : undefined),
  measure: (r) => (isMeasure(r) ? r : undefined),
  source: (r) => (PATTERNS.observation.test(r) ? r : undefined),
  category: (r) => (isId(r) ? r : undefined),
  sort: (r) => (PATTERNS.sort.test(r) ? r : undefined),
  q: (r) => (r.length <= 100 ? r : undefined),
  doc: (r) => (PATTERNS.document.test(r) ? r : undefined),
  obs: (r) => (PATTERNS.observation.test(r) ? r : undefined),
  due: (r) => (parseYear(r) !== undefined ? r : undefined),
  dept: (r) => (PATTERNS.department.test(r) ? r : undefined),
  status: (r) => ((STATUSES as readonly string[]).includes(r) ? (r as Status) : undefined),
  group: (r) => ((PROMISE_GROUPS as readonly string[]).includes(r) ? (r as PromiseGroupKey) : undefined),
};

/** Check one raw value of a URL parameter (for pages other than the app, e.g. the embed); undefined = invalid. */
export function validParam<K extends Param>(key: K, raw: string): AppState[K] | undefined {
  return validators[key](raw);
}

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
  /** Parameters the URL gives a valid value for (a link's `lang` wins over the reader's preference). */
  given: Param[];
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
  const given: Param[] = [];
  for (const key of PARAMS) {
    const r = parseParam(params, key);
    if (r.status === 'valid') {
      (state as unknown as Record<string, unknown>)[key] = r.value;
      given.push(key);
    } else if (r.status === 'invalid') invalid.push({ param: key, raw: r.raw });
  }
  const known = new Set<string>(PARAMS);
  const unknown = [...new Set([...params.keys()].filter((k) => !known.has(k)))];
  return { state, invalid, unknown, given };
}

/** Query string for a state ("" for the default state, else "?…"), defaults omitted. */
export function serialiseState(state: Partial<AppState>): string {
  const full = { ...DEFAULT_STATE, ...state };
  // A figure of the source view means nothing on another screen.
  if (full.view !== 'source') full.obs = DEFAULT_STATE.obs;
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

/**
 * Ids and names of the data that URL values are checked against; each is optional, as the app
 * learns them view by view (the index first, then a view's part).
 */
export interface KnownIds {
  regions?: ReadonlySet<string>;
  indicators?: ReadonlySet<string>;
  categories?: ReadonlySet<string>;
  observations?: ReadonlySet<string>;
  /** Documents the promises view can filter by (those with targets). */
  documents?: ReadonlySet<string>;
  /** Every document (what the source view can show). */
  allDocuments?: ReadonlySet<string>;
  /** Per document: the rows the source view can show in it (once that document's part is loaded). */
  figures?: ReadonlyMap<string, ReadonlySet<string>>;
  dues?: ReadonlySet<string>;
  departments?: ReadonlySet<string>;
}

/**
 * State after validating ids against the data: an unknown region, indicator, category,
 * observation, document, due year or department falls back to the default like a malformed value does.
 * In the source view, `doc` is any document and `obs` a row of that document (without a document,
 * no figure can be shown: `obs` falls back too).
 */
export function checkAgainst(parsed: Parsed, known: KnownIds): Parsed {
  const state = { ...parsed.state };
  const invalid = [...parsed.invalid];
  const reject = (param: 'region' | 'indicator' | 'category' | 'source' | 'doc' | 'due' | 'dept', set: ReadonlySet<string> | undefined) => {
    if (set && state[param] !== DEFAULT_STATE[param] && !set.has(state[param])) {
      invalid.push({ param, raw: state[param] });
      state[param] = DEFAULT_STATE[param];
    }
  };
  reject('region', known.regions);
  reject('indicator', known.indicators);
  reject('category', known.categories);
  reject('source', known.observations);
  reject('doc', state.view === 'source' ? known.allDocuments : known.documents);
  if (state.view === 'source' && state.obs) {
    const figures = state.doc ? known.figures?.get(state.doc) : new Set<string>();
    if (figures && !figures.has(state.obs)) {
      invalid.push({ param: 'obs', raw: state.obs });
      state.obs = DEFAULT_STATE.obs;
    }
  }
  reject('due', known.dues);
  reject('dept', known.departments);
  return { ...parsed, state, invalid };
}
