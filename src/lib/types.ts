/**
 * The dataset contract, shared by the build pipeline (scripts/) and the app (src/).
 * Bump SCHEMA_VERSION whenever a field changes meaning or disappears.
 */
export const SCHEMA_VERSION = 1;

/** Where a figure applies. */
export type Region = 'zhumadian' | 'yicheng';
export const REGIONS: readonly Region[] = ['zhumadian', 'yicheng'];

/** What a stated figure is: a promise, an outcome, or a starting value. */
export type Kind = 'target' | 'actual' | 'baseline';

/** How the value relates to the figure stated. */
export type Comparator = 'eq' | 'about' | 'at_least' | 'at_most' | 'range' | 'qualitative';

/** What the number measures. */
export type Basis = 'level' | 'yoy_growth' | 'annual_avg_growth' | 'cumulative' | 'change_pp';

/** Outcome of comparing a target with its actual. */
export type Status = 'met' | 'missed' | 'near' | 'pending' | 'not_assessable';

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
  | 'task_notice'; // 2025 task notice

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
  files: SeedFileMeta[];
}

/** Higher is better, lower is better, or neither (a level with no direction). */
export type Direction = 'higher' | 'lower' | 'neutral';

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
}

/** One stated fact: a target, actual or baseline, traced to its sentence. */
export interface Observation {
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
  document_id: string;
  source_file: string;
  /** 1-based line in source_file where the quote starts. */
  source_line: number;
  /** Character offsets (UTF-16, as JS strings) of the figure in the source file. */
  source_start: number;
  source_end: number;
  /** Source text around the figure, line breaks removed, nothing else changed. */
  quote: string;
  section: Section;
  /** 约束性 binding / 预期性 indicative, for plan tables. */
  binding: 'binding' | 'indicative' | '';
  /** Period taken from the document's horizon rather than the sentence. */
  period_inferred: boolean;
  /** Lead department(s) for task-notice targets, joined by "、". */
  lead_departments: string;
  /** Deadline phrase (12月底前, 年内持续推进 …) for task-notice targets. */
  deadline: string;
  /** Other places that state the same fact (e.g. the 2025 task notice repeats the headline list). */
  also_stated_in: string;
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
  /** Which rule decided the status, in words. */
  rule: string;
}

/** Everything the app loads. */
export interface Dataset {
  schema_version: number;
  /** Deterministic version: content hash of the seeds and the catalogue. */
  version: string;
  documents: (DocumentMeta & { file: string; sha256: string; line_start: number; line_end: number })[];
  indicators: Indicator[];
  observations: Observation[];
  pairs: Pair[];
}

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
  'also_stated_in',
] as const satisfies readonly (keyof Observation)[];

/** Interface language. */
export type Lang = 'zh' | 'en';

/**
 * Everything one chart needs (what an embed loads): one indicator in one region.
 * Written by the build as public/data/slices/{region}--{indicator_id}.json.
 */
export interface Slice {
  schema_version: number;
  version: string;
  region: Region;
  indicator: Indicator;
  /** Only the documents the observations cite. */
  documents: Dataset['documents'];
  observations: Observation[];
  pairs: Pair[];
}
