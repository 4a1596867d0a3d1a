/**
 * The source view in Chromium, against the real build and the real seed files: a figure opened from
 * the scorecard or a chart lands in the document with the figure marked exactly as the file writes
 * it (source.slice(source_start, source_end)), on the line it cites, on screen; previous and next
 * move in source order (links, keys, history); a source that is not UTF-8 gives the load error
 * with a working retry; bad parameters get the notice; phone and desktop widths in both languages
 * (screenshots to /tmp/zmd-shots for people to look at).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures } from '../../src/lib/source-figures';
import type { Dataset, Observation } from '../../src/lib/types';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const byId = new Map(dataset.observations.map((o) => [o.id, o]));
const seed = (file: string) => readFileSync(`seeds/${file}`);
/** A span of the file as the view shows it: lines joined, blank lines left out. */
const shown = (s: string) =>
  s
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .join('');
const viewUrl = (o: Observation, lang = 'zh') => `?view=source&doc=${o.document_id}&obs=${encodeURIComponent(o.id)}${lang === 'en' ? '&lang=en' : ''}`;

/** What the page marks and where: the marked text, the line of the first mark, whether it is on screen. */
async function markOf(page: Page): Promise<{ text: string; line: number; visible: boolean; obs: string }> {
  await page.locator('[data-testid="figure-mark"]').first().waitFor();
  // Let the scroll settle (one frame) before asking where the mark is.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('[data-testid="figure-mark"]')];
    const r = marks[0]!.getBoundingClientRect();
    return {
      text: marks.map((m) => m.textContent).join(''),
      line: Number((marks[0]!.closest('li') as HTMLElement).dataset.line),
      visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0,
      obs: new URLSearchParams(location.search).get('obs') ?? '',
    };
  });
}

/** The figure marked is `o` as the real file writes it, on the line it cites (the line its text is on), on screen. */
async function expectMarked(page: Page, o: Observation, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const text = seed(o.source_file).toString('utf8');
  const m = await markOf(page);
  expect(m.obs).toBe(o.id);
  expect(m.text).toBe(shown(text.slice(o.source_start, o.source_end)));
  expect(m.line).toBe(text.slice(0, o.source_start).split('\n').length);
  expect(m.line).toBe(o.source_line);
  expect(m.visible).toBe(true);
  expect(await page.getByTestId('figure-where').textContent()).toContain(lang === 'zh' ? `第 ${o.source_line} 行` : `line ${o.source_line}`);
}

describe('source view', () => {
  it('from the scorecard: a figure opens in its document, marked as written on the line it cites', async () => {
    const { page, errors, external, close } = await openPage(browser);
    await page.goto(urlOf(''));
    await page.locator('table.scorecard tbody .source-btn').first().click();
    await page.getByTestId('source-panel').getByRole('link', { name: '在全文中查看' }).click();
    const id = new URL(page.url()).searchParams.get('obs')!;
    const o = byId.get(id)!;
    expect(new URL(page.url()).searchParams.get('view')).toBe('source');
    await expectMarked(page, o);
    expect(await page.getByTestId('source-panel').count()).toBe(0);
    expect(await page.locator('main h1').textContent()).toBe(dataset.documents.find((d) => d.id === o.document_id)!.title_zh);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });

  it('from a chart point, in English: the same, and back returns to the chart', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf('?view=indicator&indicator=gdp&lang=en'));
    await page.locator('[data-mark^="p"]').first().click();
    await page.getByTestId('source-panel').getByRole('link', { name: 'Show in the full text' }).click();
    await expectMarked(page, byId.get(new URL(page.url()).searchParams.get('obs')!)!, 'en');
    await page.goBack();
    await page.getByTestId('source-panel').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('indicator');
    expect(errors).toEqual([]);
    await close();
  });

  it('previous and next move through the document in source order (links, N and P, history)', async () => {
    const figures = documentFigures(dataset.observations, 'yc-fyp14');
    const at = Math.floor(figures.length * 0.8);
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf(viewUrl(figures[at]!)));
    await expectMarked(page, figures[at]!);
    expect(await page.getByTestId('figure-where').textContent()).toContain(`第 ${at + 1} 个，共 ${figures.length} 个`);
    await page.getByRole('link', { name: '下一个数字' }).click();
    await expectMarked(page, figures[at + 1]!);
    await page.getByRole('link', { name: '下一个数字' }).focus();
    await page.keyboard.press('Enter');
    await expectMarked(page, figures[at + 2]!);
    await page.locator('body').press('p');
    await expectMarked(page, figures[at + 1]!);
    await page.goBack();
    await expectMarked(page, figures[at + 2]!);
    await page.getByRole('link', { name: '上一个数字' }).click();
    await expectMarked(page, figures[at + 1]!);
    expect(errors).toEqual([]);
    await close();
  });

  it('another figure of the text, clicked, is the figure marked', async () => {
    const figures = documentFigures(dataset.observations, 'zmd-gwr-2025');
    const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(urlOf(viewUrl(figures[40]!, 'en')));
    await expectMarked(page, figures[40]!, 'en');
    // The first figure linked after the marked one.
    const target = byId.get((await page.locator('li:has(mark) ~ li a.figure-link').first().getAttribute('data-obs'))!)!;
    await page.locator(`a.figure-link[data-obs="${target.id}"]`).first().click();
    await expectMarked(page, target, 'en');
    expect(errors).toEqual([]);
    await close();
  });

  it('a source that is not UTF-8 gives the load error; the retry shows the text', async () => {
    const o = documentFigures(dataset.observations, 'zmd-gwr-2024')[20]!;
    const { page, errors, close } = await openPage(browser);
    let broken = true;
    let hits = 0;
    await page.route('**/data/sources/*.txt', async (route) => {
      hits++;
      if (!broken) return route.fallback();
      // GB18030 bytes (你好) before the real file: not UTF-8.
      await route.fulfill({ status: 200, contentType: 'text/plain', body: Buffer.concat([Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), seed(o.source_file)]) });
    });
    await page.goto(urlOf(viewUrl(o)));
    const alert = page.locator('.load-error[role="alert"][data-failure="not_text"]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('原文加载失败。');
    expect(await page.locator('[data-testid="source-text"]').count()).toBe(0);
    broken = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expectMarked(page, o);
    expect(hits).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    { name: 'a figure of another document and an unknown parameter', query: '?view=source&doc=zmd-gwr-2025&obs=zmd-gwr-2024%3A1%3Agdp%3Atarget%3A2024&x=1', says: ['obs=zmd-gwr-2024:1:gdp:target:2024', 'x'], ready: '[data-testid="source-text"] li' },
    { name: 'an unknown document', query: '?view=source&doc=zmd-gwr-1999', says: ['doc=zmd-gwr-1999'], ready: '[data-testid="document-list"]' },
  ])('$name: the notice, and the view without them', async ({ query, says, ready }) => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(urlOf(query));
    await page.waitForSelector(ready);
    const notice = page.getByTestId('url-notice');
    await notice.waitFor();
    for (const s of says) expect(await notice.textContent()).toContain(s);
    expect(await page.locator('[data-testid="figure-mark"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  const layouts = [360, 1280].flatMap((width) => (['zh', 'en'] as const).map((lang) => ({ width, lang })));
  it.each(layouts)('$width px, $lang: the figure on screen, nothing sideways, targets of 44 px', async ({ width, lang }) => {
    const dir = '/tmp/zmd-shots';
    mkdirSync(dir, { recursive: true });
    const figures = documentFigures(dataset.observations, 'zmd-gwr-2025');
    const o = figures[Math.floor(figures.length / 2)]!;
    const { page, errors, close } = await openPage(browser, { viewport: { width, height: width > 500 ? 900 : 740 } });
    await page.goto(urlOf(viewUrl(o, lang)));
    await expectMarked(page, o, lang);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    for (const step of await page.locator('.figure-bar .step').all()) {
      const box = (await step.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    // The bar that moves between figures stays on screen while the text scrolls.
    const bar = (await page.locator('.figure-bar').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThan(width > 500 ? 900 : 740);
    await page.screenshot({ path: `${dir}/source-${lang}-${width}.png` });
    expect(errors).toEqual([]);
    await close();
  });
});
