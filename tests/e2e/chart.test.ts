/**
 * The indicator chart in real fonts (Noto Sans CJK), app and embed, phone and desktop, both
 * languages: every text at least 13 px, direct labels clear of each other and inside the chart,
 * the takeaway above it, and one font family for the page and the chart.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Font sizes of every SVG text, label boxes (real glyphs) and the fonts in use, read in the page. */
function measure(selector: string) {
  const svg = document.querySelector(selector) as SVGSVGElement;
  const texts = [...svg.querySelectorAll('text')] as SVGTextElement[];
  const labels = [...svg.querySelectorAll('g[paint-order] > text')] as SVGTextElement[];
  const box = (t: SVGGraphicsElement) => {
    const b = t.getBBox();
    return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, text: t.textContent };
  };
  return {
    sizes: texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)),
    labels: labels.map(box),
    width: svg.viewBox.baseVal.width,
    svgFont: getComputedStyle(svg).fontFamily,
    pageFont: getComputedStyle(document.body).fontFamily,
    takeaway: svg.parentElement?.querySelector('p.takeaway')?.textContent ?? '',
  };
}

const cases = [
  { name: 'app', path: (q: string) => `?view=indicator&${q}`, svg: 'main .indicator-chart svg' },
  { name: 'embed', path: (q: string) => `embed.html?${q}`, svg: '[data-ready="true"] svg' },
];

describe('indicator chart in real fonts', () => {
  for (const width of [360, 1280]) {
    for (const lang of ['zh', 'en'] as const) {
      for (const c of cases) {
        for (const q of ['indicator=gdp', 'indicator=grain_output', 'indicator=gdp&region=yicheng']) {
          it(`${c.name} ${width} px ${lang} ${q}`, async () => {
            const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
            try {
              await page.goto(urlOf(c.path(`${q}&lang=${lang}`)));
              await page.waitForSelector(c.svg);
              const m = await page.evaluate(measure, c.svg);
              expect(m.labels.length).toBeGreaterThan(0);
              expect(Math.min(...m.sizes)).toBeGreaterThanOrEqual(13);
              expect(m.svgFont).toBe(m.pageFont);
              expect(m.takeaway.length).toBeGreaterThan(5);
              for (const [i, a] of m.labels.entries()) {
                expect(a.x0, a.text!).toBeGreaterThanOrEqual(0);
                expect(a.x1, a.text!).toBeLessThanOrEqual(m.width);
                for (const b of m.labels.slice(i + 1)) {
                  const overlap = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
                  expect(overlap, `${a.text} / ${b.text}`).toBe(false);
                }
              }
              expect(errors).toEqual([]);
            } finally {
              await close();
            }
          });
        }
      }
    }
  }
});

describe('the exported image', () => {
  it('SVG: title, takeaway, what is measured once, credit with site, link and version, no text under 13 px', async () => {
    const { page, close } = await openPage(browser, { acceptDownloads: true });
    try {
      await page.goto(urlOf('?view=indicator&indicator=grain_output&lang=zh'));
      await page.locator('[data-export="svg"]').first().waitFor();
      const event = page.waitForEvent('download');
      await page.locator('[data-export="svg"]').first().click();
      const markup = (await readFile(await (await event).path())).toString('utf8');
      const texts = [...markup.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      expect(texts[0]).toBe('粮食产量 · 驻马店市');
      expect(texts[1]).toMatch(/年(达成|未达成|待评估|无法评估)/);
      expect(texts.filter((t) => t.startsWith('水平，亿斤'))).toHaveLength(1);
      expect(texts).toContain('2018–2022：≥ 160');
      expect(markup).toMatch(/驻马店：目标与实绩 · 数据版本 [0-9a-f]{12}/);
      expect(markup).toContain(`${new URL(urlOf('')).host}/?view=indicator&amp;indicator=grain_output`);
      const sizes = [...markup.matchAll(/font-size(?:=\"|: )([\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    } finally {
      await close();
    }
  });
});
