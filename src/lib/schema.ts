/**
 * Checking what arrives before trusting it: the shape of the index, a view's part, the dataset
 * and a slice, field by field (types, enums, nulls), so that a wrong file gives a clear message
 * instead of a crash later. Extra fields are allowed (additive changes); missing or mistyped ones
 * and unknown enum values are not. Pure; never throws.
 */
import {
  LANGS,
  PAIR_REASONS,
  SCHEMA_VERSION,
  STATUSES,
  type Basis,
  type CaveatKind,
  type Comparator,
  type DataIndex,
  type IndicatorIndex,
  type Dataset,
  type DatasetPart,
  type DocumentPart,
  type Direction,
  type DocumentKind,
  type GrowthBasis,
  type Kind,
  type Measure,
  type ScorecardPart,
  type Section,
  type Slice,
} from './types';

/** A field's expected type: a primitive (`?` = or null), a list of allowed values, a list of, or a record. */
type Spec = 'string' | 'string?' | 'number' | 'number?' | 'boolean' | { oneOf: readonly string[] } | { list: Spec } | { record: Record<string, Spec> };

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const keys = <T extends string>(r: Record<T, true>) => Object.keys(r) as T[];
const oneOf = (values: readonly string[]): Spec => ({ oneOf: values });
const list = (of: Spec): Spec => ({ list: of });
const record = (fields: Record<string, Spec>): Spec => ({ record: fields });
const strings = list('string');

const KIND = keys<Kind>({ target: true, actual: true, baseline: true });
const COMPARATOR = keys<Comparator>({ eq: true, about: true, at_least: true, at_most: true, range: true, qualitative: true });
const BASIS = keys<Basis>({ level: true, yoy_growth: true, annual_avg_growth: true, cumulative: true, change_pp: true, multiple: true });
const DIRECTION = keys<Direction>({ higher: true, lower: true, neutral: true });
const MEASURE = keys<Measure>({ flow: true, stock: true, aggregate: true, rate: true });
const GROWTH = keys<GrowthBasis>({ nominal: true, real: true, '': true });
const DOC_KIND = keys<DocumentKind>({ work_report: true, task_notice: true, five_year_plan: true, policy: true, front_matter: true });
const CAVEAT_KIND = keys<CaveatKind>({ scope_change: true, base_revision: true, estimate: true, other: true });
const SECTION = keys<Section>({
  headline_targets: true,
  review_headline: true,
  review_five_year: true,
  review_body: true,
  tasks_body: true,
  table_1_1: true,
  table_2_1: true,
  plan_text: true,
  task_notice: true,
  derived: true,
});

const REGION = record({ id: 'string', zh: 'string', en: 'string', parent: 'string?' });
const CATEGORY = record({ id: 'string', zh: 'string', en: 'string' });
const DOCUMENT = record({
  id: 'string',
  kind: oneOf(DOC_KIND),
  title_zh: 'string',
  title_en: 'string',
  issuer_zh: 'string',
  issuer_en: 'string',
  region: 'string',
  delivered: 'string',
  reviews: strings,
  targets_for: strings,
  begins_with: 'string?',
  file: 'string',
  sha256: 'string',
  line_start: 'number',
  line_end: 'number',
});
const TABLE = record({
  document_id: 'string',
  section: oneOf(SECTION),
  number: 'string',
  caption: 'string',
  source_file: 'string',
  source_line: 'number',
  note: 'string',
  note_line: 'number',
});
const INDICATOR = record({
  id: 'string',
  zh: 'string',
  en: 'string',
  category: 'string',
  unit: 'string',
  direction: oneOf(DIRECTION),
  headline: 'boolean',
  phrasings: strings,
  measure: oneOf(MEASURE),
  qualifiers: strings,
  counting_words: strings,
  growth: oneOf(GROWTH),
  not_same_as: strings,
  note_zh: 'string',
  note_en: 'string',
  catalogued: 'boolean',
});
/** Where a row or caveat stands in its source (types.ts SourcePlace). */
const SOURCE_PLACE = {
  document_id: 'string',
  source_file: 'string',
  source_line: 'number',
  source_start: 'number',
  source_end: 'number',
  quote: 'string',
} as const;

const OBSERVATION = record({
  id: 'string',
  region: 'string',
  indicator_id: 'string',
  indicator_zh: 'string',
  indicator_en: 'string',
  kind: oneOf(KIND),
  period: 'string',
  value: 'number?',
  value_max: 'number?',
  unit: 'string',
  comparator: oneOf(COMPARATOR),
  basis: oneOf(BASIS),
  estimated: 'boolean',
  value_text: 'string',
  ...SOURCE_PLACE,
  section: oneOf(SECTION),
  binding: oneOf(['binding', 'indicative', '']),
  period_inferred: 'boolean',
  lead_departments: 'string',
  deadline: 'string',
  deadline_en: 'string',
  also_stated_in: 'string',
  catalogued: 'boolean',
  derived: 'boolean',
  derived_from: 'string',
  caveats: 'string',
  base_period: 'string',
});
const PAIR = record({
  id: 'string',
  region: 'string',
  indicator_id: 'string',
  period: 'string',
  basis: oneOf(BASIS),
  target_id: 'string',
  actual_id: 'string?',
  comparator: oneOf(COMPARATOR),
  target_value: 'number?',
  target_value_max: 'number?',
  actual_value: 'number?',
  unit: 'string',
  gap: 'number?',
  gap_unit: 'string',
  status: oneOf(STATUSES),
  rule: 'string',
  reason: oneOf(PAIR_REASONS),
  related_actual_id: 'string?',
  derived: 'boolean',
  caveats: 'string',
});
const CAVEAT = record({
  id: 'string',
  kind: oneOf(CAVEAT_KIND),
  ...SOURCE_PLACE,
  zh: 'string',
  en: 'string',
  breaks_comparison: 'boolean',
});

const HEAD = { schema_version: 'number', version: 'string' } as const;
const DEPARTMENT = record({ aliases: list('string'), zh: 'string', en: 'string' });
const PART_FIELDS = { ...HEAD, indicators: list(INDICATOR), observations: list(OBSERVATION), pairs: list(PAIR), caveats: list(CAVEAT), departments: list(DEPARTMENT) };
const INDEX_FIELDS = { regions: list(REGION), documents: list(DOCUMENT), categories: list(CATEGORY), tables: list(TABLE) };

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 24 ? `${v.slice(0, 24)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** The first place where `value` does not fit `spec`, as "path: what was expected, what was found"; null when it fits. */
function mismatch(value: unknown, spec: Spec, path: string): string | null {
  if (typeof spec === 'string') {
    const nullable = spec.endsWith('?');
    const type = nullable ? spec.slice(0, -1) : spec;
    if (value === null && nullable) return null;
    if (typeof value === type && (type !== 'number' || Number.isFinite(value))) return null;
    return `${path}: expected ${type === 'number' ? 'a number' : `a ${type}`}${nullable ? ' or null' : ''}, found ${describe(value)}`;
  }
  if ('oneOf' in spec) {
    return typeof value === 'string' && spec.oneOf.includes(value) ? null : `${path}: unknown value ${describe(value)}`;
  }
  if ('list' in spec) {
    if (!Array.isArray(value)) return `${path}: expected a list, found ${value === undefined ? 'nothing' : describe(value)}`;
    for (let i = 0; i < value.length; i++) {
      const m = mismatch(value[i], spec.list, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object, found ${describe(value)}`;
  for (const [key, field] of Object.entries(spec.record)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) return `${path ? `${path}.` : ''}${key}: missing`;
    const m = mismatch(v, field, path ? `${path}.${key}` : key);
    if (m) return m;
  }
  return null;
}

/** Checks a parsed JSON value against `spec`, schema version first. */
function check<T>(value: unknown, spec: Spec): Checked<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: `expected a JSON object, found ${describe(value)}` };
  const version = (value as { schema_version?: unknown }).schema_version;
  if (version !== SCHEMA_VERSION) {
    return { ok: false, error: `schema_version ${version === undefined ? 'missing' : describe(version)}; this app reads schema ${SCHEMA_VERSION}` };
  }
  const m = mismatch(value, spec, '');
  return m ? { ok: false, error: m } : { ok: true, value: value as T };
}

/** A checker of one kind of file (one per file, so a page ships only the specs it reads). */
export type Checker<T> = (value: unknown) => Checked<T>;

export const checkIndex: Checker<DataIndex> = (v) => check(v, record({ ...HEAD, ...INDEX_FIELDS }));
export const checkIndicators: Checker<IndicatorIndex> = (v) =>
  check(v, record({ ...HEAD, lang: oneOf(LANGS), regions: list(REGION), indicators: list(record({ id: 'string', name: 'string', regions: strings })) }));
export const checkPart: Checker<DatasetPart> = (v) => check(v, record(PART_FIELDS));
const SUMMARY = record({ region: 'string', year: 'number', scope: oneOf(['headline', 'all']), counts: record(Object.fromEntries(STATUSES.map((s) => [s, 'number' as const]))) });
/** The scorecard's part also carries the landing's summary. */
export const checkScorecardPart: Checker<ScorecardPart> = (v) => check(v, record({ ...PART_FIELDS, summary: list(SUMMARY) }));
export const checkDocumentPart: Checker<DocumentPart> = (v) => check(v, record({ ...PART_FIELDS, document_id: 'string' }));
export const checkDataset: Checker<Dataset> = (v) => check(v, record({ ...PART_FIELDS, ...INDEX_FIELDS }));
export const checkSlice: Checker<Slice> = (v) =>
  check(
    v,
    record({
      ...HEAD,
      region: 'string',
      indicator: INDICATOR,
      regions: list(REGION),
      documents: list(DOCUMENT),
      observations: list(OBSERVATION),
      pairs: list(PAIR),
      caveats: list(CAVEAT),
    }),
  );
