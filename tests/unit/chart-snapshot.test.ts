// @vitest-environment jsdom
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import IndicatorChart from '../../src/components/chart/IndicatorChart.svelte';
import type { Lang, Slice } from '../../src/lib/types';
import type { ChartMode } from '../../src/lib/chart-model';
import { DATASET, GDP_SLICE, GRAIN_TWO_TARGETS_SLICE } from '../fixtures/dataset';

/** Serialise an SVG for comparison: numbers rounded to 1 decimal, Svelte comments dropped. */
function normalise(svg: SVGSVGElement): string {
  return svg.outerHTML
    .replace(/<!---->/g, '')
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

function sliceOf(indicatorId: string): Slice {
  return {
    ...GDP_SLICE,
    indicator: DATASET.indicators.find((i) => i.id === indicatorId)!,
    observations: DATASET.observations.filter((o) => o.region === 'zhumadian' && o.indicator_id === indicatorId),
    pairs: DATASET.pairs.filter((p) => p.region === 'zhumadian' && p.indicator_id === indicatorId),
  };
}

const cases: { name: string; slice: Slice; lang: Lang; mode: ChartMode; width: number }[] = [
  { name: 'gdp-zh-app-640', slice: GDP_SLICE, lang: 'zh', mode: 'app', width: 640 },
  { name: 'gdp-en-static-800', slice: GDP_SLICE, lang: 'en', mode: 'static', width: 800 },
  { name: 'trade-en-embed-360', slice: sliceOf('trade'), lang: 'en', mode: 'embed', width: 360 },
  { name: 'grain-zh-static-600', slice: sliceOf('grain_output'), lang: 'zh', mode: 'static', width: 600 },
  { name: 'grain-two-targets-en-app-640', slice: GRAIN_TWO_TARGETS_SLICE, lang: 'en', mode: 'app', width: 640 },
  { name: 'grain-two-targets-zh-embed-360', slice: GRAIN_TWO_TARGETS_SLICE, lang: 'zh', mode: 'embed', width: 360 },
];

describe('IndicatorChart SVG', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { container } = render(IndicatorChart, { slice: c.slice, lang: c.lang, mode: c.mode, width: c.width });
      const svg = container.querySelector('svg')!;
      const actual = normalise(svg);
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

  it('static mode has no focusable marks', () => {
    const { container } = render(IndicatorChart, { slice: GDP_SLICE, lang: 'en', mode: 'static', width: 600 });
    expect(container.querySelectorAll('[tabindex]').length).toBe(0);
    expect(container.querySelector('svg title')?.textContent).toContain('Gross regional product');
  });

  it('app mode makes every mark focusable with a name', () => {
    const { container } = render(IndicatorChart, { slice: GDP_SLICE, lang: 'en', mode: 'app', width: 600 });
    const marks = [...container.querySelectorAll('[role="button"]')];
    expect(marks.length).toBe(6);
    expect(marks.every((m) => m.getAttribute('aria-label'))).toBe(true);
  });
});
