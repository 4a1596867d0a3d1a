/**
 * The indicator chart, the one renderer of the app, the embed and the exports, in three modes:
 * 'app' (interactive: tooltips, keyboard, a mark opens its source), 'embed' (chart, legend,
 * tooltips), 'static' (title, takeaway, legend, notes and the credit its caller passes inside the
 * SVG, no interactivity: for SVG/PNG export). In app and embed modes the takeaway is a paragraph
 * above the chart. All geometry comes from buildChartModel (lib/chart-model.ts); chart-svg.ts
 * draws it and this module wires the marks: focus or hover shows a mark's tooltip, Enter, Space
 * or a click selects it, Escape hides the tooltip. Framework-free: the Svelte component
 * (components/chart/IndicatorChart.svelte) and the embed's page both mount it; its styles
 * (chart.css: takeaway, tooltip, focus) are imported by each page's entry.
 */
import type { TextBlock } from '../lib/chart-chrome';
import { buildChartModel, type ChartMode, type ChartModel } from '../lib/chart-model';
import { CSS_VARS, LIGHT } from '../lib/palette';
import type { Lang, Observation, Slice } from '../lib/types';
import { chartSvg, marksOf, type Mark } from './chart-svg';
import { tooltip } from './chart-tooltip';
import { htmlEl } from './el';

export interface ChartProps {
  slice: Slice;
  lang: Lang;
  mode: ChartMode;
  width: number;
  /** Measure key "basis:unit"; '' or absent: the measure with the most targets. */
  measure?: string;
  /** Static mode: the credit under the chart (lib/chart-chrome staticCredit: sources, site, link, version). */
  credit?: readonly TextBlock[];
  /** A mark was chosen (Enter, Space or click): app mode opens its source. */
  onselect?: (obs: Observation) => void;
}

export interface ChartView {
  /** Draw again with new props (a no-op when nothing the drawing depends on changed). */
  update(props: ChartProps): void;
  /** The drawn <svg>, for export. */
  readonly svg: SVGSVGElement;
  /** Take the chart out of its host. */
  destroy(): void;
}

/** What the drawing depends on (onselect is read when a mark is chosen). */
function sameDrawing(a: ChartProps, b: ChartProps): boolean {
  const credit = (p: ChartProps) => p.credit ?? [];
  return (
    a.slice === b.slice &&
    a.lang === b.lang &&
    a.mode === b.mode &&
    a.width === b.width &&
    (a.measure ?? '') === (b.measure ?? '') &&
    (credit(a) === credit(b) || (credit(a).length === 0 && credit(b).length === 0))
  );
}

/** The id of the mark an element belongs to (the marks share the <svg>'s listeners). */
function markOf(target: EventTarget | null): string | null {
  return (target as Element | null)?.closest?.('[data-mark]')?.getAttribute('data-mark') ?? null;
}

/** Draw the chart into `host` (emptied first) and keep it up to date through the returned view. */
export function mountChart(host: HTMLElement, initial: ChartProps): ChartView {
  const doc = host.ownerDocument;
  let props = initial;
  let model: ChartModel;
  let marks: Mark[] = [];
  let svg: SVGSVGElement;
  let uid = '';
  let active: string | null = null;
  let tip: HTMLElement | null = null;
  const interactive = () => props.mode !== 'static';

  function setActive(id: string | null) {
    const mark = interactive() ? (marks.find((m) => m.id === id) ?? null) : null;
    if ((mark?.id ?? null) === active) return;
    svg.querySelector(`[data-mark="${active}"]`)?.removeAttribute('aria-describedby');
    tip?.remove();
    tip = null;
    active = mark?.id ?? null;
    if (!mark) return;
    const tipId = `${uid}-tip`;
    svg.querySelector(`[data-mark="${mark.id}"]`)?.setAttribute('aria-describedby', tipId);
    tip = tooltip(doc, mark, { id: tipId, width: model.width, lang: props.lang, documents: props.slice.documents, hint: !!props.onselect });
    host.appendChild(tip);
  }

  function select(id: string | null) {
    const mark = interactive() && marks.find((m) => m.id === id);
    if (mark) props.onselect?.(mark.obs);
  }

  const listeners: Record<string, (e: Event) => void> = {
    focusin: (e) => setActive(markOf(e.target)),
    focusout: () => setActive(null),
    mouseover: (e) => setActive(markOf(e.target)),
    mouseout: () => setActive(null),
    click: (e) => select(markOf(e.target)),
    keydown: (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        if (markOf(e.target)) e.preventDefault();
        select(markOf(e.target));
      } else if (key === 'Escape') setActive(null);
    },
  };

  function draw() {
    const { slice, lang, mode, width, measure = '', credit = [] } = props;
    model = buildChartModel(slice, { lang, mode, width, measure, credit: [...credit] });
    marks = marksOf(model);
    uid = `chart-${slice.region}-${slice.indicator.id}-${mode}`;
    svg = chartSvg(doc, model, mode === 'static' ? LIGHT : CSS_VARS, { uid, interactive: interactive() });
    if (interactive()) for (const [type, listener] of Object.entries(listeners)) svg.addEventListener(type, listener);
    host.classList.add('indicator-chart');
    host.style.setProperty('position', 'relative');
    host.style.setProperty('width', `${model.width}px`);
    host.style.setProperty('max-width', '100%');
    host.replaceChildren(...(interactive() && model.takeaway ? [htmlEl(doc, 'p', { class: 'takeaway' }, {}, model.takeaway)] : []), svg);
  }

  draw();
  return {
    update(next) {
      const before = props;
      props = next;
      if (sameDrawing(before, next)) return;
      // The same figures redrawn (another width or language): the focused or pointed mark stays so.
      const same = before.slice === next.slice && before.mode === next.mode && (before.measure ?? '') === (next.measure ?? '');
      const focused = same && svg.contains(doc.activeElement) ? markOf(doc.activeElement) : null;
      const kept = same ? active : null;
      tip?.remove();
      tip = null;
      active = null;
      draw();
      if (focused) (svg.querySelector(`[data-mark="${focused}"]`) as SVGElement | null)?.focus();
      setActive(focused ?? kept);
    },
    get svg() {
      return svg;
    },
    destroy() {
      host.replaceChildren();
    },
  };
}
