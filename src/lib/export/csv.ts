/**
 * CSV of what a chart shows: one row per observation drawn, with its status, unit,
 * comparator and the sentence it came from; the chart's CSV file adds the status in words (with
 * its reason), derived-from quotes and caveats (chartCsvText). Written by the project's one CSV writer (../csv.ts:
 * RFC 4180 quoting, CRLF, UTF-8 BOM for Excel, formula guard). Pure.
 *
 * The views' CSVs are in the reader's language: the header (`csvLabel`: Chinese labels, or the
 * columns' keys in English), names and units (`unit`, `gap_unit`: "100m yuan", "pp"); codes stay
 * the same in both (`unit_code`, `gap_unit_code` as in observations.csv and pairs.csv; kind,
 * comparator, basis, status; ids, numbers, source file and line; the quote as the document writes it).
 */
import { toCsv, type CsvValue } from '../csv';
import { formatUnit } from '../format';
import { t } from '../i18n';
import { caveatText, derivedText, figureNotes } from '../notes';
import { statusText } from '../status';
import { CSV_COLUMN_WORDS, type CsvColumnName } from '../words';
import type { Lang, Observation, Pair, Slice, Status } from '../types';
import { shownObservations } from './chart';
import { byCode } from '../order';

/** The header label of a column of the views' CSVs in `lang` (in English, the column's key). */
export function csvLabel(lang: Lang): (column: CsvColumnName) => string {
  return (column) => t(lang, CSV_COLUMN_WORDS[column]);
}

/** The unit of a pair's gap as the data holds it (百分点 for rates in %); '' without a gap. */
export function gapUnitCode(pair: Pick<Pair, 'gap' | 'gap_unit'> | undefined | null): string {
  return pair && pair.gap !== null ? pair.gap_unit : '';
}

export const CHART_CSV_COLUMNS = [
  'region',
  'indicator_id',
  'indicator',
  'kind',
  'period',
  'value',
  'value_max',
  'unit',
  'unit_code',
  'comparator',
  'value_text',
  'estimated',
  'basis',
  'status',
  'gap',
  'gap_unit',
  'gap_unit_code',
  'document',
  'source_file',
  'source_line',
  'quote',
] as const;

export type ChartCsvColumn = (typeof CHART_CSV_COLUMNS)[number];
export type ChartCsvRow = Record<ChartCsvColumn, CsvValue>;

const KIND_ORDER = { baseline: 0, target: 1, actual: 2 } as const;

/** The pair an observation belongs to, as target or as actual. */
function pairOf(observation: Observation, pairs: readonly Pair[]): Pair | undefined {
  return pairs.find((p) => (observation.kind === 'actual' ? p.actual_id : p.target_id) === observation.id);
}

/** Status of an observation: its pair's for targets and actuals, empty for baselines and unpaired. */
function statusOf(observation: Observation, pairs: readonly Pair[]): Status | null {
  return observation.kind === 'baseline' ? null : (pairOf(observation, pairs)?.status ?? null);
}

/**
 * Rows of the chart's CSV, ordered by period then baseline/target/actual.
 * `observations` defaults to all of the slice's; pass the ones the chart draws.
 */
export function chartCsvRows(
  slice: Slice,
  lang: Lang,
  observations: readonly Observation[] = slice.observations,
): ChartCsvRow[] {
  const titles = new Map(slice.documents.map((d) => [d.id, lang === 'zh' ? d.title_zh : d.title_en]));
  return [...observations]
    .sort((a, b) => byCode(a.period, b.period) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.id, b.id))
    .map((o) => {
      const pair = o.kind === 'baseline' ? undefined : pairOf(o, slice.pairs);
      return {
        region: o.region,
        indicator_id: o.indicator_id,
        indicator: lang === 'zh' ? o.indicator_zh : o.indicator_en,
        kind: o.kind,
        period: o.period,
        value: o.value,
        value_max: o.value_max,
        unit: formatUnit(o.unit, lang),
        unit_code: o.unit,
        comparator: o.comparator,
        value_text: o.value_text,
        estimated: o.estimated,
        basis: o.basis,
        status: statusOf(o, slice.pairs),
        gap: pair?.gap ?? null,
        gap_unit: formatUnit(gapUnitCode(pair), lang),
        gap_unit_code: gapUnitCode(pair),
        document: titles.get(o.document_id) ?? o.document_id,
        source_file: o.source_file,
        source_line: o.source_line,
        quote: o.quote,
      };
    });
}

/** The CSV of what a chart shows. */
export function chartCsv(slice: Slice, lang: Lang, observations?: readonly Observation[]): string {
  return toCsv(CHART_CSV_COLUMNS, chartCsvRows(slice, lang, observations), { label: csvLabel(lang) });
}

/** Columns the chart CSV adds to the writer's: the status in words (with its reason and caveats), derived, caveats. */
export const CHART_CSV_NOTES = ['status_text', 'derived', 'derived_from', 'caveats'] as const;

/** The CSV of the rows a chart draws, by period, then baseline, target, actual. */
export function chartCsvText(slice: Slice, lang: Lang, measure: string): string {
  const shown = [...shownObservations(slice, measure)].sort(
    (a, b) => byCode(a.period, b.period) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.id, b.id),
  );
  const rows = shown.map((o) => {
    const pair = o.kind === 'baseline' ? undefined : pairOf(o, slice.pairs);
    const notes = figureNotes(o, slice);
    const extra: Record<(typeof CHART_CSV_NOTES)[number], CsvValue> = {
      status_text: pair ? statusText(pair, slice.caveats, lang) : '',
      derived: o.derived,
      derived_from: derivedText(notes, lang),
      caveats: caveatText(notes, lang),
    };
    return { ...chartCsvRows(slice, lang, [o])[0]!, ...extra };
  });
  return toCsv([...CHART_CSV_COLUMNS, ...CHART_CSV_NOTES], rows, { label: csvLabel(lang) });
}
