/**
 * Exports of one drawn chart, the DOM part: the static-mode <svg> in, a file (Blob) out. Exactly
 * what the chart shows: the same series for the CSV (lib/export/chart.ts), the same SVG for the image.
 */
import { chartCsvText } from '../lib/export/csv';
import { pngPixelSize, type Scale } from '../lib/export/png';
import { LIGHT } from '../lib/palette';
import { rasteriseSvg } from './png';
import { serializeSvg } from './svg';
import type { Lang, Slice } from '../lib/types';

/** CSV of the rows the chart draws. */
export function chartCsvBlob(slice: Slice, lang: Lang, measure: string): Blob {
  return new Blob([chartCsvText(slice, lang, measure)], { type: 'text/csv;charset=utf-8' });
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
