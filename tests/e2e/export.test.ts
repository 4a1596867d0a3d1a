/**
 * Exports from the app's indicator view: PNG at the requested pixel size (IHDR), transparent
 * option, SVG, and a CSV that parses back to the marks the chart draws on screen.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOM } from '../../src/lib/csv';
import { CHART_CSV_COLUMNS, CHART_CSV_NOTES } from '../../src/lib/export/csv';
import { readPngSize } from '../../src/lib/export/png';
import { parseViewCsv } from '../helpers/view-csv';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
let external: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, close, external } = await openPage(browser, { acceptDownloads: true }));
  await page.goto(urlOf('?view=indicator&indicator=gdp&region=zhumadian'));
  await page.locator('[data-export="png"]').first().waitFor();
});
afterAll(async () => {
  await close?.();
  await browser?.close();
});

async function download(kind: 'png' | 'svg' | 'csv') {
  const event = page.waitForEvent('download');
  await page.locator(`[data-export="${kind}"]`).first().click();
  const file = await event;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Size of the exported SVG in CSS pixels (its viewBox). */
async function svgSize(): Promise<{ width: number; height: number; markup: string; name: string }> {
  const { bytes, name } = await download('svg');
  const markup = bytes.toString('utf8');
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
  if (!match) throw new Error('no viewBox');
  return { width: Number(match[1]), height: Number(match[2]), markup, name };
}

/** Alpha of the PNG's top-left pixel, decoded by the browser. */
async function cornerAlpha(png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(1, 1, 1, 1).data[3]!;
  }, png.toString('base64'));
}

describe('image exports', () => {
  test('SVG: standalone, with title, legend, source line and dataset version', async () => {
    const { name, markup } = await svgSize();
    expect(name).toMatch(/^zhumadian-gdp-\d{4}(-\d{4})?\.svg$/);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('地区生产总值');
    expect(markup).toMatch(/Noto Sans CJK SC/);
    expect(markup).toMatch(/数据版本 [0-9a-f]+/);
    expect(markup).toMatch(/出处|来源/);
    expect(markup).not.toMatch(/<script|onclick|class="|<!--/);
  });

  test('PNG at 2× by default, then 1× and 3×: pixel size from the IHDR', async () => {
    const size = await svgSize();
    for (const scale of [2, 1, 3]) {
      if (scale !== 2) await page.locator('.chart-actions select').first().selectOption(String(scale));
      const { name, bytes } = await download('png');
      expect(name).toMatch(/^zhumadian-gdp-\d{4}(-\d{4})?\.png$/);
      expect(readPngSize(bytes)).toEqual({ width: Math.round(size.width * scale), height: Math.round(size.height * scale) });
      expect(await cornerAlpha(bytes)).toBe(255);
    }
    await page.locator('.chart-actions select').first().selectOption('2');
  });

  test('PNG with a transparent background', async () => {
    const box = page.locator('.chart-actions input[type="checkbox"]').first();
    await box.check();
    try {
      const { bytes } = await download('png');
      expect(await cornerAlpha(bytes)).toBe(0);
    } finally {
      await box.uncheck();
    }
  });
});

describe('CSV export', () => {
  test('UTF-8 BOM, the documented columns, one row per mark on screen', async () => {
    const { name, bytes } = await download('csv');
    expect(name).toMatch(/^zhumadian-gdp-\d{4}(-\d{4})?\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    // The page is in Chinese: so is the header (labels of the same columns, in the same order).
    const parsed = parseViewCsv(text, 'zh') as Papa.ParseResult<Record<(typeof CHART_CSV_COLUMNS)[number], string>>;
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS, ...CHART_CSV_NOTES]);

    // The marks of the chart on screen: points (p…) are actuals/baselines, targets (t…) targets.
    const marks = await page.locator('.chart-box [data-mark]').evaluateAll((nodes) =>
      nodes.map((n) => ({ id: n.getAttribute('data-mark') ?? '', label: n.getAttribute('aria-label') ?? '' })),
    );
    expect(marks.length).toBeGreaterThan(0);
    const onScreen = marks.map((m) => `${m.label.replace(/[–—]/g, '-').match(/^\d{4}(-\d{4})?/)?.[0]}|${m.id[0]}`).sort();
    const inCsv = parsed.data.map((r) => `${r.period}|${r.kind === 'target' ? 't' : 'p'}`).sort();
    expect(inCsv).toEqual(onScreen);

    // Every figure in the file is the one written in the mark's label.
    for (const row of parsed.data) {
      expect(row.region).toBe('zhumadian');
      expect(row.source_file).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(Number(row.source_line)).toBeGreaterThan(0);
      expect(row.quote.length).toBeGreaterThan(0);
      if (row.value === '') continue;
      const label = marks.find((m) => m.label.startsWith(row.period) && (m.id[0] === 't') === (row.kind === 'target'))?.label ?? '';
      expect(label).toContain(String(Math.abs(Number(row.value))));
    }
    expect(external).toEqual([]);
  });
});

describe('embed dialog', () => {
  test('snippet follows the options, the preview shows them, the copy button copies', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-export="embed"]').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const selects = dialog.locator('select');
    await selects.nth(0).selectOption('en');
    await selects.nth(1).selectOption('dark');
    await selects.nth(2).selectOption('2024');
    const snippet = await dialog.locator('textarea').inputValue();
    expect(snippet).toMatch(/^<iframe data-zhumadian-embed src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?indicator=gdp&amp;region=zhumadian&amp;lang=en&amp;theme=dark&amp;from=2024"/);
    expect(snippet).toContain('<script src="http://127.0.0.1:');

    const preview = dialog.locator('iframe');
    expect(await preview.getAttribute('src')).toBe('./embed.html?indicator=gdp&region=zhumadian&lang=en&theme=dark&from=2024');
    const frame = page.frameLocator('dialog iframe');
    await frame.locator('[data-ready="true"] svg').first().waitFor();
    expect(await frame.locator('h1').textContent()).toContain('GDP');
    // The preview takes the embed's height like embed.js would.
    await expect
      .poll(async () => {
        const inner = await frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
        const outer = await preview.evaluate((f) => f.getBoundingClientRect().height);
        return Math.abs(inner - outer) <= 2;
      })
      .toBe(true);

    await dialog.getByRole('button', { name: /复制|copy/i }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await dialog.getByRole('button', { name: /关闭|close/i }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });
});

describe('promises CSV', () => {
  test('the rows on screen, with the status in words and its reason', async () => {
    const { page: p, close } = await openPage(browser, { acceptDownloads: true });
    await p.goto(urlOf('?view=promises&lang=en&status=not_assessable'));
    await p.waitForSelector('table.promises tbody tr');
    const shown = await p.locator('table.promises tbody tr').count();
    const event = p.waitForEvent('download');
    await p.locator('[data-export="promises-csv"]').click();
    const file = await event;
    const text = (await readFile(await file.path())).toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(shown);
    for (const row of parsed.data) {
      expect(row.status).toBe('not_assessable');
      expect(row.status_text).toMatch(/^– not assessable: \S/);
    }
    await close();
  });
});
