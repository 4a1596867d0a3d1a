/**
 * Layout in real fonts at phone and desktop widths, both languages: no view overflows sideways,
 * the header lines up with the page and keeps the language switch beside the title, the data
 * table's names wrap, and the chart's axis title clears its tick labels (app and embed).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, onPage } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [360, 1280];
const LANGS = ['zh', 'en'] as const;

const at = (width: number, path: string, ready: string, check: (page: Page) => Promise<void>) => onPage(browser, { width, height: 800 }, path, ready, check);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of the axis title and the tick labels of the first chart, in SVG user units. */
function axisBoxes(): { title: Box; ticks: Box[] } {
  const box = (t: SVGTextElement): Box => {
    const { x, y, width, height } = t.getBBox();
    return { x, y, width, height };
  };
  const [title, ...rest] = [...document.querySelectorAll('svg g.axes text')] as SVGTextElement[];
  return { title: box(title!), ticks: rest.filter((t) => t.getAttribute('text-anchor') === 'end').map(box) };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layout', () => {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      it(`${width} px, ${lang}: no view overflows sideways`, async () => {
        for (const view of ['scorecard', 'indicator', 'plan', 'promises', 'data', 'methodology']) {
          await at(width, `?view=${view}&lang=${lang}`, 'main h1', async (page) => {
            const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(over, view).toBeLessThanOrEqual(0);
          });
        }
      });

      it(`${width} px, ${lang}: header lines up with the page, language switch beside the title`, async () => {
        await at(width, `?lang=${lang}`, 'main h1', async (page) => {
          const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
          const [brand, h1, sw] = await Promise.all([box('.brand-link'), box('main h1'), box('.lang-switch a')]);
          expect(Math.abs(brand.x - h1.x)).toBeLessThanOrEqual(1);
          expect(sw.y).toBeLessThan(brand.y + brand.height);
        });
      });

      it(`${width} px, ${lang}: the chart's axis title clears the tick labels (app and embed)`, async () => {
        for (const [path, ready] of [
          [`?view=indicator&indicator=gdp&lang=${lang}`, 'main svg g.axes'],
          [`embed.html?indicator=gdp&lang=${lang}`, '[data-ready="true"] svg g.axes'],
        ] as const) {
          await at(width, path, ready, async (page) => {
            const { title, ticks } = await page.evaluate(axisBoxes);
            expect(ticks.length).toBeGreaterThan(1);
            expect(title.width).toBeGreaterThan(0);
            expect(ticks.filter((t) => overlap(title, t))).toEqual([]);
          });
        }
      });
    }
  }

  for (const lang of LANGS) {
    it(`1280 px, ${lang}: the data table fits without scrolling sideways`, async () => {
      await at(1280, `?view=data&lang=${lang}`, 'table.data td.name', async (page) => {
        const over = await page.$eval('table.data', (t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
        expect(over).toBeLessThanOrEqual(0);
      });
    });
  }

  it('360 px: data table names wrap, so more than the name column shows', async () => {
    await at(360, '?view=data&lang=en', 'table.data td.name', async (page) => {
      const widths = await page.$$eval('table.data td.name', (cells) => cells.map((c) => c.getBoundingClientRect().width));
      expect(Math.max(...widths)).toBeLessThanOrEqual(180);
    });
  });
});
