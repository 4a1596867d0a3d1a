/**
 * Exports of one drawn chart, the pure part: which rows the chart draws and the file name. The
 * CSV text is in ./csv.ts (apart, so that the chart's actions do not ship the CSV writer before
 * a CSV is asked for); the DOM part (blobs, SVG, PNG) is in src/dom/export.ts.
 */
import { assembleSeries, measuresOf } from '../series';
import type { Observation, Slice } from '../types';
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
