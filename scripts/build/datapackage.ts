/** Frictionless Data Package describing observations.csv and pairs.csv. */
import { OBSERVATION_COLUMNS, PAIR_REASONS, STATUSES, type Observation, type Pair } from '../../src/lib/types.ts';
import { PAIR_COLUMNS } from './csv.ts';

interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
  trueValues?: string[];
  falseValues?: string[];
}

const KINDS = ['target', 'actual', 'baseline'];
const COMPARATORS = ['eq', 'about', 'at_least', 'at_most', 'range', 'qualitative'];
const BASES = ['level', 'yoy_growth', 'annual_avg_growth', 'cumulative', 'change_pp', 'multiple'];
const SECTIONS = [
  'headline_targets',
  'review_headline',
  'review_five_year',
  'review_body',
  'tasks_body',
  'table_1_1',
  'table_2_1',
  'plan_text',
  'task_notice',
  'derived',
];
const PERIOD = '^\\d{4}(-\\d{4})?$';
const bool = { type: 'boolean' as const, trueValues: ['true'], falseValues: ['false'] };

function observationFields(regions: readonly string[]): Record<keyof Observation, Omit<Field, 'name'>> {
  return {
  id: { type: 'string', description: 'Stable id: document, line, indicator, kind, period.', constraints: { required: true, unique: true } },
  region: { type: 'string', description: 'Where the figure applies: a region id of the manifest (data/documents.json "regions").', constraints: { required: true, enum: [...regions] } },
  indicator_id: { type: 'string', description: 'Indicator id from the catalogue (data/indicators.csv).', constraints: { required: true } },
  indicator_zh: { type: 'string', description: 'Indicator name in Chinese.' },
  indicator_en: { type: 'string', description: 'Indicator name in English (the catalogue; for catalogued=false rows data/names.csv, else the Chinese name).' },
  kind: { type: 'string', description: 'target (a promise), actual (an outcome) or baseline (a starting value).', constraints: { required: true, enum: KINDS } },
  period: { type: 'string', description: 'Year ("2024") or span ("2021-2025") the figure refers to.', constraints: { required: true, pattern: PERIOD } },
  value: { type: 'number', description: 'The figure as a plain decimal; empty for qualitative statements. Lower bound for ranges.' },
  value_max: { type: 'number', description: 'Upper bound when comparator is range; else empty.' },
  unit: { type: 'string', description: 'Unit as the text states it: %, 亿元, 元, 万人, 亿斤, 百分点, ‰ …' },
  comparator: { type: 'string', description: 'How the value is meant: eq (as stated), about (左右/约), at_least (以上/不低于), at_most (以内/不超过), range, qualitative (no number).', constraints: { required: true, enum: COMPARATORS } },
  basis: { type: 'string', description: 'What the number measures: level, yoy_growth (year-on-year growth), annual_avg_growth (average annual growth over the period), cumulative (sum over the period, [..] in plan tables), change_pp (change in percentage points).', constraints: { required: true, enum: BASES } },
  estimated: { ...bool, description: 'true when the source marks the figure as an estimate (预计) made before final statistics.' },
  value_text: { type: 'string', description: 'The figure as written, or the wording of a qualitative target.' },
  document_id: { type: 'string', description: 'Document id from data/documents.json.', constraints: { required: true } },
  source_file: { type: 'string', description: 'File in seeds/ holding the document.', constraints: { required: true } },
  source_line: { type: 'integer', description: '1-based line in source_file the figure is on.', constraints: { required: true } },
  source_start: { type: 'integer', description: 'Offset (UTF-16 code units) of the figure in the decoded source file.' },
  source_end: { type: 'integer', description: 'End offset (exclusive) of the figure in the decoded source file.' },
  quote: { type: 'string', description: 'Source text around the figure, line breaks removed and nothing else changed.', constraints: { required: true } },
  section: { type: 'string', description: 'Part of the document the figure came from.', constraints: { enum: SECTIONS } },
  binding: { type: 'string', description: 'For plan tables: binding (约束性) or indicative (预期性); else empty.', constraints: { enum: ['binding', 'indicative', ''] } },
  period_inferred: { ...bool, description: 'true when the period comes from the document (the year it sets targets for or reviews) rather than from the sentence.' },
  lead_departments: { type: 'string', description: 'Lead department(s), canonical Chinese names joined by 、 (English and aliases in dataset.json "departments", from data/departments.csv).' },
  deadline: { type: 'string', description: 'Deadline phrase as written (12月底前, 到2025年 …).' },
  deadline_en: { type: 'string', description: 'The deadline in English (data/deadlines.csv); empty when none or not known.' },
  also_stated_in: { type: 'string', description: 'Other places stating the same fact, space-separated document_id:file:line.' },
  catalogued: { ...bool, description: 'false when no catalogue indicator fits and the measure is named from the sentence itself (never part of a time series).' },
  derived: { ...bool, description: 'true when the value is computed from other rows (a growth from two stated levels), not stated; see derived_from.' },
  derived_from: { type: 'string', description: 'For derived rows: ids of the rows the value is computed from, space-separated.' },
  caveats: { type: 'string', description: 'Ids of the caveats (dataset.json "caveats": table notes, scope changes, estimates) that qualify this figure, space-separated.' },
  base_period: { type: 'string', description: 'For basis multiple: the period whose level the value is a multiple of.' },
  };
}

function pairFields(regions: readonly string[]): Record<keyof Pair, Omit<Field, 'name'>> {
  return {
  id: { type: 'string', description: 'Pair id: "pair:" and the target id.', constraints: { required: true, unique: true } },
  region: { type: 'string', description: 'Region of target and actual.', constraints: { required: true, enum: [...regions] } },
  indicator_id: { type: 'string', description: 'Indicator id from the catalogue.', constraints: { required: true } },
  period: { type: 'string', description: 'Period of target and actual.', constraints: { required: true, pattern: PERIOD } },
  basis: { type: 'string', description: 'Basis shared by target and actual.', constraints: { required: true, enum: BASES } },
  target_id: { type: 'string', description: 'id of the target in observations.csv.', constraints: { required: true } },
  actual_id: { type: 'string', description: 'id of the actual in observations.csv; empty when none is stated.' },
  comparator: { type: 'string', description: 'Comparator of the target.', constraints: { enum: COMPARATORS } },
  target_value: { type: 'number', description: 'Target value (lower bound of a range).' },
  target_value_max: { type: 'number', description: 'Upper bound of a range target.' },
  actual_value: { type: 'number', description: 'Actual value.' },
  unit: { type: 'string', description: 'Unit of target and actual.' },
  gap: { type: 'number', description: 'actual − target; for a range the distance to the nearest bound (0 inside).' },
  gap_unit: { type: 'string', description: 'Unit of the gap: 百分点 for rates in %, else the value unit.' },
  status: {
    type: 'string',
    description:
      'met (reached or beaten outright), within_tolerance (an "about" target missed by no more than the tolerance), near (a narrow miss), missed, not_comparable (both stated, not on the same basis: see caveats), not_assessable (see reason), pending (period not yet reviewed).',
    constraints: { required: true, enum: [...STATUSES] },
  },
  rule: { type: 'string', description: 'Id of the rule that decided the status (printed on the methodology page).' },
  reason: { type: 'string', description: 'Why not judged: qualitative, no_review, not_stated, different_measure, caveat, no_reference; empty when judged.', constraints: { enum: [...PAIR_REASONS] } },
  related_actual_id: { type: 'string', description: 'For reason different_measure: the actual of the related measure the review does state.' },
  derived: { ...bool, description: 'true when the actual is derived (growth from two stated levels), not stated.' },
  caveats: { type: 'string', description: 'Caveat ids of target or actual, space-separated.' },
  };
}

export function tableSchema<K extends string>(columns: readonly K[], fields: Record<K, Omit<Field, 'name'>>) {
  return {
    fields: columns.map((name) => ({ name, ...fields[name] })),
    primaryKey: 'id',
    missingValues: [''],
  };
}

/** Size and sha256 of a published file, as Frictionless `bytes` and `hash`. */
export interface FileStat {
  bytes: number;
  hash: string;
}

export function dataPackage(
  version: string,
  regions: readonly string[],
  sources: { path: string; title: string }[],
  stats: { observations: FileStat; pairs: FileStat },
) {
  const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true } };
  return {
    profile: 'tabular-data-package',
    name: 'zhumadian-targets-actuals',
    title: 'Zhumadian targets and actuals · 驻马店目标与实绩',
    description:
      'Every target, baseline and actual stated in the documents listed under sources (government work reports, task notices, five-year plans and policy documents), each traced to its sentence; and each target paired with its actual.',
    version,
    sources,
    resources: [
      {
        name: 'observations',
        path: 'observations.csv',
        profile: 'tabular-data-resource',
        ...csv,
        bytes: stats.observations.bytes,
        hash: `sha256:${stats.observations.hash}`,
        description: 'One row per stated fact (target, actual or baseline).',
        schema: tableSchema(OBSERVATION_COLUMNS, observationFields(regions)),
      },
      {
        name: 'pairs',
        path: 'pairs.csv',
        profile: 'tabular-data-resource',
        ...csv,
        bytes: stats.pairs.bytes,
        hash: `sha256:${stats.pairs.hash}`,
        description: 'Each target with the actual for the same indicator, region, period, basis and unit; gap and attainment status.',
        schema: {
          ...tableSchema(PAIR_COLUMNS, pairFields(regions)),
          foreignKeys: [
            { fields: 'target_id', reference: { resource: 'observations', fields: 'id' } },
            { fields: 'actual_id', reference: { resource: 'observations', fields: 'id' } },
          ],
        },
      },
    ],
  };
}
