/**
 * Exports of one drawn chart: the static-mode <svg> in, a file out. Exactly what the chart shows:
 * the same series (lib/series) for the CSV, the same SVG for the image.
 */
import { assembleSeries, measuresOf } from '../series';
import type { Lang, Observation, Slice } from '../types';
import { chartCsv } from './csv';
import { exportFileName, type ExportFormat } from './filename';
import { pngPixelSize, rasteriseSvg, type Scale } from './png';
import { LIGHT } from '../palette';
import { serializeSvg } from './svg';

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

/** CSV of the rows the chart draws. */
export function chartCsvBlob(slice: Slice, lang: Lang, measure: string): Blob {
  return new Blob([chartCsv(slice, lang, shownObservations(slice, measure))], { type: 'text/csv;charset=utf-8' });
}

export interface ImageOptions {
  transparent: boolean;
}

// The static chart is drawn in light-theme colours whatever the page's theme: so is its background.

/** A standalone SVG file of the drawn chart. */
export function chartSvgBlob(svg: SVGSVGElement, options: ImageOptions): Blob {
  const { markup } = serializeSvg(svg, { background: options.transparent ? null : LIGHT.bg });
  return new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
}

/** A PNG of the drawn chart at `scale` × its CSS size. */
export async function chartPngBlob(
  svg: SVGSVGElement,
  options: ImageOptions & { scale: Scale },
): Promise<{ blob: Blob; width: number; height: number }> {
  const background = options.transparent ? null : LIGHT.bg;
  const serialized = serializeSvg(svg, { background, scale: options.scale });
  const size = pngPixelSize(serialized.width, serialized.height, options.scale);
  const blob = await rasteriseSvg(serialized.markup, size.width, size.height, svg.ownerDocument);
  return { blob, ...size };
}
