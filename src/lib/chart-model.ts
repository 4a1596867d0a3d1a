/**
 * The indicator chart's state: every position, label and path the view draws, computed from a
 * slice without a DOM. The Svelte component only renders this model.
 */
import { formatBasis, formatDate, formatGap, formatPeriod, formatStated, formatUnit, formatValue, tickFormatter } from './format';
import { nameIn, nameOf, t } from './i18n';
import * as W from './words';
import type { Words } from './words';
import { markerPath } from './markers';
import { linePath, makeXScale, makeYScale, yearTicks } from './scales';
import { assembleSeries, seriesValues, type ActualPoint, type Series, type TargetMark } from './series';
import { STATUS, statusLabel } from './status';
import { textWidth, truncate, wrapText } from './text';
import type { Comparator, Lang, Observation, Slice, Status } from './types';

export type ChartMode = 'app' | 'embed' | 'static';

export interface PointGeom {
  id: string;
  year: number;
  x: number;
  y: number;
  estimated: boolean;
  obs: Observation;
  /** Accessible name and tooltip headline. */
  label: string;
  /** Direct value label ('' when columns are too narrow), placed clear of the line. */
  valueLabel: string;
  value: LabelPlace;
}

/** Where a point's value label goes: its anchor point and text-anchor. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface TargetGeom {
  id: string;
  x: number;
  y: number;
  comparator: Comparator;
  d: string;
  obs: Observation;
  status: Status | null;
  label: string;
  /** Qualitative wording drawn next to the diamond. */
  text: string;
  /** Direct value label beside the marker ('' when columns are too narrow or no side is free). */
  valueLabel: string;
  /** Where the value label starts (anchor start) or ends (anchor end). */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface GapGeom {
  x: number;
  y: number;
  text: string;
  status: Status;
}

export interface LegendItem {
  key: 'actual' | 'estimated' | 'skips' | Comparator;
  label: string;
  x: number;
  y: number;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Static mode only: title and subtitle lines at the top. */
  header: { text: string; y: number; size: number; bold: boolean }[];
  /** Static mode only: source and version lines at the bottom. */
  footer: { text: string; y: number }[];
  title: string;
  desc: string;
  yTitle: string;
  /** Start of the y-axis title, flush with the chart's left margin (like the header and legend). */
  yTitleX: number;
  yTitleY: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Line pieces; `skips`: years without figures in between (drawn dotted). */
  segments: { d: string; estimated: boolean; skips: boolean }[];
  points: PointGeom[];
  targets: TargetGeom[];
  gaps: GapGeom[];
  qualitativeY: number;
  legend: LegendItem[];
  empty: boolean;
}

const r = (n: number) => Math.round(n * 10) / 10;

export const LEGEND_KEYS: Record<LegendItem['key'], Words> = {
  actual: W.legendActual,
  estimated: W.legendEstimated,
  skips: W.legendSkips,
  eq: W.legendExact,
  about: W.legendAbout,
  at_least: W.legendAtLeast,
  at_most: W.legendAtMost,
  range: W.legendRange,
  qualitative: W.legendQualitative,
};

/** Font size of the y-axis title. */
export const Y_TITLE_SIZE = 12;
/** Baseline of the y-axis title below the top of the chart area (below the header in static mode). */
const Y_TITLE_BASELINE = 13;
/**
 * Height reserved above the plot for the y-axis title: its baseline, descenders, and a clear gap
 * above the top tick label, which is centred on the plot's top edge.
 */
const Y_TITLE_BAND = 30;

/** Narrowest room (px) beside a qualitative target's diamond in which its wording is drawn. */
const QUAL_TEXT_MIN = 40;

/** Plot height for a width and mode. */
export function plotHeight(width: number, mode: ChartMode): number {
  if (mode === 'static') return 280;
  return Math.round(Math.min(320, Math.max(200, width * 0.45)));
}

/** "GDP · Zhumadian city" and "growth on previous year, %, 2022–2025". */
export function chartTitles(slice: Slice, series: Series, lang: Lang): { title: string; subtitle: string } {
  const title = `${nameOf(slice.indicator, lang)} · ${nameIn(slice.regions, slice.region, lang)}`;
  const y = series.years;
  const period = y.length ? (y.length > 1 ? `${y[0]}–${y[y.length - 1]}` : `${y[0]}`) : '';
  const unit = formatUnit(series.measure.unit, lang);
  const sep = lang === 'zh' ? '，' : ', ';
  return { title, subtitle: [formatBasis(series.measure.basis, lang), unit, period].filter(Boolean).join(sep) };
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

export function pointLabel(a: ActualPoint, lang: Lang): string {
  const kind = a.obs.kind === 'baseline' ? t(lang, W.baseline) : t(lang, W.actual);
  const est = !a.estimated ? '' : lang === 'zh' ? `（${t(lang, W.estimated)}）` : ` (${t(lang, W.estimated)})`;
  return `${formatPeriod(a.obs.period)} ${kind}${colon(lang)}${formatValue(a.value, a.obs.unit, lang)}${est}`;
}

/**
 * A target's accessible name and tooltip headline. `documentTitle` is named when the year has
 * other targets, so marks side by side say which document set each.
 */
export function targetLabel(m: TargetMark, lang: Lang, documentTitle = ''): string {
  const doc = documentTitle && m.ofYear > 1 ? (lang === 'zh' ? `（${documentTitle}）` : ` · ${documentTitle}`) : '';
  const status = m.pair ? ` — ${statusLabel(m.pair.status, lang)}` : '';
  const comma = lang === 'zh' ? '，' : ', ';
  const gap = m.pair && m.pair.gap !== null ? `${comma}${t(lang, W.gap).toLowerCase()} ${formatGap(m.pair.gap, m.pair.gap_unit, lang)}` : '';
  return `${formatPeriod(m.obs.period)} ${t(lang, W.target)}${colon(lang)}${formatStated(m.obs, lang)}${doc}${status}${gap}`;
}

function docTitleOf(slice: Pick<Slice, 'documents'> | undefined, obs: Observation, lang: Lang): string {
  const d = slice?.documents.find((x) => x.id === obs.document_id);
  return d ? (lang === 'zh' ? d.title_zh : d.title_en) : '';
}

/** A text alternative: what the chart shows, in one paragraph. */
export function chartSummary(series: Series, lang: Lang, slice?: Pick<Slice, 'documents'>): string {
  if (!series.actuals.length && !series.targets.length) return t(lang, W.summaryNone);
  const sep = lang === 'zh' ? '；' : '; ';
  const parts = [...series.actuals.map((a) => pointLabel(a, lang)), ...series.targets.map((m) => targetLabel(m, lang, docTitleOf(slice, m.obs, lang)))];
  return parts.join(sep) + (lang === 'zh' ? '。' : '.');
}

/** Documents cited by the drawn marks, as "title (date)". */
export function sourceLine(slice: Slice, series: Series, lang: Lang): string {
  const ids = new Set([...series.actuals.map((a) => a.obs.document_id), ...series.targets.map((m) => m.obs.document_id)]);
  const docs = slice.documents.filter((d) => ids.has(d.id)).sort((a, b) => a.delivered.localeCompare(b.delivered));
  const list = docs.map((d) =>
    lang === 'zh' ? `${d.title_zh}（${formatDate(d.delivered, lang)}）` : `${d.title_en} (${formatDate(d.delivered, lang)})`,
  );
  return `${t(lang, W.source)}${lang === 'zh' ? '：' : ': '}${list.join(lang === 'zh' ? '；' : '; ')}`;
}

/** Legend entries for the marks present, laid out in rows within `width`, starting at `top`. */
export function layoutLegend(series: Series, lang: Lang, left: number, width: number, top: number): { items: LegendItem[]; height: number } {
  const keys: LegendItem['key'][] = [];
  if (series.actuals.some((a) => !a.estimated)) keys.push('actual');
  if (series.actuals.some((a) => a.estimated)) keys.push('estimated');
  if (series.actuals.some((a, i) => i > 0 && a.year - series.actuals[i - 1]!.year > 1)) keys.push('skips');
  for (const c of ['eq', 'about', 'at_least', 'at_most', 'range', 'qualitative'] as const) {
    if (series.targets.some((m) => m.comparator === c)) keys.push(c);
  }
  const items: LegendItem[] = [];
  let x = left;
  let y = top + 9;
  for (const key of keys) {
    const label = t(lang, LEGEND_KEYS[key]);
    const w = 26 + textWidth(label, 12) + 14;
    if (x > left && x + w > left + width) {
      x = left;
      y += 20;
    }
    items.push({ key, label, x: r(x), y: r(y) });
    x += w;
  }
  return { items, height: keys.length ? y - top + 13 : 0 };
}

/**
 * A value label under its dot, unless the line leaves the dot downwards: then beside it, on the
 * side away from the line, or above the dot when the line falls away on both sides (and no gap
 * label sits there; then under it).
 */
export function valuePlace(p: { x: number; y: number }, prev?: { y: number }, next?: { y: number }, gapAbove = false): LabelPlace {
  const lowerLeft = !!prev && prev.y > p.y + 4;
  const lowerRight = !!next && next.y > p.y + 4;
  if (lowerLeft && lowerRight) return gapAbove ? { x: p.x, y: r(p.y + 17), anchor: 'middle' } : { x: p.x, y: r(p.y - 10), anchor: 'middle' };
  if (lowerLeft) return { x: r(p.x + 7), y: r(p.y + 15), anchor: 'start' };
  if (lowerRight) return { x: r(p.x - 7), y: r(p.y + 15), anchor: 'end' };
  return { x: p.x, y: r(p.y + 17), anchor: 'middle' };
}

export interface ChartOptions {
  lang: Lang;
  mode: ChartMode;
  width: number;
  measure?: string;
}

/** Build the whole chart model. */
export function buildChartModel(slice: Slice, opts: ChartOptions): ChartModel {
  const { lang, mode } = opts;
  const width = Math.max(240, Math.round(opts.width));
  const series = assembleSeries(slice, opts.measure ?? '');
  const { title, subtitle } = chartTitles(slice, series, lang);
  const pad = 12;

  // Header (static mode): wrapped title and subtitle.
  const header: ChartModel['header'] = [];
  let y = 0;
  if (mode === 'static') {
    y = pad;
    for (const text of wrapText(title, width - 2 * pad, 17)) header.push({ text, y: (y += 21) - 4, size: 17, bold: true });
    for (const text of wrapText(subtitle, width - 2 * pad, 13)) header.push({ text, y: (y += 18) - 3, size: 13, bold: false });
    y += 8;
  }

  // Axes.
  const values = seriesValues(series);
  const fmt = tickFormatter(series.measure.unit, lang);
  const hasQual = series.targets.some((m) => m.comparator === 'qualitative');
  const yTitle = truncate(
    series.measure.unit === '%' ? `${formatBasis(series.measure.basis, lang)} (%)` : formatUnit(series.measure.unit, lang),
    width - 2 * pad,
    Y_TITLE_SIZE,
  );
  // The axis title has a band of its own above the plot, clear of the top tick label.
  const yTitleY = y + Y_TITLE_BASELINE;
  const top = y + Y_TITLE_BAND + (hasQual ? 22 : 0);
  const ph = plotHeight(width, mode);
  const probe = makeYScale(values, ph, 0);
  const labelW = Math.max(...probe.ticks.map((v) => textWidth(fmt(v), 11)), 10);
  const plot = { left: r(Math.max(pad + labelW + 8, 36)), top, right: width - pad, bottom: top + ph };
  const ys = makeYScale(values, plot.bottom, plot.top);
  const xs = makeXScale(series.years, plot.left, plot.right);
  const xTicks = yearTicks(series.years, plot.right - plot.left).map((yr) => ({ x: r(xs(yr)), label: String(yr) }));
  const yTicks = ys.ticks.map((v) => ({ y: r(ys(v)), label: fmt(v) }));

  // Direct value labels when columns leave room for them.
  const colW = xs.step;
  const showValues = colW >= 72;

  // Actuals: segments (dashed when an end is estimated) and points.
  const points: PointGeom[] = series.actuals.map((a, i) => ({
    id: `p${i}`,
    year: a.year,
    x: r(xs(a.year)),
    y: r(ys(a.value)),
    estimated: a.estimated,
    obs: a.obs,
    label: pointLabel(a, lang),
    valueLabel: showValues ? fmt(a.value) : '',
    value: { x: 0, y: 0, anchor: 'middle' },
  }));
  const gapYears = new Set(series.gaps.map((g) => g.year));
  for (const [i, p] of points.entries()) p.value = valuePlace(p, points[i - 1], points[i + 1], gapYears.has(p.year));
  const segments = points.slice(1).map((p, i) => {
    const prev = points[i]!;
    return { d: linePath([prev, p]), estimated: prev.estimated || p.estimated, skips: p.year - prev.year > 1 };
  });

  // Targets: the distinct targets of a year side by side within its column, the preferred one left.
  const slot = Math.min(24, Math.max(8, (colW - 8) / Math.max(1, ...series.targets.map((m) => m.ofYear))));
  // A value label is drawn only where it fits inside the chart (else the tooltip and table say it).
  const fits = (text: string, x: number, side: 'start' | 'end' | null) =>
    side === 'end' ? x - textWidth(text, 11) >= 0 : x + textWidth(text, 11) <= width;
  const qualitativeY = r(top - 12);
  const qualRoom = (x: number) => Math.min(colW - 18, width - pad - (x + 9));
  const targets: TargetGeom[] = series.targets.map((m, i) => {
    const x = r(xs(m.year) + (m.ofYear > 1 ? (m.rank - (m.ofYear - 1) / 2) * slot : 0));
    const qual = m.comparator === 'qualitative' || m.value === null;
    // Value labels go outwards: the last mark's to its right, the first's (of several) to its left;
    // marks in between say theirs in the tooltip.
    const last = m.rank === m.ofYear - 1;
    const side = last ? 'start' : m.rank === 0 ? 'end' : null;
    const valueLabel =
      showValues && !qual && side ? formatStated({ ...m.obs, unit: series.measure.unit === '%' || series.measure.unit === '‰' ? m.obs.unit : '' }, lang) : '';
    const labelX = side === 'end' ? r(x - 15) : r(x + 15);
    const ty = qual ? qualitativeY : r(ys(m.value as number));
    const y2 = m.valueMax !== null ? r(ys(m.valueMax)) : ty;
    return {
      id: `t${i}`,
      x,
      y: ty,
      comparator: qual ? 'qualitative' : m.comparator,
      d: markerPath(qual ? 'qualitative' : m.comparator, x, ty, y2),
      obs: m.obs,
      status: m.pair?.status ?? null,
      label: targetLabel(m, lang, docTitleOf(slice, m.obs, lang)),
      // Wording beside the diamond, within its column and the chart, when that leaves room for a
      // few characters (else the legend and the tooltip say it).
      text: qual && last && qualRoom(x) >= QUAL_TEXT_MIN ? truncate(m.obs.value_text, qualRoom(x), 11) : '',
      valueLabel: fits(valueLabel, labelX, side) ? valueLabel : '',
      labelX,
      labelAnchor: side ?? 'start',
    };
  });

  // Gap labels above the higher of actual and target.
  const compact = colW < 96;
  const gaps: GapGeom[] = series.gaps.map((g) => {
    const mark = targets.find((m) => m.obs.id === g.pair.target_id);
    const ya = ys(g.value);
    const yt = mark ? Math.min(mark.y, ys(g.pair.target_value_max ?? g.pair.target_value ?? g.value)) : ya;
    const gapText = compact ? formatGap(g.gap, g.gapUnit, lang).replace(/ ?(pp|百分点)$/, '') : formatGap(g.gap, g.gapUnit, lang);
    return { x: r(xs(g.year)), y: r(Math.max(plot.top + 10, Math.min(ya, yt) - 14)), text: `${STATUS[g.status].symbol} ${gapText}`, status: g.status };
  });

  // Legend and footer.
  const legendTop = plot.bottom + 28;
  const legend = layoutLegend(series, lang, pad, width - 2 * pad, legendTop);
  let bottom = legendTop + legend.height + (legend.height ? 6 : 0);
  const footer: ChartModel['footer'] = [];
  if (mode === 'static') {
    const lines = [
      ...wrapText(sourceLine(slice, series, lang), width - 2 * pad, 11),
      `${t(lang, W.version)} ${slice.version}`,
    ];
    for (const text of lines) footer.push({ text, y: (bottom += 15) });
    bottom += 4;
  }

  return {
    width,
    height: Math.round(bottom + pad / 2),
    plot,
    header,
    footer,
    title: `${title} (${subtitle})`,
    desc: chartSummary(series, lang, slice),
    yTitle,
    yTitleX: pad,
    yTitleY: r(yTitleY),
    xTicks,
    yTicks,
    segments,
    points,
    targets,
    gaps,
    qualitativeY,
    legend: legend.items,
    empty: points.length === 0 && targets.length === 0,
  };
}
