/**
 * The served build is what users get: Svelte compiled for production (no dev-only element
 * metadata, no dev runtime), in the app and in the embed.
 */
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

/** Elements carrying `__svelte_meta`, which Svelte adds only in dev builds. */
const DEV_META = () => [...document.querySelectorAll('*')].filter((e) => '__svelte_meta' in e).length;

describe('production build', () => {
  it('app: no Svelte dev metadata on elements', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('?view=indicator&indicator=gdp'));
    await page.waitForSelector('main svg');
    expect(await page.evaluate(DEV_META)).toBe(0);
    await close();
  });

  it('embed: no Svelte dev metadata on elements', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('embed.html?indicator=gdp'));
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.evaluate(DEV_META)).toBe(0);
    await close();
  });
});
