/** Shared e2e helpers: Debian's Chromium through playwright-core, and the served base URL. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium (/usr/bin/chromium) with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/** Base URL of the app served by tests/e2e/global-setup.ts, ending with "/". */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute URL of a path relative to the served dist/ ("?lang=en", "embed.html?indicator=gdp"). */
export function urlOf(path = ''): string {
  return new URL(path, baseUrl()).href;
}

/**
 * A new page in a fresh context (a Chinese browser unless `options.locale` says otherwise); every request to a host other than the served one is aborted
 * and recorded in `external`, so tests can assert the app never leaves 127.0.0.1.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; external: string[]; errors: string[]; close: () => Promise<void> }> {
  // Chinese unless a test says otherwise: the app picks its language from the browser's (lib/lang.ts).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  const origin = new URL(baseUrl()).origin;
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, external, errors, close: () => context.close() };
}

/** Open `path` at `viewport`, wait for `ready`, run `check`; the page must raise no error. Closed whatever happens. */
export async function onPage(
  browser: Browser,
  viewport: { width: number; height: number },
  path: string,
  ready: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const { page, errors, close } = await openPage(browser, { viewport });
  try {
    await page.goto(urlOf(path));
    await page.waitForSelector(ready);
    await check(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}
