/**
 * The dataset contract, shared by the build pipeline (scripts/) and the app (src/).
 * Bump SCHEMA_VERSION whenever a field changes meaning or disappears.
 */
export const SCHEMA_VERSION = 2;

/**
 * Where a figure applies: a region slug declared in the manifest (`regions`), e.g. "zhumadian".
 * Any place can be added through the manifest; no code lists them.
 */
export type Region = string;

/** A place declared in the manifest. */
export interface RegionMeta {
  id: Region;
  zh: string;
  en: string;
  /** The region it is part of (yicheng → zhumadian), or null. */
  parent: Region | null;
}

/** What a stated figure is: a promise, an outcome, or a starting value. */
export type Kind = 'target' | 'actual' | 'baseline';

/** How the value relates to the figure stated. */
export type Comparator = 'eq' | 'about' | 'at_least' | 'at_most' | 'range' | 'qualitative';

/**
 * What the number measures: a level (stock at a date, or the year's total), growth on the year
 * before, average annual growth over a span, a total over a span, a change in percentage points,
 * or a multiple of an earlier year's level (是2017年的1.8倍, with `base_period`).
 */
export type Basis = 'level' | 'yoy_growth' | 'annual_avg_growth' | 'cumulative' | 'change_pp' | 'multiple';

/**
 * Outcome of comparing a target with its actual (one rule per comparator, see attainment.ts):
 * - met: the target is reached or beaten outright.
 * - within_tolerance: an "about" (左右) target missed by no more than the tolerance: the wording
 *   allows it, but it is a shortfall and never shown as plain "met".
 * - near: short of a firm target by no more than the tolerance (or of an "about" target by no
 *   more than twice it): a narrow miss.
 * - missed: short by more.
 * - not_comparable: both sides are stated, but not on the same basis (a statistical scope
 *   change, a revised base, …): `caveats` says why.
 * - not_assessable: no judgement possible: `reason` says why.
 * - pending: no document reviews the period yet.
 */
export type Status = 'met' | 'within_tolerance' | 'near' | 'missed' | 'not_comparable' | 'not_assessable' | 'pending';
export const STATUSES: readonly Status[] = ['met', 'within_tolerance', 'near', 'missed', 'not_comparable', 'not_assessable', 'pending'];

/**
 * Why a pair is not judged (or judged not comparable):
 * - qualitative: the target states no number (与经济增长同步 without a reference actual, 稳中提质 …).
 * - no_review: no document reviews the target's period (a span review does not review each year).
 * - not_stated: the period is reviewed, but the review states no figure of this measure.
 * - different_measure: the review states a related but different measure (`related_actual_id`).
 * - caveat: the two sides are not on the same statistical basis (`caveats`).
 * - no_reference: an "in step with" target whose reference (GDP growth) is not stated.
 */
export type PairReason = '' | 'qualitative' | 'no_review' | 'not_stated' | 'different_measure' | 'caveat' | 'no_reference';
export const PAIR_REASONS: readonly PairReason[] = ['', 'qualitative', 'no_review', 'not_stated', 'different_measure', 'caveat', 'no_reference'];

/** Which kind of passage a figure came from. */
export type Section =
  | 'headline_targets' // 主要预期目标 list
  | 'review_headline' // opening paragraph of the year's review
  | 'review_five_year' // five-year review (2023 report)
  | 'review_body' // later paragraphs of the review
  | 'tasks_body' // 重点工作 part: secondary targets
  | 'table_1_1' // Yicheng FYP table 1-1
  | 'table_2_1' // Yicheng FYP table 2-1
  | 'plan_text' // running text of a plan or policy
  | 'task_notice' // 2025 task notice
  | 'derived'; // computed from other rows (see Observation.derived_from), not stated

export type DocumentKind = 'work_report' | 'task_notice' | 'five_year_plan' | 'policy' | 'front_matter';

/** One document inside a seed file (a file may hold several). */
export interface DocumentMeta {
  id: string;
  kind: DocumentKind;
  title_zh: string;
  title_en: string;
  issuer_zh: string;
  issuer_en: string;
  region: Region;
  /** ISO date (or year) the document was delivered or issued. */
  delivered: string;
  /** Periods whose outcomes the document reports, e.g. ["2022", "2018-2022"]. */
  reviews: string[];
  /** Periods it sets targets for, e.g. ["2023"] or ["2021-2025"]. */
  targets_for: string[];
  /** Text (whitespace-insensitive) where this document starts inside the file; null = file start. */
  begins_with: string | null;
}

/** One file of seeds/ with the documents it holds. */
export interface SeedFileMeta {
  file: string;
  original_name: string;
  sha256: string;
  documents: DocumentMeta[];
}

export interface Manifest {
  schema_version: number;
  regions: RegionMeta[];
  files: SeedFileMeta[];
}

/** Higher is better, lower is better, or neither (a level with no direction). */
export type Direction = 'higher' | 'lower' | 'neutral';

/**
 * What kind of quantity an indicator is, so that a flow is never compared with a stock:
 * - flow: what is added or done within the period (新增/新建/新设/完成 …: 新建高标准农田 90 万亩).
 * - stock: a level or running total at the period's end (达到/累计/突破: 高标准农田达 1032 万亩).
 * - aggregate: an economic total of the period, mostly judged by its growth (GDP, retail sales).
 * - rate: a ratio, share or per-capita figure (%, ‰, 人/千人 …).
 */
export type Measure = 'flow' | 'stock' | 'aggregate' | 'rate';

/**
 * Whether officially reported growth of an indicator is nominal (current prices: a growth may be
 * derived from two stated levels of consecutive years), real (comparable prices: never derived
 * from levels), or not applicable.
 */
export type GrowthBasis = 'nominal' | 'real' | '';

/** One indicator of the catalogue: names and phrasings, never values. */
export interface Indicator {
  id: string;
  zh: string;
  en: string;
  category: string;
  /** Default unit as usually stated; observations carry the unit the text states. */
  unit: string;
  direction: Direction;
  /** Whether it appears in the headline target lists (scorecard rows). */
  headline: boolean;
  /** Phrasings that mean this indicator, longest match wins. */
  phrasings: string[];
  /** Flow, stock, aggregate or rate (see Measure). */
  measure: Measure;
  /** Scope words the text must put before a phrasing for this indicator (省级, 国家级, 农村 …); [] = none. */
  qualifiers: string[];
  /** Counting words that count the same entities for this indicator (家|户|个): 5万家 = 5万户. */
  counting_words: string[];
  /** Nominal or real growth (see GrowthBasis). */
  growth: GrowthBasis;
  /** Indicators easily taken for this one but not the same measure (for "different measure" calls). */
  not_same_as: string[];
  /** What the indicator covers and why it is kept apart from its neighbours, for researchers. */
  note_zh: string;
  note_en: string;
  /** false for a measure named from its own sentence (not in data/indicators.csv): never a series. */
  catalogued: boolean;
  /** For a structure (三次产业结构 a:b:c): the indicators of its parts, in order. */
  parts?: string[];
}

/** Kinds of caveat a document attaches to its figures. */
export type CaveatKind = 'scope_change' | 'base_revision' | 'estimate' | 'other';

/** Where a figure or a statement stands in its source: document, file, line, offsets and the sentence. */
export interface SourcePlace {
  document_id: string;
  source_file: string;
  /** 1-based line in source_file the figure is on (where the quote starts for a qualitative target's wording, or a caveat's sentence). */
  source_line: number;
  /** Character offsets (UTF-16, as JS strings) of the figure (or caveat sentence) in the source file. */
  source_start: number;
  source_end: number;
  /** Source text around the figure, line breaks removed, nothing else changed. */
  quote: string;
}

/**
 * A statement in a document that qualifies some of its figures (a table note: 统计口径调整,
 * 部分数据为预计值 …), traced to its sentence like a figure. Rows it affects list its id in `caveats`.
 */
export interface Caveat extends SourcePlace {
  id: string;
  kind: CaveatKind;
  /** What it means for a reader, in both languages (from data/caveats.csv, never typed in code). */
  zh: string;
  en: string;
  /** Whether it makes the figures it affects incomparable with a target (scope change) or only uncertain (estimate). */
  breaks_comparison: boolean;
}

/** One stated fact: a target, actual or baseline, traced to its sentence. */
export interface Observation extends SourcePlace {
  /** Stable id: document, line, indicator, kind, period. */
  id: string;
  region: Region;
  indicator_id: string;
  indicator_zh: string;
  indicator_en: string;
  kind: Kind;
  /** A year "2024" or a span "2021-2025". */
  period: string;
  value: number | null;
  /** Upper bound when comparator is "range". */
  value_max: number | null;
  /** Unit as the text states it: %, 亿元, 元, 万人, 亿斤, 百分点, ‰ … */
  unit: string;
  comparator: Comparator;
  basis: Basis;
  /** 预计: an estimate made before final statistics. */
  estimated: boolean;
  /** For qualitative targets the wording (与经济增长同步); otherwise the figure as written. */
  value_text: string;
  section: Section;
  /** 约束性 binding / 预期性 indicative, for plan tables. */
  binding: 'binding' | 'indicative' | '';
  /** Period taken from the document's horizon rather than the sentence. */
  period_inferred: boolean;
  /** Lead department(s), canonical names (data/departments.csv) joined by "、". */
  lead_departments: string;
  /** Deadline phrase (12月底前, 年内持续推进 …) for task-notice targets. */
  deadline: string;
  /** The deadline in English (from data/deadlines.csv); '' when none or not known. */
  deadline_en: string;
  /** Other places that state the same fact (e.g. the 2025 task notice repeats the headline list). */
  also_stated_in: string;
  /** false when no catalogue indicator fits: the measure is named from the sentence itself. */
  catalogued: boolean;
  /** Computed from other rows (a growth from two stated levels), not stated: see derived_from. */
  derived: boolean;
  /** Ids of the rows a derived value is computed from, joined by a space; '' when stated. */
  derived_from: string;
  /** Ids of the caveats (Dataset.caveats) that qualify this figure, joined by a space. */
  caveats: string;
  /** For basis "multiple": the period whose level it is a multiple of (是2017年的1.8倍 → "2017"). */
  base_period: string;
}

/** A target set against the actual for the same indicator, region, period and basis. */
export interface Pair {
  id: string;
  region: Region;
  indicator_id: string;
  period: string;
  basis: Basis;
  target_id: string;
  actual_id: string | null;
  comparator: Comparator;
  target_value: number | null;
  target_value_max: number | null;
  actual_value: number | null;
  unit: string;
  /** actual − target (for range: distance to the nearest bound, 0 inside). */
  gap: number | null;
  /** Unit of the gap: 百分点 for rates in %, else the value unit. */
  gap_unit: string;
  status: Status;
  /** Id of the rule that decided the status (ATTAINMENT_RULES in attainment.ts: text in zh and en). */
  rule: string;
  /** Why not judged, or why not comparable ('' when judged). */
  reason: PairReason;
  /** For reason "different_measure": the actual of the related measure that the review does state. */
  related_actual_id: string | null;
  /** The actual is derived (e.g. growth from two levels), not stated. */
  derived: boolean;
  /** Caveat ids of either side, joined by a space. */
  caveats: string;
}

/** A category of the catalogue, named in both languages (data/categories.csv, never typed in code). */
export interface Category {
  id: string;
  zh: string;
  en: string;
}

/**
 * A table of a document (Yicheng's plan tables 1-1 and 2-1), its caption and note quoted from the
 * source, so a view names the table as the document does. Rows are the observations of its `section`.
 */
export interface DocumentTable {
  document_id: string;
  section: Section;
  /** The table's number as written: "1-1". */
  number: string;
  /** The caption after the number, as it stands in the source: 驿城区“十三五”规划主要目标完成情况. */
  caption: string;
  source_file: string;
  /** 1-based line of the caption. */
  source_line: number;
  /** The note under the table (注：…), line breaks removed; '' when there is none. */
  note: string;
  /** 1-based line of the note; 0 when there is none. */
  note_line: number;
}

/** Everything the app loads. */
export interface Dataset {
  schema_version: number;
  /** Deterministic version: content hash of the seeds and the catalogue. */
  version: string;
  regions: RegionMeta[];
  documents: (DocumentMeta & { file: string; sha256: string; line_start: number; line_end: number })[];
  indicators: Indicator[];
  observations: Observation[];
  pairs: Pair[];
  caveats: Caveat[];
  /** Departments named as leads: canonical Chinese name, English, aliases (data/departments.csv). */
  departments: Department[];
  /** Names of the indicator categories. */
  categories: Category[];
  /** Tables of the documents, with their captions and notes. */
  tables: DocumentTable[];
}

/** A government department, with the other names the documents give it. */
export interface Department {
  zh: string;
  en: string;
  aliases: string[];
}

/** One indicator as the pickers list it, named in one language: enough for the picker and for checking links. */
export interface IndexIndicator {
  id: string;
  name: string;
  /** Regions with catalogued observations of it (a chart exists for each). */
  regions: Region[];
}

/**
 * The small file the views other than the indicator view load first (public/data/index.json):
 * regions, documents, category names and tables. Each view then loads only its own part
 * (public/data/views/{name}.json, the rows the view shows); the whole dataset.json only the
 * data view. The indicator view loads IndicatorIndex and one slice instead.
 */
export interface DataIndex {
  schema_version: number;
  version: string;
  regions: RegionMeta[];
  documents: Dataset['documents'];
  categories: Category[];
  tables: DocumentTable[];
}

/**
 * What the indicator view's pickers list, in one language (public/data/indicators.{lang}.json,
 * one file per language so a link to a chart loads only the names it shows): the regions and
 * the charted indicators.
 */
export interface IndicatorIndex {
  schema_version: number;
  version: string;
  lang: Lang;
  regions: RegionMeta[];
  /** Catalogued indicators with observations (never a measure named from its own sentence). */
  indicators: IndexIndicator[];
}

/**
 * A view's part of the dataset (public/data/views/{name}.json): the rows the view shows with the
 * rows, pairs and caveats they cite; what the index holds is left out (joined in by the app).
 */
export type DatasetPart = Omit<Dataset, 'regions' | 'documents' | 'categories' | 'tables'>;

/** How many targets have each status (every status present, 0 when none). */
export type StatusCounts = Record<Status, number>;

/**
 * One line of the landing's "did they deliver?" summary: the targets of one year in one region by
 * status. Scope `headline`: the scorecard's cells (the headline targets, as its table shows
 * them); `all`: every target of the region that falls due that year, from any document (as the
 * promises view lists them). Computed by the build (lib/summary.ts).
 */
export interface YearSummary {
  region: Region;
  year: number;
  scope: 'headline' | 'all';
  counts: StatusCounts;
}

/** The scorecard's part (public/data/views/scorecard.json): its rows and the landing's summary. */
export type ScorecardPart = DatasetPart & { summary: YearSummary[] };

/** A document's part (public/data/views/documents/{id}.json): its rows, with what they cite, for the source view. */
export type DocumentPart = DatasetPart & { document_id: string };

/** The views that load a part of the dataset of their own. */
export const VIEW_PARTS = ['scorecard', 'promises', 'plan'] as const;
export type ViewPart = (typeof VIEW_PARTS)[number];

/** The CSV columns of observations.csv, in order. */
export const OBSERVATION_COLUMNS = [
  'id',
  'region',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'kind',
  'period',
  'value',
  'value_max',
  'unit',
  'comparator',
  'basis',
  'estimated',
  'value_text',
  'document_id',
  'source_file',
  'source_line',
  'source_start',
  'source_end',
  'quote',
  'section',
  'binding',
  'period_inferred',
  'lead_departments',
  'deadline',
  'deadline_en',
  'also_stated_in',
  'catalogued',
  'derived',
  'derived_from',
  'caveats',
  'base_period',
] as const satisfies readonly (keyof Observation)[];

/** Interface language. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * Everything one chart needs (what an embed loads): one indicator in one region.
 * Written by the build as public/data/slices/{region}--{indicator_id}.json.
 */
export interface Slice {
  schema_version: number;
  version: string;
  region: Region;
  indicator: Indicator;
  /** The slice's region (and only it). */
  regions: RegionMeta[];
  /** Only the documents the observations cite. */
  documents: Dataset['documents'];
  observations: Observation[];
  pairs: Pair[];
  /** Only the caveats the observations cite. */
  caveats: Caveat[];
}
