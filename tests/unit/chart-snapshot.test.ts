// @vitest-environment jsdom
/**
 * The indicator chart as SVG, drawn by the one renderer (src/dom/chart.ts, as the app, the embed
 * and the exports draw it) from real slices (tests/fixtures/real-slices: the build run
 * in-process) in every mode, compared with stored files. Numbers are rounded, ids re-numbered and
 * the dataset version replaced, so a snapshot changes only when the drawing does; on a mismatch
 * the new drawing is written next to the stored one as *-changed.svg for review.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import IndicatorChart from '../../src/components/chart/IndicatorChart.svelte';
import { mountChart, type ChartProps } from '../../src/dom/chart';
import { staticCredit } from '../../src/lib/chart-chrome';
import type { ChartMode } from '../../src/lib/chart-model';
import type { Lang, Slice } from '../../src/lib/types';
import { caveatedInvestmentSlice, derivedTradeSlice, realSlice } from '../fixtures/real-slices';

/** The site's base in snapshots (the export passes its own page's). */
const BASE = 'https://tracker.example/';
const creditOf = (slice: Slice, c: { lang: Lang; mode: ChartMode; width: number; measure?: string }) =>
  c.mode === 'static' ? staticCredit(slice, c.measure ?? '', c.lang, BASE, c.width) : [];

/** Serialise an SVG for comparison: numbers rounded to 1 decimal, ids re-numbered, version masked. */
export function normalise(svg: SVGSVGElement, version: string): string {
  const ids = new Map<string, string>();
  const markup = svg.outerHTML.replace(/<!---->/g, '');
  for (const m of markup.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size}`);
  let out = markup.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
  for (const [id, n] of [...ids].sort((a, b) => b[0].length - a[0].length)) out = out.split(id).join(n);
  return out.split(version).join('VERSION').replace(/></g, '>\n<');
}

/** Draw a chart into a fresh element of the document, as the app and the embed do. */
function draw(props: ChartProps) {
  const container = document.body.appendChild(document.createElement('div'));
  const view = mountChart(container.appendChild(document.createElement('div')), props);
  return { container, view };
}
afterEach(() => document.body.replaceChildren());

const cases: { name: string; slice: () => Slice; lang: Lang; mode: ChartMode; width: number; measure?: string }[] = [
  { name: 'gdp-zh-app-640', slice: () => realSlice('zhumadian', 'gdp'), lang: 'zh', mode: 'app', width: 640 },
  { name: 'gdp-en-static-640', slice: () => realSlice('zhumadian', 'gdp'), lang: 'en', mode: 'static', width: 640 },
  { name: 'gdp-en-embed-360', slice: () => realSlice('zhumadian', 'gdp'), lang: 'en', mode: 'embed', width: 360 },
  { name: 'grain-span-zh-static-640', slice: () => realSlice('zhumadian', 'grain_output'), lang: 'zh', mode: 'static', width: 640 },
  { name: 'grain-span-en-embed-360', slice: () => realSlice('zhumadian', 'grain_output'), lang: 'en', mode: 'embed', width: 360 },
  { name: 'yicheng-gdp-far-horizon-en-app-640', slice: () => realSlice('yicheng', 'gdp'), lang: 'en', mode: 'app', width: 640 },
  {
    name: 'yicheng-gdp-growth-spans-zh-static-640',
    slice: () => realSlice('yicheng', 'gdp'),
    lang: 'zh',
    mode: 'static',
    width: 640,
    measure: 'annual_avg_growth:%',
  },
  { name: 'grain-area-two-targets-en-app-640', slice: () => realSlice('zhumadian', 'grain_area'), lang: 'en', mode: 'app', width: 640 },
  { name: 'trade-derived-en-static-640', slice: derivedTradeSlice, lang: 'en', mode: 'static', width: 640, measure: 'yoy_growth:%' },
  { name: 'investment-caveat-zh-embed-360', slice: caveatedInvestmentSlice, lang: 'zh', mode: 'embed', width: 360 },
];

describe('IndicatorChart SVG', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const slice = c.slice();
      const { container } = draw({ slice, lang: c.lang, mode: c.mode, width: c.width, measure: c.measure ?? '', credit: creditOf(slice, c) });
      const svg = container.querySelector('svg')!;
      const actual = normalise(svg, slice.version);
      const changed = join(import.meta.dirname, `snapshots/chart-${c.name}-changed.svg`);
      try {
        await expect(actual).toMatchFileSnapshot(`snapshots/chart-${c.name}.svg`);
        rmSync(changed, { force: true });
      } catch (e) {
        writeFileSync(changed, actual); // for review next to the stored file (git-ignored)
        throw e;
      }
    });
  }

  it('static mode has no focusable marks and names the chart', () => {
    const { container } = draw({ slice: realSlice('zhumadian', 'gdp'), lang: 'en', mode: 'static', width: 600 });
    expect(container.querySelectorAll('[tabindex]').length).toBe(0);
    expect(container.querySelector('svg title')?.textContent).toContain('Gross regional product');
  });

  it('app mode makes every mark focusable with a name, spans included', () => {
    const slice = realSlice('zhumadian', 'grain_output');
    const { container } = draw({ slice, lang: 'en', mode: 'app', width: 640 });
    const marks = [...container.querySelectorAll('[role="button"]')];
    expect(marks.map((m) => m.getAttribute('aria-label'))).toContain('2018–2022 Actual: ≥ 160 (100m jin)');
    expect(marks.every((m) => m.getAttribute('aria-label'))).toBe(true);
  });

  it('app mode: a mark shows its tooltip on focus or hover and opens its source on Enter or click', async () => {
    const slice = realSlice('zhumadian', 'trade');
    const chosen: string[] = [];
    const { container } = draw({ slice, lang: 'en', mode: 'app', width: 640, measure: 'yoy_growth:%', onselect: (o: { id: string }) => chosen.push(o.id) });
    const point = container.querySelector('[data-mark="p0"]')!;
    await fireEvent.focusIn(point.querySelector('circle')!);
    const tip = container.querySelector('[role="tooltip"]')!;
    expect(point.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain('Derived from 2022 92 (100m yuan) and 2023 78.6 (100m yuan)');
    await fireEvent.keyDown(point, { key: 'Enter' });
    await fireEvent.click(container.querySelector('[data-mark="t0"] path')!);
    expect(chosen).toEqual([slice.observations.find((o) => o.derived && o.period === '2023')!.id, slice.observations.find((o) => o.period === '2021')!.id]);
    await fireEvent.keyDown(point, { key: 'Escape' });
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
    await fireEvent.mouseOver(container.querySelector('[data-mark="t1"] path')!);
    expect(container.querySelector('[role="tooltip"] strong')?.textContent).toMatch(/^2023 Target/);
  });

  it('names, quotes and titles from the data are text in the SVG and the tooltip, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const real = realSlice('zhumadian', 'gdp');
    const slice: Slice = {
      ...real,
      indicator: { ...real.indicator, en: `${hostile}${real.indicator.en}` },
      documents: real.documents.map((d) => ({ ...d, title_en: `${hostile}${d.title_en}` })),
      observations: real.observations.map((o) => ({ ...o, quote: `${hostile}${o.quote}` })),
    };
    const { container } = draw({ slice, lang: 'en', mode: 'app', width: 640 });
    (container.querySelector('[data-mark="p0"]') as SVGElement).focus();
    expect(container.querySelector('svg title')?.textContent).toContain(hostile);
    expect(container.querySelector('[role="tooltip"] q')?.textContent).toMatch(/^<img src=x/);
    expect(container.querySelector('[role="tooltip"] .doc')?.textContent).toMatch(/^<img src=x/);
    expect(container.querySelector('img')).toBeNull();
  });

  it('app and embed modes put the takeaway above the chart as text', () => {
    const { container } = draw({ slice: realSlice('zhumadian', 'gdp'), lang: 'en', mode: 'embed', width: 640 });
    expect(container.querySelector('p.takeaway')?.textContent).toMatch(/^Missed in 2023/);
  });

  it('redraws for a new width or language, keeping the focused mark and its tooltip', () => {
    const slice = realSlice('zhumadian', 'gdp');
    const { container, view } = draw({ slice, lang: 'en', mode: 'app', width: 640 });
    (container.querySelector('[data-mark="p0"]') as SVGElement).focus();
    expect(container.querySelector('[role="tooltip"] strong')?.textContent).toMatch(/^2023 Actual/);
    view.update({ slice, lang: 'zh', mode: 'app', width: 360 });
    expect(container.querySelectorAll('svg')).toHaveLength(1);
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('360');
    expect(document.activeElement?.getAttribute('data-mark')).toBe('p0');
    expect(container.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    expect(container.querySelector('[role="tooltip"] strong')?.textContent).toMatch(/^2023 实绩/);
  });

  it('the app’s Svelte component draws through the same renderer and hands out its <svg>', async () => {
    const slice = realSlice('zhumadian', 'grain_output');
    const props = { slice, lang: 'en', mode: 'app', width: 640 } as const;
    const { container, component } = render(IndicatorChart, props);
    await tick();
    const svg = container.querySelector('svg')!;
    expect(component.getSvg()).toBe(svg);
    expect(normalise(svg, slice.version)).toBe(normalise(draw(props).container.querySelector('svg')!, slice.version));
  });
});
