/**
 * The indicator chart's state: every position, label and path the view draws, computed from a
 * slice without a DOM. The Svelte component only renders this model. Pieces: series.ts (what is
 * drawn), scales.ts (axis rules), chart-words.ts (text), chart-labels.ts (label placement),
 * chart-legend.ts, chart-chrome.ts (header, notes, credit), markers.ts (shapes).
 */
import { caveatMarks, noteBlocks, noteRef, stack, STATIC_PAD, staticHeader, TYPE, type TextBlock } from './chart-chrome';
import { CORNERS, Obstacles, place, type Side } from './chart-labels';
import { layoutLegend, legendEntries } from './chart-legend';
import type { ChartMode, ChartModel, FigureStyle, GapGeom, Ink, LabelGeom, PointGeom, SpanGeom, TargetGeom } from './chart-types';
import { axisTitle, chartSummary, chartTitles, docTitleOf, figureText, gapLabels, markLabel, spanText, takeaway, tooltipNotes } from './chart-words';
import { formatNumber, formatStated } from './format';
import { bracketPath, markerBox, markerPath, spanPath } from './markers';
import { linePath, makeXScale, makeYScale, yearColumns, yearTicks, type AxisKind } from './scales';
import { assembleSeries, seriesValues, type GapMark, type TargetMark } from './series';
import { textWidth, truncate } from './text';
import type { Basis, Lang, Observation, Slice } from './types';

export type { ChartMode, ChartModel } from './chart-types';

const r = (n: number) => Math.round(n * 10) / 10;

/** Narrowest room (px) beside a qualitative target's diamond in which its wording is drawn. */
const QUAL_TEXT_MIN = 40;

/** Plot height for a width and mode. */
export function plotHeight(width: number, mode: ChartMode): number {
  if (mode === 'static') return 300;
  return Math.round(Math.min(340, Math.max(220, width * 0.5)));
}

/** Levels (a stock, a total, a multiple) keep their distance from zero; growth and changes centre on their data. */
export function axisKind(basis: Basis): AxisKind {
  return basis === 'yoy_growth' || basis === 'annual_avg_growth' || basis === 'change_pp' ? 'change' : 'level';
}

const styleOf = (o: { estimated: boolean; derived: boolean }): FigureStyle => (o.derived ? 'derived' : o.estimated ? 'estimated' : 'stated');

export interface ChartOptions {
  lang: Lang;
  mode: ChartMode;
  width: number;
  measure?: string;
  /** Static mode: the credit under the chart (chart-chrome staticCredit; built by the export). */
  credit?: TextBlock[];
}

/** Build the whole chart model. */
export function buildChartModel(slice: Slice, opts: ChartOptions): ChartModel {
  const { lang, mode } = opts;
  const width = Math.max(240, Math.round(opts.width));
  const series = assembleSeries(slice, opts.measure ?? '');
  const { title, subtitle } = chartTitles(slice, series, lang);
  const summaryLine = takeaway(series, lang);
  const pad = mode === 'static' ? STATIC_PAD : 12;
  const unitShown = series.measure.unit === '%' || series.measure.unit === '‰';

  // Static mode: title, takeaway and what is measured on top. App and embed say the title around
  // the chart, the takeaway above it and the measure in the y-axis title.
  const head = mode === 'static' ? staticHeader(title, summaryLine, subtitle, width) : { lines: [], bottom: 0 };
  const yTitle =
    mode === 'static'
      ? null
      : { text: truncate(axisTitle(series, lang), width - 2 * pad, TYPE.text), x: pad, y: 14 };
  const hasQual = [...series.targets, ...series.spans].some((m) => m.comparator === 'qualitative');
  const top = (mode === 'static' ? head.bottom + 18 : 36) + (hasQual ? 24 : 0);

  // Axes.
  const kind = axisKind(series.measure.basis);
  const values = seriesValues(series);
  const ph = plotHeight(width, mode);
  const probe = makeYScale(values, ph, 0, kind);
  const fmt = (v: number, d: number) => `${formatNumber(v, lang, d)}${unitShown ? series.measure.unit : ''}`;
  const labelW = Math.max(...probe.ticks.map((v) => textWidth(fmt(v, probe.decimals), TYPE.text)), 10);
  const plot = { left: r(Math.max(pad + labelW + 8, 36)), top, right: width - pad, bottom: top + ph };
  const ys = makeYScale(values, plot.bottom, plot.top, kind);
  const columns = yearColumns([
    ...series.actuals.map((a) => a.year),
    ...series.targets.map((m) => m.year),
    ...series.spans.flatMap((s) => Array.from({ length: s.end - s.start + 1 }, (_, i) => s.start + i)),
  ]);
  const xs = makeXScale(columns, plot.left, plot.right);
  const xTicks = yearTicks(columns, plot.right - plot.left).map((yr) => ({ x: r(xs(yr)), label: String(yr) }));
  const yTicks = ys.ticks.map((v) => ({ y: r(ys(v)), label: fmt(v, ys.decimals) }));
  const zeroY = ys.domain[0] < 0 && ys.domain[1] > 0 ? r(ys(0)) : null;
  const colW = xs.step;
  const qualitativeY = r(top - 14);

  // Caveats: numbered in order of the marks, referred to from labels, noted in tooltips and below.
  const drawnObs = [...series.spans, ...series.actuals, ...series.targets].map((m) => m.obs);
  const caveatOf = (o: Observation, extra = '') => `${o.caveats} ${extra}`.trim();
  const marks = caveatMarks([...drawnObs.map((o) => o.caveats), ...[...series.targets, ...series.spans].map((m) => m.pair?.caveats ?? '')], slice.caveats);
  const symbolsOf = (list: string) => noteRef(list.split(' ').flatMap((id) => (marks.has(id) ? [marks.get(id)!] : [])));
  const notesOf = (o: Observation, pairCaveats = '') => tooltipNotes({ ...o, caveats: caveatOf(o, pairCaveats) }, slice, lang);

  // Actual points and the line between them (never across an axis break).
  const points: PointGeom[] = series.actuals.map((a, i) => ({
    type: 'point',
    id: `p${i}`,
    year: a.year,
    x: r(xs(a.year)),
    y: r(ys(a.value)),
    style: styleOf(a),
    obs: a.obs,
    label: markLabel(a.obs, null, lang),
    notes: notesOf(a.obs),
  }));
  const broken = (y0: number, y1: number) => columns.slice(columns.indexOf(y0), columns.indexOf(y1)).includes(null);
  const segments = points.slice(1).flatMap((p, i) => {
    const prev = points[i]!;
    if (broken(prev.year, p.year)) return [];
    const style: FigureStyle = prev.style === 'derived' || p.style === 'derived' ? 'derived' : prev.style === 'estimated' || p.style === 'estimated' ? 'estimated' : 'stated';
    return [{ d: linePath([prev, p]), style, skips: p.year - prev.year > 1, from: prev, to: p }];
  });

  // Targets of single years: the distinct targets of a year side by side, the preferred one left.
  // Numbered targets and wordings (in the band above) are placed apart: rank within each group.
  const isQual = (m: TargetMark) => m.comparator === 'qualitative' || m.value === null;
  const group = (m: TargetMark) => series.targets.filter((o) => o.year === m.year && isQual(o) === isQual(m));
  const slot = Math.min(24, Math.max(8, (colW - 8) / Math.max(1, ...series.targets.map((m) => group(m).length))));
  const qualRoom = (x: number) => Math.min(colW - 18, width - pad - (x + 9));
  const targets: TargetGeom[] = series.targets.map((m, i) => {
    const peers = group(m);
    const rank = peers.indexOf(m);
    const x = r(xs(m.year) + (peers.length > 1 ? (rank - (peers.length - 1) / 2) * slot : 0));
    const qual = isQual(m);
    const y = qual ? qualitativeY : r(ys(m.value as number));
    const y2 = m.valueMax !== null ? r(ys(m.valueMax)) : y;
    const last = rank === peers.length - 1;
    return {
      type: 'target',
      id: `t${i}`,
      x,
      y,
      x0: x - 13,
      x1: x + 13,
      style: 'stated',
      comparator: qual ? 'qualitative' : m.comparator,
      d: markerPath(qual ? 'qualitative' : m.comparator, x, y, y2),
      obs: m.obs,
      status: m.pair?.status ?? null,
      label: markLabel(m.obs, m.pair, lang, peers.length > 1 ? docTitleOf(slice, m.obs, lang) : ''),
      notes: notesOf(m.obs, m.pair?.caveats),
      text: qual && last && qualRoom(x) >= QUAL_TEXT_MIN ? truncate(formatStated(m.obs, lang), qualRoom(x), TYPE.text) : '',
    };
  });

  // Spans: across their years, never a point in the last one.
  const spans: SpanGeom[] = series.spans.map((s, i) => {
    const x0 = r(xs.edges(s.start)[0] + 3);
    const x1 = r(xs.edges(s.end)[1] - 3);
    const qual = s.comparator === 'qualitative' || s.value === null;
    const y = qual ? qualitativeY : r(ys(s.value as number));
    const isTarget = s.kind === 'target';
    return {
      type: 'span',
      id: `s${i}`,
      kind: isTarget ? 'target' : 'actual',
      x: r((x0 + x1) / 2),
      x0,
      x1,
      y,
      text: '',
      comparator: qual ? 'qualitative' : s.comparator,
      d: isTarget ? spanPath(qual ? 'qualitative' : s.comparator, x0, x1, y, s.valueMax !== null ? r(ys(s.valueMax)) : y) : bracketPath(x0, x1, y),
      style: styleOf(s),
      status: s.pair?.status ?? null,
      obs: s.obs,
      label: markLabel(s.obs, s.pair, lang),
      notes: notesOf(s.obs, s.pair?.caveats),
    };
  });

  // Gaps: a thin line from each judged target to its actual, in the status's colour.
  const anchorOf = (g: GapMark) => {
    if ('start' in g.actual) {
      const sp = spans[series.spans.indexOf(g.actual)]!;
      return { x: sp.x, y: sp.y, span: sp };
    }
    const p = points[series.actuals.indexOf(g.actual)]!;
    return { x: p.x, y: p.y, span: null };
  };
  const targetY = (g: GapMark) => {
    const lo = g.pair.target_value ?? g.value;
    const hi = g.pair.target_value_max ?? lo;
    return r(ys(Math.min(Math.max(g.value, Math.min(lo, hi)), Math.max(lo, hi))));
  };
  // Not comparable: the two sides are on different bases, so their distance is not drawn.
  const gaps: GapGeom[] = series.gaps
    .map((g) => ({ g, a: anchorOf(g) }))
    .filter(({ g, a }) => g.status !== 'not_comparable' && Math.abs(targetY(g) - a.y) >= 3)
    .map(({ g, a }) => ({ x: a.span ? r(xs(g.year)) : a.x, y1: targetY(g), y2: a.y, status: g.status }));

  // Direct labels, clear of every mark and line: gaps first, then spans, targets, plain values.
  const obstacles = new Obstacles({ x0: pad, y0: plot.top - 10, x1: width - 2, y1: plot.bottom + 4 });
  for (const tk of yTicks) obstacles.addBox({ x0: pad, y0: tk.y - 9, x1: plot.left - 2, y1: tk.y + 9 });
  for (const p of points) obstacles.addBox({ x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6 }, 1);
  for (const m of targets) if (m.comparator !== 'qualitative') obstacles.addBox(markerBox(m.comparator, m.x, m.y, m.y), 1);
  for (const s of spans) {
    const caret = (c: string) => (s.kind === 'target' && s.comparator === c ? 11 : 7);
    obstacles.addBox({ x0: s.x0, y0: s.y - caret('at_least'), x1: s.x1, y1: s.y + caret('at_most') });
  }
  for (const s of segments) obstacles.addSegment({ x0: s.from.x, y0: s.from.y, x1: s.to.x, y1: s.to.y });
  for (const g of gaps) obstacles.addSegment({ x0: g.x, y0: g.y1, x1: g.x, y1: g.y2 });
  // The zero line is drawn darker than the grid: no label across it.
  if (zeroY !== null) obstacles.addSegment({ x0: plot.left, y0: zeroY, x1: plot.right, y1: zeroY });

  const labels: LabelGeom[] = [];
  const put = (at: { x: number; y: number; rx?: number; ry?: number }, variants: LabelGeom['lines'][], sides: readonly Side[]) => {
    const placed = place(obstacles, at, variants.map((v) => v.map((l) => l.text)), sides);
    if (placed) labels.push({ x: placed.x, y: placed.y, anchor: placed.anchor, size: TYPE.text, lines: variants[placed.index]! });
    return !!placed;
  };
  const labelled = new Set<object>();
  for (const g of series.gaps) {
    const a = anchorOf(g);
    const refs = symbolsOf(`${g.pair.caveats} ${g.actual.obs.caveats} ${g.target.obs.caveats}`);
    const sides: Side[] = a.span ? ['above', 'below'] : ['right', 'left', 'above', 'below'];
    const at = a.span ? { x: a.x, y: a.y, rx: (a.span.x1 - a.span.x0) / 2, ry: 6 } : { x: a.x, y: a.y };
    const variants = gapLabels(g, unitShown, lang, refs);
    // The actual's value with its gap beside the mark; else off a corner of a point (its sides taken
    // by lines or the edge); only then the gap alone.
    const withValue = variants.filter((v) => v.length > 1);
    const placed =
      put(at, withValue, sides) ||
      (!a.span && put(at, withValue, CORNERS)) ||
      put(at, variants.filter((v) => v.length === 1), sides);
    if (placed) labelled.add(g.actual);
  }
  for (const [i, s] of series.spans.entries()) {
    if (labelled.has(s)) continue;
    const sp = spans[i]!;
    const cav = symbolsOf(caveatOf(s.obs, s.pair?.caveats));
    const ink: Ink = sp.kind === 'target' ? 'target' : 'fg';
    const full = { text: spanText(s, unitShown, lang) + cav, ink, weight: 400 as const };
    const bare = { text: figureText(s.obs, unitShown, lang) + cav, ink, weight: 400 as const };
    put({ x: sp.x, y: sp.y, rx: (sp.x1 - sp.x0) / 2, ry: 6 }, [[full], [bare]], ['above', 'below']);
  }
  // A target's value is written where it changes from the year before, and on the last target
  // (a repeat says nothing new: the legend has the values).
  const numbered = series.targets.filter((m) => !isQual(m));
  const stated = (m: TargetMark) => figureText(m.obs, unitShown, lang);
  for (const [i, m] of series.targets.entries()) {
    const g = targets[i]!;
    if (isQual(m)) continue;
    const k = numbered.indexOf(m);
    const before = numbered.filter((o) => o.year === m.year - 1).map(stated);
    const repeat = k < numbered.length - 1 && before.includes(stated(m)) && !m.pair?.caveats && !m.obs.caveats;
    if (repeat) continue;
    const text = stated(m) + symbolsOf(caveatOf(m.obs, m.pair?.caveats));
    const peers = group(m);
    // Beside the mark, or across from a caret (under ≥, over ≤); the right-hand one of several to the right.
    const sides: Side[] =
      peers.length > 1 && peers.indexOf(m) === peers.length - 1
        ? ['right', 'above', 'below']
        : m.comparator === 'at_least'
          ? ['below', 'left', 'right', 'above']
          : m.comparator === 'at_most'
            ? ['above', 'left', 'right', 'below']
            : ['left', 'right', 'above', 'below'];
    put({ x: g.x, y: g.y, rx: 12, ry: 6 }, [[{ text, ink: 'target', weight: 400 }]], sides);
  }
  for (const [i, a] of series.actuals.entries()) {
    if (labelled.has(a)) continue;
    const p = points[i]!;
    const text = figureText(a.obs, unitShown, lang) + symbolsOf(a.obs.caveats);
    put({ x: p.x, y: p.y }, [[{ text, ink: 'fg', weight: 400 }]], ['right', 'left', 'above', 'below']);
  }

  // Legend, caveat notes and (static) the credit.
  const legendTop = plot.bottom + 30;
  const legend = layoutLegend(legendEntries(series, lang, segments.some((s) => s.skips)), pad, width - 2 * pad, legendTop);
  const notes = noteBlocks(marks, slice.caveats, lang);
  const credit = mode === 'static' ? (opts.credit ?? []) : [];
  if (notes.length && credit.length) notes[notes.length - 1] = { ...notes.at(-1)!, gapAfter: 8 };
  const foot = stack([...notes, ...credit], pad, width - 2 * pad, legendTop + legend.height + (notes.length || credit.length ? 6 : 0));

  return {
    width,
    height: Math.round(foot.bottom + pad / 2 + 2),
    plot,
    header: head.lines,
    footer: foot.lines,
    title: `${title} (${subtitle})`,
    takeaway: summaryLine,
    desc: chartSummary(
      [...spans.filter((x) => x.kind === 'actual'), ...points, ...targets, ...spans.filter((x) => x.kind === 'target')].map((m) => m.label),
      notes.map((n) => n.text),
      lang,
    ),
    yTitle,
    xTicks,
    xTickY: r(plot.bottom + 20),
    yTicks,
    zeroY,
    breaks: xs.breaks.map(r),
    segments: segments.map(({ d, style, skips }) => ({ d, style, skips })),
    points,
    targets,
    spans,
    gaps,
    labels,
    qualitativeY,
    legend: legend.items,
    empty: points.length === 0 && targets.length === 0 && spans.length === 0,
  };
}

