/**
 * The chart model (lib/chart-model.ts) drawn as SVG nodes: every position, path and text comes
 * from the model; this module only turns it into elements, in drawing order (header, axes, actual
 * line, gap lines, marks, labels, legend, footer). Text is set as text, never parsed as markup.
 */
import { legendTextX } from '../lib/chart-legend';
import type { ChartModel, Ink, LabelGeom, LegendItem, PointGeom, SpanGeom, TargetGeom } from '../lib/chart-types';
import { FONT_STACK } from '../lib/fonts';
import { markerFilled } from '../lib/markers';
import type { Palette } from '../lib/palette';
import { add, SVG_NS, svgEl } from './el';

/** A colour role of the model in a palette. */
export function inkColor(colors: Palette, ink: Ink): string {
  return ink in colors.status ? colors.status[ink as keyof Palette['status']] : colors[ink as 'fg' | 'muted' | 'actual' | 'target'];
}

/** Every mark, in drawing order: spans, targets, actual points on top. */
export type Mark = PointGeom | TargetGeom | SpanGeom;
export const marksOf = (model: ChartModel): Mark[] => [...model.spans, ...model.targets, ...model.points];

export interface SvgOptions {
  /** Prefix of the ids of title and description. */
  uid: string;
  /** Marks are buttons with a name (app and embed); static: a picture. */
  interactive: boolean;
}

/** Text placed by the model (labels, header, footer), with a halo in the background colour. */
function texts(doc: Document, labels: readonly LabelGeom[], colors: Palette): SVGElement {
  const group = svgEl(doc, 'g', { 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }, { stroke: colors.bg });
  for (const label of labels) {
    const text = svgEl(doc, 'text', { x: label.x, y: label.y, 'font-size': label.size, 'text-anchor': label.anchor === 'start' ? null : label.anchor });
    label.lines.forEach((line, j) =>
      text.appendChild(
        svgEl(doc, 'tspan', { dy: j ? 16 : null, x: label.x, 'font-weight': line.weight === 400 ? null : line.weight }, { fill: inkColor(colors, line.ink) }, line.text),
      ),
    );
    group.appendChild(text);
  }
  return group;
}

/** Gridlines, the zero line, tick labels, axis breaks and (app, embed) the y-axis title. */
function axes(doc: Document, model: ChartModel, colors: Palette): SVGElement {
  const { plot } = model;
  const muted = { fill: colors.muted };
  const group = svgEl(doc, 'g', { class: 'axes', 'font-size': 13 });
  if (model.yTitle) add(group, svgEl(doc, 'text', { x: model.yTitle.x, y: model.yTitle.y }, muted, model.yTitle.text));
  for (const tick of model.yTicks) {
    add(
      group,
      svgEl(doc, 'line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }, { stroke: colors.grid }),
      svgEl(doc, 'text', { dy: '0.35em', 'text-anchor': 'end', x: plot.left - 6, y: tick.y }, muted, tick.label),
    );
  }
  if (model.zeroY !== null) {
    add(group, svgEl(doc, 'line', { 'stroke-width': 1, x1: plot.left, x2: plot.right, y1: model.zeroY, y2: model.zeroY }, { stroke: colors.muted }));
  }
  for (const tick of model.xTicks) add(group, svgEl(doc, 'text', { 'text-anchor': 'middle', x: tick.x, y: model.xTickY }, muted, tick.label));
  // An axis break (empty years cut out): two slanted strokes on the baseline.
  for (const x of model.breaks) {
    add(group, svgEl(doc, 'path', { 'stroke-width': 1.5, fill: 'none', d: `M${x - 6},${plot.bottom + 5}l5,-10m2,10l5,-10` }, { stroke: colors.muted }));
  }
  return group;
}

/** The actuals' line: dashed towards estimates and derived values, dotted over years without figures. */
function actualLine(doc: Document, model: ChartModel, colors: Palette): SVGElement {
  const group = svgEl(doc, 'g', { class: 'actual-line', fill: 'none' });
  for (const seg of model.segments) {
    const dash = seg.skips ? '0.5 5' : seg.style !== 'stated' ? '4 3' : null;
    add(group, svgEl(doc, 'path', { d: seg.d, 'stroke-width': seg.skips ? 1.5 : 2, 'stroke-linecap': seg.skips ? 'round' : null, 'stroke-dasharray': dash }, { stroke: colors.actual }));
  }
  return group;
}

/** One actual value: a filled dot; hollow for an estimate (预计); hollow with a dotted ring when derived; and its hit area. */
function point(doc: Document, group: SVGElement, p: PointGeom, colors: Palette): void {
  add(
    group,
    svgEl(
      doc,
      'circle',
      { r: 4.5, 'stroke-width': 2, cx: p.x, cy: p.y, 'stroke-dasharray': p.style === 'derived' ? '2 1.6' : null },
      { fill: p.style === 'stated' ? colors.actual : colors.bg, stroke: colors.actual },
    ),
    svgEl(doc, 'circle', { r: 12, fill: 'transparent', cx: p.x, cy: p.y }),
  );
}

/**
 * A target's or a span's shape (its shape says the modifier) with a wider invisible hit area; a
 * qualitative target carries its wording beside the diamond.
 */
function shape(doc: Document, group: SVGElement, mark: TargetGeom | SpanGeom, colors: Palette): void {
  const target = mark.type === 'target' || mark.kind === 'target';
  const filled = target && markerFilled(mark.comparator);
  add(
    group,
    svgEl(
      doc,
      'path',
      {
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        d: mark.d,
        'stroke-width': filled ? 1.5 : 2.5,
        'stroke-dasharray': mark.style === 'stated' ? null : '5 3',
      },
      { fill: filled ? colors.targetFill : 'none', stroke: target ? colors.target : colors.actual },
    ),
    mark.text ? svgEl(doc, 'text', { dy: '0.35em', 'font-size': 13, x: mark.x1 - 4, y: mark.y }, { fill: colors.target }, mark.text) : null,
    svgEl(doc, 'rect', { height: 24, fill: 'transparent', x: mark.x0, y: mark.y - 12, width: Math.max(0, mark.x1 - mark.x0) }),
  );
}

/** The legend, inside the SVG so that every mode (and the PNG) carries it: sample marks in a reader's words, then status words. */
function legend(doc: Document, items: readonly LegendItem[], colors: Palette): SVGElement {
  const group = svgEl(doc, 'g', { class: 'legend', 'font-size': 13, 'stroke-linecap': 'round' });
  for (const item of items) {
    const s = item.sample;
    if (s) {
      add(group, svgEl(doc, 'path', { d: s.d, 'stroke-width': s.width, 'stroke-dasharray': s.dash }, { fill: s.filled ? colors.targetFill : 'none', stroke: colors[s.ink] }));
      if (s.dot) {
        add(
          group,
          svgEl(
            doc,
            'circle',
            { r: 4.5, 'stroke-width': 2, cx: item.x + 11, cy: item.y, 'stroke-dasharray': s.dot === 'derived' ? '2 1.6' : null },
            { fill: s.dot === 'stated' ? colors.actual : colors.bg, stroke: colors.actual },
          ),
        );
      }
    }
    add(group, svgEl(doc, 'text', { dy: '0.35em', x: legendTextX(item), y: item.y, 'font-weight': s ? null : 600 }, { fill: inkColor(colors, item.ink) }, item.label));
  }
  return group;
}

/** The whole chart as one <svg> (not yet in the document). Marks carry `data-mark` with their id. */
export function chartSvg(doc: Document, model: ChartModel, colors: Palette, { uid, interactive }: SvgOptions): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  for (const [name, value] of [['display', 'block'], ['max-width', '100%'], ['height', 'auto']]) svg.style.setProperty(name!, value!);
  const attrs: [string, string | number][] = [
    ['width', model.width],
    ['height', model.height],
    ['viewBox', `0 0 ${model.width} ${model.height}`],
    ['role', interactive ? 'group' : 'img'],
    ['aria-labelledby', `${uid}-title`],
    ['aria-describedby', `${uid}-desc`],
    ['font-family', FONT_STACK],
  ];
  for (const [name, value] of attrs) svg.setAttribute(name, String(value));

  add(
    svg,
    svgEl(doc, 'title', { id: `${uid}-title` }, {}, model.title),
    svgEl(doc, 'desc', { id: `${uid}-desc` }, {}, model.desc),
    !interactive && svgEl(doc, 'rect', { class: 'chart-bg', width: model.width, height: model.height }, { fill: colors.bg }),
    texts(doc, model.header, colors),
    axes(doc, model, colors),
    actualLine(doc, model, colors),
  );
  // The distance between each judged target and its actual, in the status's colour.
  for (const gap of model.gaps) {
    add(svg, svgEl(doc, 'line', { 'stroke-width': 2, x1: gap.x, x2: gap.x, y1: gap.y1, y2: gap.y2 }, { stroke: colors.status[gap.status] }));
  }
  // Focusable and clickable when interactive (a button); the <svg> listens for all marks (dom/chart.ts).
  for (const mark of marksOf(model)) {
    const group = svgEl(doc, 'g', {
      class: 'mark',
      'data-mark': mark.id,
      role: interactive ? 'button' : null,
      tabindex: interactive ? 0 : null,
      'aria-label': interactive ? mark.label : null,
    });
    if (mark.type === 'point') point(doc, group, mark, colors);
    else shape(doc, group, mark, colors);
    svg.appendChild(group);
  }
  add(svg, texts(doc, model.labels, colors), legend(doc, model.legend, colors), texts(doc, model.footer, colors));
  return svg;
}
