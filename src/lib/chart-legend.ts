/**
 * The chart's legend: one entry per kind of mark drawn, in a reader's words with the values
 * ("≈ target of about 6.5%", "≥ 目标 160以上"), then the status words of the gap labels drawn
 * ("✗ missed"), laid out in rows within the chart's width.
 */
import { targetLegend, statusLegend } from './chart-words';
import type { FigureStyle, Ink, LegendItem, LegendKey, LegendSample } from './chart-types';
import { bracketPath, markerFilled, markerPath } from './markers';
import { t } from './i18n';
import type { Series } from './series';
import { STATUS_ORDER } from './status';
import { textWidth, truncate } from './text';
import type { Comparator, Lang } from './types';
import * as W from './words';
import type { Words } from './words';

export const LEGEND_SIZE = 13;
const ROW = 22;
const SWATCH = 22;

const FIGURE_WORDS: Partial<Record<LegendKey, Words>> = {
  actual: W.legendActual,
  estimated: W.legendEstimated,
  derived: W.legendDerived,
  skips: W.legendSkips,
  span: W.legendSpan,
};

type Entry = { key: LegendKey; label: string; ink: Ink; swatch: boolean };

/** The entries for the marks of a series, in drawing order (figures, targets, statuses). */
export function legendEntries(series: Series, lang: Lang, skips: boolean): Entry[] {
  const out: Entry[] = [];
  const figure = (key: LegendKey) => out.push({ key, label: t(lang, FIGURE_WORDS[key]!), ink: 'fg', swatch: true });
  const a = series.actuals;
  const spanFigures = series.spans.filter((s) => s.kind !== 'target');
  if (a.some((p) => !p.estimated && !p.derived)) figure('actual');
  if ([...a, ...spanFigures].some((p) => p.estimated)) figure('estimated');
  if ([...a, ...spanFigures].some((p) => p.derived)) figure('derived');
  if (skips) figure('skips');
  if (spanFigures.length) figure('span');
  const targets = [...series.targets, ...series.spans.filter((s) => s.kind === 'target')];
  for (const c of ['eq', 'about', 'at_least', 'at_most', 'range', 'qualitative'] as const satisfies readonly Comparator[]) {
    if (targets.some((m) => m.comparator === c)) out.push({ key: c, label: targetLegend(c, targets, lang), ink: 'fg', swatch: true });
  }
  const statuses = new Set(series.gaps.map((g) => g.status));
  for (const s of STATUS_ORDER) if (statuses.has(s)) out.push({ key: `status:${s}`, label: statusLegend(s, lang), ink: s, swatch: false });
  return out;
}

/** Legend entries laid out in rows within `width` from `left`, the first row's centre at `top` + 9. */
export function layoutLegend(
  entries: ReturnType<typeof legendEntries>,
  left: number,
  width: number,
  top: number,
): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = left;
  let y = top + 9;
  for (const entry of entries) {
    const room = width - (entry.swatch ? SWATCH + 6 : 0) - 4;
    const e = { ...entry, label: truncate(entry.label, room, LEGEND_SIZE) };
    const w = (e.swatch ? SWATCH + 6 : 0) + textWidth(e.label, LEGEND_SIZE) + 16;
    if (x > left && x + w > left + width) {
      x = left;
      y += ROW;
    }
    const { swatch: _, ...rest } = e;
    items.push({ ...rest, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, sample: e.swatch ? sample(e.key, x, y) : null });
    x += w;
  }
  return { items, height: entries.length ? y - top + 13 : 0 };
}

/** Where an entry's text starts. */
export const legendTextX = (item: LegendItem) => item.x + (item.sample ? SWATCH + 6 : 0);

/** The sample mark of an entry, SWATCH wide from x, centred on y. */
export function sample(key: LegendKey, x: number, y: number): LegendSample {
  const line = `M${x},${y}H${x + SWATCH}`;
  if (key === 'skips') return { d: line, ink: 'actual', width: 1.5, dash: '0.5 5', filled: false };
  if (key === 'actual' || key === 'estimated' || key === 'derived') {
    return { d: line, ink: 'actual', width: 2, dash: key === 'actual' ? undefined : '4 3', filled: false, dot: (key === 'actual' ? 'stated' : key) as FigureStyle };
  }
  if (key === 'span') return { d: bracketPath(x + 1, x + SWATCH - 1, y), ink: 'actual', width: 2.5, filled: false };
  const c = key as Comparator;
  return { d: markerPath(c, x + SWATCH / 2, c === 'range' ? y + 6 : y, y - 6), ink: 'target', width: 2, filled: markerFilled(c) };
}
