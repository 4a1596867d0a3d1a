/**
 * The app in Chromium, built and served by global-setup: scorecard, keyboard navigation, source
 * panel, language switch, shared URLs, bad parameters, phone width, load failure; screenshots
 * (desktop/phone × zh/en × light/dark) go to /tmp/zmd-shots for review.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main h1');
}

/** Press Tab until the focused element matches `test` (at most `max` times). */
async function tabTo(page: Page, test: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test)) return true;
  }
  return false;
}

describe('app', () => {
  it('opens the scorecard with headline rows, no other host contacted', async () => {
    const { page, external, errors, close } = await openPage(browser);
    await page.goto(urlOf(''));
    await ready(page);
    expect(await page.textContent('main h1')).toContain('主要预期目标');
    const rows = await page.$$('table.scorecard tbody tr');
    expect(rows.length).toBeGreaterThan(5);
    // Status is shown by a word, not colour alone.
    expect(await page.locator('.status').first().textContent()).toMatch(/达成|未达成|接近|待评估|无法评估/);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches an indicator by keyboard and opens a source from a chart point', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf(''));
    await ready(page);
    expect(await tabTo(page, 'table.scorecard a[href*="view=indicator"]')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.indicator-chart svg');
    expect(page.url()).toContain('view=indicator');
    // The chart has a name and a text alternative, and a table alternative follows it.
    expect(await page.locator('.indicator-chart svg title').textContent()).toBeTruthy();
    expect(await page.locator('.indicator-chart svg desc').textContent()).toBeTruthy();
    expect(await page.locator('table.data caption').textContent()).toContain('图表数据');

    expect(await tabTo(page, '[data-mark]')).toBe(true);
    await page.waitForSelector('[role="tooltip"]');
    expect(await page.locator('[role="tooltip"] q').textContent()).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="source-mark"]');
    expect(page.url()).toContain('source=');
    const marked = (await page.locator('[data-testid="source-mark"]').textContent()) ?? '';
    expect(marked.replace(/\s/g, '')).toMatch(/\d/);
    expect(Number(await page.locator('[data-testid="source-line"]').textContent())).toBeGreaterThan(0);
    // Focus moved into the dialog and stays there.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="source-panel"]'))).toBe(true);
    }
    // Escape closes the panel; the back button reopens it.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="source-panel"]', { state: 'detached' });
    await page.goBack();
    await page.waitForSelector('[data-testid="source-panel"]');
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a source by clicking a chart point', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('?view=indicator&indicator=gdp'));
    await page.waitForSelector('.indicator-chart svg');
    await page.locator('[data-mark^="p"]').first().click();
    await page.waitForSelector('[data-testid="source-mark"]');
    expect(await page.locator('.source-panel .doc-title').textContent()).toContain('政府工作报告');
    await close();
  });

  it('switches language and keeps it in the URL', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('?view=indicator&indicator=gdp'));
    await ready(page);
    await page.click('.lang-switch a');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(page.url()).toContain('lang=en');
    expect(await page.textContent('main h1')).toContain('Gross regional product');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(await page.textContent('main h1')).toContain('地区生产总值');
    await close();
  });

  it('reopens a shared URL on the same screen', async () => {
    const { page, close } = await openPage(browser);
    const shared = urlOf('?view=data&lang=en&q=GDP&sort=-period');
    await page.goto(shared);
    await ready(page);
    const snapshot = async () => ({
      h1: await page.textContent('main h1'),
      q: await page.inputValue('input[type="search"]'),
      first: await page.locator('table.data tbody tr').first().textContent(),
      sorted: await page.getAttribute('th[aria-sort="descending"]', 'aria-sort'),
      url: page.url(),
    });
    const before = await snapshot();
    await page.reload();
    await ready(page);
    expect(await snapshot()).toEqual(before);
    expect(before.url).toBe(shared);
    await close();
  });

  it('keeps the promise filters in the URL: shared, reopened and undone with the back button', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf('?view=promises&lang=en&due=2025&status=pending&group=status'));
    await ready(page);
    const selects = page.locator('.promise-filters select');
    const count = async () => (await page.textContent('.controls .count')) ?? '';
    expect(await selects.nth(1).inputValue()).toBe('2025');
    expect(await selects.nth(3).inputValue()).toBe('pending');
    expect(await selects.nth(4).inputValue()).toBe('status');
    const filtered = await count();
    // Picking a document adds it to the URL; the back button takes it off again.
    const doc = await selects.nth(0).locator('option').nth(1).getAttribute('value');
    await selects.nth(0).selectOption(doc!);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(doc);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('doc'));
    expect(await selects.nth(0).inputValue()).toBe('');
    expect(await count()).toBe(filtered);
    // A bad value falls back with the notice.
    await page.goto(urlOf('?view=promises&status=done&dept=%E6%97%A0%E6%AD%A4%E9%83%A8%E9%97%A8'));
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor();
    // status is refused at once (malformed); dept once the promises are in (no promise has it).
    await expect.poll(() => notice.textContent()).toContain('dept');
    expect(await notice.textContent()).toContain('status');
    expect(await selects.nth(3).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('falls back to defaults with a notice on garbage parameters', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf('?view=%3Cscript%3Ealert(1)%3C/script%3E&lang=fr&indicator=%3Cimg%20src=x%20onerror=alert(1)%3E&zzz=1'));
    await ready(page);
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const p of ['view', 'lang', 'indicator', 'zzz']) expect(text).toContain(p);
    expect(await page.textContent('main h1')).toContain('主要预期目标');
    expect(await page.$('main img')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('rejects an indicator the dataset does not know', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('?view=indicator&indicator=no_such_thing'));
    await page.locator('[data-testid="url-notice"]').waitFor();
    expect(await page.textContent('main h1')).toContain('地区生产总值');
    await close();
  });

  it('draws an indicator chart from its slice alone, loads the pickers’ lists when the reader reaches for them, and never loads the whole dataset', async () => {
    const { page, close } = await openPage(browser);
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.route('**/data/indicators.*.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(urlOf('?view=indicator&indicator=gdp&lang=en'));
    await page.waitForSelector('.indicator-chart svg [data-mark]');
    expect(await page.textContent('main h1')).toContain('Gross regional product');
    // The deep link loads the slice alone: the lists wait until the reader reaches for a picker.
    await page.waitForLoadState('networkidle');
    expect(asked.filter((p) => p.includes('/data/'))).toEqual(['/data/slices/zhumadian--gdp.json']);
    await page.hover('.pickers select');
    release();
    // Once the lists are in, the indicator list fills and the view stays the same.
    await page.waitForFunction(() => document.querySelectorAll('.controls select option').length > 5);
    expect(await page.$$eval('.indicator-chart', (els) => els.length)).toBe(1);
    expect(new Set(asked.filter((p) => p.includes('/data/')))).toEqual(new Set(['/data/indicators.en.json', '/data/slices/zhumadian--gdp.json']));
    await close();
  });

  it('loads on the landing only the index and the scorecard’s part', async () => {
    const { page, close } = await openPage(browser);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(urlOf(''));
    await page.waitForSelector('table.scorecard tbody tr');
    await page.waitForLoadState('networkidle');
    expect(new Set(asked.filter((p) => p.includes('/data/')))).toEqual(new Set(['/data/index.json', '/data/views/scorecard.json']));
    await close();
  });

  it('renders every view at 360 px without horizontal overflow', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    for (const q of ['', '?view=indicator', '?view=indicator&lang=en&indicator=cpi', '?view=plan', '?view=data', '?view=methodology&lang=en', '?view=indicator&source=zmd-gwr-2025%3A448%3Agdp%3Atarget%3A2025']) {
      await page.goto(urlOf(q));
      await ready(page);
      await page.waitForTimeout(100);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, q).toBeLessThanOrEqual(client);
    }
    await close();
  });

  const shots = [1280, 390].flatMap((w) => (['light', 'dark'] as const).map((scheme) => ({ w, scheme })));
  for (const { w, scheme } of shots) {
    // Screenshots are written for people to look at (/tmp/zmd-shots); the test checks what a screenshot
    // cannot: the colour scheme is honoured, nothing errors, nothing overflows sideways.
    it(`renders at ${w} px in ${scheme} mode, zh and en: the scheme's background, no error, no sideways overflow`, async () => {
      const dir = '/tmp/zmd-shots';
      mkdirSync(dir, { recursive: true });
      const { page, errors, close } = await openPage(browser, { viewport: { width: w, height: w > 500 ? 900 : 844 }, colorScheme: scheme });
      for (const lang of ['zh', 'en'] as const) {
        for (const view of ['scorecard', 'indicator', 'plan']) {
          await page.goto(urlOf(`?view=${view}&lang=${lang}`));
          await ready(page);
          await page.waitForTimeout(100);
          const { luminance, over } = await page.evaluate(() => {
            const rgb = getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
            return { luminance: (0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!) / 255, over: document.documentElement.scrollWidth - document.documentElement.clientWidth };
          });
          if (scheme === 'dark') expect(luminance, `${view} ${lang}`).toBeLessThan(0.25);
          else expect(luminance, `${view} ${lang}`).toBeGreaterThan(0.85);
          expect(over, `${view} ${lang}`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${dir}/${view}-${lang}-${scheme}-${w}.png` });
        }
      }
      expect(errors).toEqual([]);
      await close();
    });
  }
});
