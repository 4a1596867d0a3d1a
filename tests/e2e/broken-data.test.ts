/**
 * Broken data in Chromium (issue 11 item 5): each file a screen loads is served broken once —
 * an HTML error page, null rows, a missing list, another schema, an HTTP error — through route
 * interception. The page shows a clear message with a retry, never a crash or an endless
 * "loading"; the retry (now served the real file) brings the screen. A source served as an HTML
 * page is never shown as the source text.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Break = (route: Route) => Promise<void>;

const HTML_PAGE = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
const html: Break = (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HTML_PAGE });
const status503: Break = (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' });
/** The real file, changed by `edit` before it reaches the page. */
const edited =
  (edit: (data: Record<string, any>) => void): Break =>
  async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as Record<string, any>;
    edit(data);
    await route.fulfill({ response, body: JSON.stringify(data), contentType: 'application/json' });
  };

/** Serve `pattern` broken until `fix()` is called; then the real file. */
async function breakOnce(page: Page, pattern: string, broken: Break): Promise<{ fix: () => void; hits: () => number }> {
  let fixed = false;
  let hits = 0;
  await page.route(pattern, (route) => {
    hits++;
    return fixed ? route.fallback() : broken(route);
  });
  return { fix: () => (fixed = true), hits: () => hits };
}

/** `reach`: what the reader points at before the file is asked for (the indicator pickers' lists). */
const cases: { name: string; path: string; file: string; broken: Break; failure: string; ready: string; reach?: string }[] = [
  { name: 'index served as an HTML error page', path: '', file: '**/data/index.json', broken: html, failure: 'html', ready: 'table.scorecard tbody tr' },
  { name: 'scorecard part with null rows', path: '', file: '**/data/views/scorecard.json', broken: edited((d) => d.observations.splice(0, 0, null, null)), failure: 'shape', ready: 'table.scorecard tbody tr' },
  { name: 'promises part without pairs', path: '?view=promises', file: '**/data/views/promises.json', broken: edited((d) => delete d.pairs), failure: 'shape', ready: 'table.promises tbody tr' },
  { name: 'plan part of another schema', path: '?view=plan&lang=en', file: '**/data/views/plan.json', broken: edited((d) => (d.schema_version = 99)), failure: 'shape', ready: 'table.plan tbody tr' },
  { name: 'dataset with an unknown status', path: '?view=data', file: '**/data/dataset.json', broken: edited((d) => (d.pairs[0].status = 'done')), failure: 'shape', ready: 'table.data tbody tr' },
  { name: 'indicator lists answering 503', path: '?view=indicator&indicator=gdp', file: '**/data/indicators.zh.json', broken: status503, failure: 'http', ready: '.indicator-chart svg', reach: '.pickers select' },
  { name: 'chart slice with null rows', path: '?view=indicator&indicator=cpi&lang=en', file: '**/data/slices/zhumadian--cpi.json', broken: edited((d) => (d.observations = [null])), failure: 'shape', ready: '.indicator-chart svg' },
  { name: 'chart slice served as an HTML page', path: '?view=indicator&indicator=gdp', file: '**/data/slices/zhumadian--gdp.json', broken: html, failure: 'html', ready: '.indicator-chart svg' },
];

describe('the app on broken data', () => {
  it.each(cases)('$name: a clear message, a retry that works', async ({ path, file, broken, failure, ready, reach }) => {
    const { page, errors, close } = await openPage(browser);
    const served = await breakOnce(page, file, broken);
    await page.goto(urlOf(path));
    if (reach) await page.hover(reach);
    const alert = page.locator(`.load-error[role="alert"][data-failure="${failure}"]`);
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toMatch(/加载失败|could not be loaded/);
    expect(await alert.textContent()).not.toContain('Bad Gateway');
    expect(await page.locator('.loading').count()).toBe(0);
    served.fix();
    await alert.locator('button').click();
    await page.waitForSelector(ready);
    expect(await page.locator('.load-error').count()).toBe(0);
    expect(served.hits()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('never shows an HTML error page as the source text', async () => {
    const { page, errors, close } = await openPage(browser);
    const served = await breakOnce(page, '**/data/sources/*.txt', html);
    await page.goto(urlOf('?view=indicator&indicator=gdp'));
    await page.locator('[data-mark^="p"]').first().click();
    const error = page.locator('[data-testid="source-error"]');
    await error.waitFor();
    const panel = page.locator('[data-testid="source-panel"]');
    expect(await panel.textContent()).not.toContain('Bad Gateway');
    expect(await panel.locator('blockquote').textContent()).toMatch(/\d/);
    expect(await panel.locator('mark').count()).toBe(0);
    // Closed and opened again, the real text is fetched and the figure marked.
    served.fix();
    await page.keyboard.press('Escape');
    await page.locator('[data-mark^="p"]').first().click();
    await page.waitForSelector('[data-testid="source-mark"]');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the embed on broken data', () => {
  it.each([
    { name: 'a slice with null rows', broken: edited((d) => (d.observations = [null])), failure: 'shape' },
    { name: 'a slice of another schema', broken: edited((d) => (d.schema_version = 1)), failure: 'shape' },
    { name: 'a server error', broken: status503, failure: 'http' },
  ])('$name: a clear message, a retry that works', async ({ broken, failure }) => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 600, height: 500 } });
    const served = await breakOnce(page, '**/data/slices/zhumadian--gdp.json', broken);
    await page.goto(urlOf('embed.html?indicator=gdp&region=zhumadian'));
    const alert = page.locator(`[role="alert"][data-failure="${failure}"]`);
    await alert.waitFor();
    served.fix();
    await alert.locator('button').click();
    await page.waitForSelector('[data-ready="true"] svg');
    expect(errors).toEqual([]);
    await close();
  });
});
