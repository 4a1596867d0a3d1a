/**
 * One chart for a news page: title, chart, modifier legend, a one-line source credit and a link
 * back to the same view in the full app. Loads only this chart's slice (checked by the app's
 * loader; a slice that does not exist gives the default chart with a notice; a failure a message
 * and a retry). Posts its height to the parent. Framework-free: the chart is the app's renderer.
 */
import { mountChart, type ChartView } from '../dom/chart';
import { add, htmlEl, setChildren } from '../dom/el';
import { markWhenPainted } from '../dom/paint-mark';
import { chartHref } from '../lib/credit';
import { sliceForYears } from '../lib/export/years';
import { nameIn, nameOf, t } from '../lib/i18n';
import { isMissing, loadSlice, type Loaded } from '../lib/load';
import { EMBED_DRAWN_MARK } from '../lib/perf';
import { assembleSeries } from '../lib/series';
import { chartable } from '../lib/slice';
import type { Slice } from '../lib/types';
import * as W from '../lib/words';
import { FAILURE_WORDS } from '../lib/words';
import { controls, type Choice, type Controls } from './controls';
import { creditLine } from './credit-line';
import { postHeightOnResize } from './height';
import { noticesEl, type Notice } from './notices';
import { EMBED_DEFAULTS, type EmbedParams } from './params';

/** Fill `root` (the page's <main>) with the chart `params` ask for. */
export function startEmbed(root: HTMLElement, params: EmbedParams, notices: readonly Notice[], win: Window): void {
  const doc = root.ownerDocument;
  // Lang and years can change through the controls; the rest is fixed by the URL.
  const choice: Choice = { lang: params.lang, from: params.from, to: params.to };
  let full: Slice | null = null;
  /** Why the chart's data could not be used (null: none failed). */
  let failed: Extract<Loaded<Slice>, { ok: false }> | null = null;
  let notFound: Notice | null = null;
  let width = doc.documentElement.clientWidth;
  let chart: ChartView | null = null;
  let row: Controls | null = null;

  // Built once and kept in place (a focused control or chart mark keeps its focus); the notices,
  // the status line and the credit are drawn anew.
  const top = htmlEl(doc, 'div', { class: 'pad' });
  const h1 = htmlEl(doc, 'h1');
  const chartHost = htmlEl(doc, 'div');
  const bottom = htmlEl(doc, 'div', { class: 'pad' });

  function render() {
    const { lang } = choice;
    const shown = full ? sliceForYears(full, choice.from, choice.to) : null;
    const head = noticesEl(doc, notFound ? [...notices, notFound] : notices, lang);
    doc.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    if (!full || !shown) {
      const status = failed
        ? add(
            htmlEl(doc, 'p', { class: 'status', role: 'alert', 'data-failure': failed.kind }, {}, `${t(lang, W.chartFailed)} ${t(lang, FAILURE_WORDS[failed.kind])} `),
            htmlEl(doc, 'button', { type: 'button' }, {}, t(lang, W.retry)),
          )
        : htmlEl(doc, 'p', { class: 'status' }, {}, t(lang, W.chartLoading));
      status.querySelector('button')?.addEventListener('click', load);
      setChildren(top, [head, status]);
      setChildren(root, [top]);
      return;
    }
    const title = `${nameOf(full.indicator, lang)} · ${nameIn(full.regions, full.region, lang)}`;
    doc.title = title;
    h1.textContent = title;
    if (params.controls && !row) row = controls(doc, assembleSeries(full, params.measure).years, change);
    row?.update(choice);
    setChildren(top, [head, h1, row?.element ?? null]);

    if (width > 0) {
      const props = { slice: shown, lang, mode: 'embed', width, measure: params.measure } as const;
      if (chart) chart.update(props);
      else chart = mountChart(chartHost, props);
    }
    // The documents the drawn marks come from (as in the static chart's source line).
    const series = assembleSeries(shown, params.measure);
    const ids = new Set([...series.actuals, ...series.targets].map((m) => m.obs.document_id));
    const appHref = chartHref({ indicator: full.indicator.id, region: full.region, measure: params.measure, lang }, new URL('./', doc.baseURI).href);
    bottom.replaceChildren(creditLine(doc, shown.documents.filter((d) => ids.has(d.id)), shown.version, lang, appHref));
    setChildren(root, [top, chart ? chartHost : null, bottom]);
    // For the bench and tests: the chart is in the page (ready) and then on screen (the mark).
    if (chart && !root.dataset.ready) {
      root.dataset.ready = 'true';
      markWhenPainted(EMBED_DRAWN_MARK);
    }
  }

  function change(next: Partial<Choice>) {
    Object.assign(choice, next);
    render();
  }

  /** The slice asked for; when it does not exist, the default chart with a notice. */
  async function load() {
    failed = null;
    render();
    const first = await loadSlice(params.region, params.indicator);
    const isDefault = params.region === EMBED_DEFAULTS.region && params.indicator === EMBED_DEFAULTS.indicator;
    if (first.ok) full = chartable(first.data);
    else if (isMissing(first) && !isDefault) {
      notFound =
        params.indicator === EMBED_DEFAULTS.indicator
          ? { param: 'region', value: params.region, reason: 'not_found' }
          : { param: 'indicator', value: params.indicator, reason: 'not_found' };
      const fallback = await loadSlice(EMBED_DEFAULTS.region, EMBED_DEFAULTS.indicator);
      if (fallback.ok) full = chartable(fallback.data);
      else failed = fallback;
    } else failed = first;
    render();
  }

  // The chart spans the page's width: redrawn when it changes.
  new ResizeObserver(() => {
    if (root.clientWidth === width) return;
    width = root.clientWidth;
    render();
  }).observe(root);
  postHeightOnResize(root, win);
  void load();
}
