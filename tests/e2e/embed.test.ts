/**
 * The embed in a news page: an outer page on another origin holds the iframe and public/embed.js;
 * the frame is resized to the embed's height, again when the width changes; hostile parameters
 * show a notice and run nothing; no request leaves the served origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EMBED_DEFAULTS } from '../../src/embed/params';
import { embedSnippet, FIXED_HEIGHT } from '../../src/embed/snippet';
import { parseUrlState } from '../../src/lib/url-state';
import { launchBrowser, openPage, urlOf } from './helpers';

/**
 * The outer page: served by the test on its own port (another origin, as a news site would be),
 * holding the snippet exactly as the embed dialog gives it.
 */
const hostHtml = readFileSync(resolve(import.meta.dirname, 'fixtures/host.html'), 'utf8');
const intruderHtml = readFileSync(resolve(import.meta.dirname, 'fixtures/intruder.html'), 'utf8');
let host: Server;
let hostBase = '';

function snippetFor(withScript: boolean): string {
  return embedSnippet({
    embedUrl: urlOf('embed.html'),
    scriptUrl: urlOf('embed.js'),
    params: { ...EMBED_DEFAULTS, lang: 'en' },
    title: 'GDP',
    withScript,
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const withScript = url.searchParams.get('script') === '1';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(url.pathname.endsWith('/intruder.html') ? intruderHtml : hostHtml.replace('__SNIPPET__', snippetFor(withScript)));
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostBase = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (host ? host.close(() => ok()) : ok()));
});

/** Open the outer page with or without embed.js. */
async function openHost(withScript: boolean, width: number) {
  const opened = await openPage(browser, { viewport: { width, height: 900 } });
  // Registered after openPage's catch-all (which blocks other origins), so the outer page may load.
  await opened.page.route(`${hostBase}**`, (route) => route.continue());
  await opened.page.goto(`${hostBase}article.html?script=${withScript ? 1 : 0}`);
  const frame = await embedFrame(opened.page);
  return { ...opened, frame };
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[src*="embed.html"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-ready="true"] svg');
  return frame;
}

/** Height of the embed's content and of the iframe element, in CSS pixels. */
async function heights(page: Page, frame: Frame) {
  const content = await frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
  const iframe = await page.evaluate(() => document.querySelector('iframe[src*="embed.html"]')!.getBoundingClientRect().height);
  return { content, iframe };
}

async function settledHeights(page: Page, frame: Frame) {
  await expect.poll(async () => {
    const h = await heights(page, frame);
    return h.iframe === h.content;
  }, { timeout: 10_000 }).toBe(true);
  return heights(page, frame);
}

describe('embed in an outer page', () => {
  test('the iframe takes the embed’s height, and again when the width changes', async () => {
    const { page, frame, external, errors, close } = await openHost(true, 1000);
    try {
      const wide = await settledHeights(page, frame);
      expect(wide.content).toBeGreaterThan(150);
      // Sized by its parent, the frame needs no scrollbar of its own.
      await expect.poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).toBe('hidden');
      expect(wide.content).not.toBe(FIXED_HEIGHT);

      await page.setViewportSize({ width: 360, height: 900 });
      await expect.poll(async () => (await heights(page, frame)).content, { timeout: 10_000 }).not.toBe(wide.content);
      const narrow = await settledHeights(page, frame);
      expect(narrow.iframe).toBe(narrow.content);
      // The chart fills the container's width.
      const svgWidth = await frame.evaluate(() => document.querySelector('main svg')!.getBoundingClientRect().width);
      const frameWidth = await frame.evaluate(() => document.documentElement.clientWidth);
      expect(svgWidth).toBeGreaterThan(frameWidth * 0.9);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('without embed.js the iframe keeps its fixed height and still shows the chart', async () => {
    const { page, frame, close } = await openHost(false, 1000);
    try {
      await page.waitForTimeout(300);
      expect((await heights(page, frame)).iframe).toBe(FIXED_HEIGHT);
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
      expect(await frame.locator('main svg').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  test('third-party frames that post the embed’s message are never resized, even with its attribute', async () => {
    const { page, frame, errors, close } = await openHost(true, 1000);
    try {
      const ours = (await settledHeights(page, frame)).iframe;
      const intruders = page.frames().filter((f) => f.url().endsWith('/intruder.html'));
      expect(intruders).toHaveLength(2);
      // Each has posted its heights (3999, 2000, NaN, '3000', -1) several times over.
      for (const f of intruders) await expect.poll(() => f.evaluate(() => (window as unknown as { posted: number }).posted)).toBeGreaterThan(10);
      const sizes = await page.evaluate(() => [...document.querySelectorAll('iframe.intruder')].map((f) => f.getBoundingClientRect().height));
      expect(sizes).toEqual([150, 150]);
      expect((await heights(page, frame)).iframe).toBe(ours);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('from our own frame, only whole heights of 100-4000 px are applied', async () => {
    const { page, frame, close } = await openHost(true, 1000);
    try {
      const settled = (await settledHeights(page, frame)).iframe;
      const post = (height: unknown) => frame.evaluate((h) => parent.postMessage({ type: 'zhumadian-embed:height', height: h }, '*'), height);
      for (const bad of [Number.NaN, '900', -5, 0, 99, 4001, 1e9, 250.5, null]) await post(bad);
      await page.waitForTimeout(300);
      expect((await heights(page, frame)).iframe).toBe(settled);
      await post(777);
      await expect.poll(async () => (await heights(page, frame)).iframe).toBe(777);
    } finally {
      await close();
    }
  });

  test('embed.js ignores height messages from other windows', async () => {
    const { page, frame, close } = await openHost(true, 1000);
    try {
      const before = (await settledHeights(page, frame)).iframe;
      await page.evaluate(() => window.postMessage({ type: 'zhumadian-embed:height', height: 1234 }, '*'));
      await page.waitForTimeout(200);
      expect((await heights(page, frame)).iframe).toBe(before);
    } finally {
      await close();
    }
  });
});

describe('embed page', () => {
  test('shows title, chart, legend, source credit and a link back to the app', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 700, height: 900 } });
    try {
      await page.goto(urlOf('embed.html?indicator=gdp&region=zhumadian&lang=en'));
      await page.waitForSelector('[data-ready="true"] svg');
      await expect.poll(() => page.locator('h1').textContent()).toContain('GDP');
      const credit = await page.locator('.credit').textContent();
      expect(credit).toMatch(/Source: .*Work Report/);
      const href = await page.locator('.credit a').getAttribute('href');
      const link = new URL(href!);
      expect(link.origin).toBe(new URL(urlOf('')).origin);
      expect(parseUrlState(link.search).state).toMatchObject({ view: 'indicator', indicator: 'gdp', region: 'zhumadian', lang: 'en' });
    } finally {
      await close();
    }
  });

  test.each([
    { theme: 'light', scheme: 'dark', dark: false },
    { theme: 'dark', scheme: 'light', dark: true },
    { theme: 'auto', scheme: 'dark', dark: true },
    { theme: 'auto', scheme: 'light', dark: false },
  ] as const)('theme=$theme with a $scheme system preference', async ({ theme, scheme, dark }) => {
    const { page, close } = await openPage(browser, { colorScheme: scheme });
    try {
      await page.goto(urlOf(`embed.html?indicator=gdp&theme=${theme}`));
      await page.waitForSelector('[data-ready="true"] svg');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(dark ? 'rgb(20, 24, 29)' : 'rgb(255, 255, 255)');
    } finally {
      await close();
    }
  });

  test('controls=1: the year window redraws the chart; language switches', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(urlOf('embed.html?indicator=gdp&controls=1'));
      await page.waitForSelector('[data-ready="true"] svg');
      const years = () => page.locator('svg text').allTextContents().then((t) => t.filter((x) => /^\d{4}$/.test(x)));
      expect(await years()).toContain('2023');
      await page.locator('.controls select').nth(1).selectOption('2024');
      await expect.poll(years).not.toContain('2023');
      await page.locator('.controls select').nth(0).selectOption('en');
      await expect.poll(() => page.locator('h1').textContent()).toContain('GDP');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await close();
    }
  });

  test('a hostile parameter shows a notice and runs nothing', async () => {
    const { page, external, errors, close } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      const hostile = '<img src=x onerror=alert(1)>';
      await page.goto(urlOf(`embed.html?indicator=${encodeURIComponent(hostile)}&lang=en`));
      await page.waitForSelector('[data-ready="true"] svg');
      const notice = page.getByRole('status').first();
      expect(await notice.textContent()).toContain(hostile);
      expect(await page.locator('img').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an unknown indicator falls back to the default with a notice', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(urlOf('embed.html?indicator=no_such_thing&lang=fr'));
      await page.waitForSelector('[data-ready="true"] svg');
      const text = await page.getByRole('status').first().textContent();
      expect(text).toContain('indicator=no_such_thing');
      expect(text).toContain('lang=fr');
    } finally {
      await close();
    }
  });

  test('the page with all it loads (HTML, JS, CSS, slice) stays within 30 KiB gzipped (issue 10)', async () => {
    // The served dist/ is the production build (global-setup builds with NODE_ENV=production).
    const { page, close } = await openPage(browser);
    const sizes: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (r) => {
      if (r.status() === 200) sizes.push(r.body().then((body) => ({ url: r.url(), gzip: gzipSync(body).length })));
    });
    try {
      await page.goto(urlOf('embed.html?indicator=gdp&region=zhumadian'));
      await page.waitForSelector('[data-ready="true"] svg');
      await page.waitForLoadState('networkidle');
      const files = await Promise.all(sizes);
      expect(files.every((f) => f.url.startsWith(urlOf('')))).toBe(true);
      expect(files.some((f) => f.url.endsWith('.json'))).toBe(true);
      expect(files.reduce((sum, f) => sum + f.gzip, 0)).toBeLessThanOrEqual(30 * 1024);
    } finally {
      await close();
    }
  });

  test('shares no script or style with the app (built apart, it carries only what it uses)', async () => {
    const assets = async (path: string, ready: string) => {
      const { page, close } = await openPage(browser);
      const urls: string[] = [];
      page.on('request', (r) => {
        if (/\.(js|css)$/.test(new URL(r.url()).pathname)) urls.push(r.url());
      });
      try {
        await page.goto(urlOf(path));
        await page.waitForSelector(ready);
        await page.waitForLoadState('networkidle');
        return urls;
      } finally {
        await close();
      }
    };
    const embed = await assets('embed.html?indicator=gdp', '[data-ready="true"] svg');
    const app = await assets('?view=indicator&indicator=gdp', 'main svg');
    expect(embed.filter((u) => u.endsWith('.js')).length).toBe(1);
    expect(embed.filter((u) => app.includes(u))).toEqual([]);
  });

  test('loads only its slice: never the whole dataset', async () => {
    const { page, close } = await openPage(browser);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    try {
      await page.goto(urlOf('embed.html?indicator=gdp'));
      await page.waitForSelector('[data-ready="true"] svg');
      expect(urls.some((u) => u.includes('dataset.json'))).toBe(false);
      expect(urls.some((u) => u.endsWith('data/slices/zhumadian--gdp.json'))).toBe(true);
    } finally {
      await close();
    }
  });
});
