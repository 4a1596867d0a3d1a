/**
 * Exports of one drawn chart, the pure part: which rows the chart draws, the file name, and the
 * CSV text (the writer's columns plus the status in words with its reason, derived-from quotes and
 * caveats). The DOM part (blobs, SVG, PNG) is in src/dom/export.ts.
 */
import { figureNotes, caveatText, derivedText } from '../notes';
import { assembleSeries, measuresOf } from '../series';
import { statusText } from '../status';
import type { Lang, Observation, Pair, Slice } from '../types';
import { toCsv, type CsvValue } from '../csv';
import { CHART_CSV_COLUMNS, chartCsvRows } from './csv';
import { exportFileName, type ExportFormat } from './filename';

/** The observations a chart of `slice` draws for `measure` ("basis:unit", '' = default): spans, actuals, targets. */
export function shownObservations(slice: Slice, measure: string): Observation[] {
  const series = assembleSeries(slice, measure);
  return [...series.spans, ...series.actuals, ...series.targets].map((m) => m.obs);
}

/**
 * File name for one export of the chart: zhumadian-gdp-2023-2025.png for the default measure,
 * zhumadian-gdp_level-2022-2024.png when another measure of the indicator is drawn.
 */
export function chartFileName(slice: Slice, measure: string, format: ExportFormat): string {
  const [first] = measuresOf(slice);
  const drawn = measuresOf(slice).find((m) => m.key === measure);
  const name = drawn && first && drawn.key !== first.key ? `${slice.indicator.id}_${drawn.basis}` : slice.indicator.id;
  return exportFileName(slice.region, name, shownObservations(slice, measure), format);
}

/** Columns the chart CSV adds to the writer's: the status in words (with its reason and caveats), derived, caveats. */
export const CHART_CSV_NOTES = ['status_text', 'derived', 'derived_from', 'caveats'] as const;

const KIND_ORDER = { baseline: 0, target: 1, actual: 2 } as const;

function pairOf(o: Observation, pairs: readonly Pair[]): Pair | undefined {
  return o.kind === 'baseline' ? undefined : pairs.find((p) => (o.kind === 'actual' ? p.actual_id : p.target_id) === o.id);
}

/** The CSV of the rows a chart draws, by period, then baseline, target, actual. */
export function chartCsvText(slice: Slice, lang: Lang, measure: string): string {
  const shown = [...shownObservations(slice, measure)].sort(
    (a, b) => a.period.localeCompare(b.period) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
  const rows = shown.map((o) => {
    const pair = pairOf(o, slice.pairs);
    const notes = figureNotes(o, slice);
    const extra: Record<(typeof CHART_CSV_NOTES)[number], CsvValue> = {
      status_text: pair ? statusText(pair, slice.caveats, lang) : '',
      derived: o.derived,
      derived_from: derivedText(notes, lang),
      caveats: caveatText(notes, lang),
    };
    return { ...chartCsvRows(slice, lang, [o])[0]!, ...extra };
  });
  return toCsv([...CHART_CSV_COLUMNS, ...CHART_CSV_NOTES], rows);
}
