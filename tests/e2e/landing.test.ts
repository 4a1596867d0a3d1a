/**
 * The landing answers "did they deliver?" with the real build's numbers; the app opens in the
 * reader's language (link first, then their remembered choice, then the browser's).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Status } from '../../src/lib/types';
import { launchBrowser, openPage, urlOf } from './helpers';

let browser: Browser;
let dataset: Dataset;
beforeAll(async () => {
  browser = await launchBrowser();
  dataset = (await (await fetch(urlOf('data/dataset.json'))).json()) as Dataset;
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main h1');
}

/** The counts a summary line writes, by status. */
async function written(page: Page, year: number, scope: 'headline' | 'all'): Promise<Partial<Record<Status, number>>> {
  return page.$$eval(`.status-summary .line[data-year="${year}"][data-scope="${scope}"] .count`, (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-status'), Number(e.getAttribute('data-count'))])),
  );
}

function tally(statuses: readonly string[]): Partial<Record<Status, number>> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[s] = (out[s] ?? 0) + 1;
  return out;
}

describe('landing', () => {
  it('counts by year what the build judged: every target due, and the headline targets of the table below', async () => {
    const { page, errors, external, close } = await openPage(browser);
    await page.goto(urlOf(''));
    await page.waitForSelector('.status-summary .line');
    const years = await page.$$eval('.status-summary .line[data-scope="headline"]', (els) => els.map((e) => Number(e.getAttribute('data-year'))));
    expect(years.length).toBeGreaterThanOrEqual(3);
    const region = (await page.getAttribute('table.scorecard', 'data-region'))!;
    for (const year of years) {
      // Every target of the region due that year: its pair's status, straight from dataset.json.
      const due = new Set(dataset.observations.filter((o) => o.kind === 'target' && o.region === region && o.period.endsWith(String(year))).map((o) => o.id));
      expect(await written(page, year, 'all'), `${year} all`).toEqual(tally(dataset.pairs.filter((p) => due.has(p.target_id)).map((p) => p.status)));
      // The headline line counts the statuses the scorecard shows in that year's column.
      const column = await page.$$eval(`table.scorecard td[data-year="${year}"] .status`, (els) =>
        els.map((e) => [...e.classList].find((c) => c.startsWith('status-'))!.slice('status-'.length)),
      );
      expect(column.length).toBeGreaterThan(0);
      expect(await written(page, year, 'headline'), `${year} headline`).toEqual(tally(column));
      // …each of them the status of a target of that year in the build.
      for (const s of column) expect(dataset.pairs.some((p) => p.region === region && p.period === String(year) && p.status === s)).toBe(true);
    }
    // Each line is also a sentence for screen readers, with the same numbers.
    const sentence = (await page.locator(`.status-summary .line[data-year="${years[0]}"][data-scope="headline"] .vh`).textContent())!;
    for (const [status, n] of Object.entries(await written(page, years[0]!, 'headline'))) expect(sentence, status).toContain(`${n}`);
    // The headline chart is drawn on the landing, from the scorecard's part.
    expect(await page.$$eval('.headline-chart .indicator-chart svg', (els) => els.length)).toBe(1);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws no trend line of fewer than three points, and labels the others with their years', async () => {
    const { page, close } = await openPage(browser, { locale: 'en-US' });
    await page.goto(urlOf(''));
    await page.waitForSelector('table.scorecard tbody tr');
    const lines = await page.$$eval('table.scorecard .sparkline-box', (els) =>
      els.map((e) => ({ dots: e.querySelectorAll('circle').length, label: e.querySelector('.spark-label')?.textContent ?? '' })),
    );
    for (const l of lines) {
      expect(l.dots).toBeGreaterThanOrEqual(3);
      expect(l.label).toMatch(/^actuals \d{4}–\d{4}$/);
    }
    await close();
  });
});

describe('language', () => {
  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  it.each([
    { locale: 'en-US', expected: 'en' },
    { locale: 'en-GB', expected: 'en' },
    { locale: 'zh-CN', expected: 'zh-Hans' },
    { locale: 'zh-TW', expected: 'zh-Hans' },
    { locale: 'fr-FR', expected: 'en' },
  ])('a first visit from a $locale browser opens in $expected', async ({ locale, expected }) => {
    const { page, close } = await openPage(browser, { locale });
    await page.goto(urlOf(''));
    await ready(page);
    expect(await lang(page)).toBe(expected);
    await close();
  });

  it('the link’s lang wins over the browser', async () => {
    const { page, close } = await openPage(browser, { locale: 'zh-CN' });
    await page.goto(urlOf('?lang=en'));
    await ready(page);
    expect(await lang(page)).toBe('en');
    expect(await page.textContent('main h1')).toContain('Headline targets');
    await close();
  });

  it('a chart link loads the lists in the language it opens in, and only those, once a picker is reached (by keyboard here)', async () => {
    const { page, close } = await openPage(browser, { locale: 'en-US' });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(urlOf('?view=indicator&indicator=gdp'));
    await page.waitForSelector('.indicator-chart svg');
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('main h1')).toContain('Gross regional product');
    expect(asked.filter((p) => p.includes('/data/indicators.'))).toEqual([]);
    await page.focus('.pickers select');
    await page.waitForFunction(() => document.querySelectorAll('.pickers select option').length > 5);
    expect(asked.filter((p) => p.includes('/data/indicators.'))).toEqual(['/data/indicators.en.json']);
    await close();
  });

  it('remembers the reader’s choice: a later visit without lang opens in it, a link’s lang still wins, back returns to the language of the page', async () => {
    const { page, close } = await openPage(browser, { locale: 'en-US' });
    await page.goto(urlOf(''));
    await ready(page);
    expect(await lang(page)).toBe('en');
    await page.click('.lang-switch a');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(await page.textContent('main h1')).toContain('主要预期目标');
    // Back returns to the page as it was read: in English.
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // A new visit (same browser, no lang in the link) opens in the language chosen.
    const again = await page.context().newPage();
    await again.goto(urlOf('?view=promises'));
    await ready(again);
    expect(await lang(again)).toBe('zh-Hans');
    // A link that names its language still wins.
    await again.goto(urlOf('?view=promises&lang=en'));
    await ready(again);
    expect(await lang(again)).toBe('en');
    await close();
  });

  it('a browser that stores nothing (storage blocked) still opens in its language and switches', async () => {
    const { page, errors, close } = await openPage(browser, { locale: 'en-US' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(urlOf(''));
    await ready(page);
    expect(await lang(page)).toBe('en');
    await page.click('.lang-switch a');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('page description and link preview', () => {
  const meta = (page: Page) =>
    page.evaluate(() => {
      const get = (sel: string) => document.head.querySelector(sel)?.getAttribute('content') ?? null;
      return {
        title: document.title,
        description: get('meta[name="description"]'),
        ogTitle: get('meta[property="og:title"]'),
        ogDescription: get('meta[property="og:description"]'),
        ogUrl: get('meta[property="og:url"]'),
        ogLocale: get('meta[property="og:locale"]'),
        twitterCard: get('meta[name="twitter:card"]'),
        canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      };
    });

  it('follows the view and the language as the reader navigates, and drops parameters that are not the app’s', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(urlOf('?utm_source=newsletter&fbclid=abc'));
    await page.waitForSelector('.status-summary');
    const landing = await meta(page);
    expect(landing.title).toContain('驻马店：目标与实绩');
    expect(landing.description).toContain('主要预期目标完成了吗');
    expect(landing.ogTitle).toBe(landing.title);
    expect(landing.ogDescription).toBe(landing.description);
    expect(landing.twitterCard).toBe('summary');
    expect(landing.ogLocale).toBe('zh_CN');
    expect(landing.ogUrl).toBe(urlOf(''));
    expect(landing.canonical).toBe(urlOf(''));

    await page.click('.site-header nav a[href*="view=promises"]');
    await page.waitForSelector('#promises-h');
    const promises = await meta(page);
    expect(promises.title).toMatch(/^承诺 · /);
    expect(promises.description).not.toBe(landing.description);
    expect(promises.ogUrl).toBe(urlOf('?view=promises'));

    await page.click('.lang-switch a');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const english = await meta(page);
    expect(english.title).toBe('Promises · Zhumadian: promises and results');
    expect(english.description).toMatch(/^Every quantified target/);
    expect(english.ogLocale).toBe('en_US');
    expect(english.ogUrl).toBe(urlOf('?view=promises&lang=en'));

    await page.goto(urlOf('?view=indicator&indicator=cpi&lang=en&utm_campaign=x'));
    await page.waitForSelector('.indicator-chart svg');
    await page.waitForFunction(() => document.title.startsWith('Consumer price'));
    const chart = await meta(page);
    expect(chart.description).toMatch(/^Consumer price index \(CPI\) increase · Zhumadian city: /);
    expect(chart.ogUrl).toBe(urlOf('?view=indicator&indicator=cpi&lang=en'));
    await close();
  });

  it('the HTML a crawler reads without running scripts has a description and a card in both languages', async () => {
    const html = await (await fetch(urlOf(''))).text();
    expect(html).toMatch(/<meta name="description" content="[^"]*主要预期目标[^"]*Did Zhumadian’s government deliver[^"]*"/);
    expect(html).toContain('<meta property="og:title" content="驻马店：目标与实绩 · Zhumadian: promises and results"');
    expect(html).toContain('<meta name="twitter:card" content="summary"');
  });
});

describe('cite', () => {
  /** Open the Cite dialog at `scope` and read the citations in both languages. */
  async function citations(page: Page, scope: string): Promise<{ zh: string; en: string; first: string }> {
    await page.click(`${scope} [data-cite]`);
    await page.waitForSelector('dialog.cite-dialog[open] textarea');
    const read = (l: string) => page.inputValue(`dialog.cite-dialog[open] textarea[data-cite-lang="${l}"]`);
    const out = { zh: await read('zh'), en: await read('en'), first: (await page.getAttribute('dialog.cite-dialog[open] textarea', 'data-cite-lang'))! };
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.cite-dialog[open]', { state: 'detached' }).catch(() => undefined);
    return out;
  }

  const cases = [
    { name: 'a chart of the indicator view', path: '?view=indicator&indicator=cpi&lang=en', scope: '.chart-actions', zh: '?view=indicator&indicator=cpi', en: '?view=indicator&indicator=cpi&lang=en', title: ['Consumer price index (CPI) increase', '居民消费价格涨幅'] },
    { name: 'the landing’s chart', path: '', scope: '.headline-chart .chart-actions', zh: '?view=indicator', en: '?view=indicator&lang=en', title: ['Gross regional product (GDP)', '地区生产总值'] },
    { name: 'the promises, as filtered', path: '?view=promises&status=missed', scope: '#main .controls', zh: '?view=promises&status=missed', en: '?view=promises&lang=en&status=missed', title: ['Promises:', '承诺清单'] },
    { name: 'the dataset', path: '?view=data&lang=en', scope: '.downloads', zh: '?view=data', en: '?view=data&lang=en', title: ['the dataset', '数据集'] },
  ];
  it.each(cases)('$name: in both languages, with the dataset version, the link and the day accessed', async ({ path, scope, zh: zhLink, en: enLink, title }) => {
    const { page, close } = await openPage(browser, { timezoneId: 'Asia/Shanghai' });
    // The reader's clock, fixed: 2025-02-28 23:30 UTC is already 1 March in Zhumadian.
    await page.clock.setFixedTime(new Date('2025-02-28T23:30:00Z'));
    await page.goto(urlOf(path));
    await page.waitForSelector(`${scope} [data-cite]`);
    const { zh, en, first } = await citations(page, scope);
    expect(first).toBe(path.includes('lang=en') ? 'en' : 'zh');
    // The link in each language opens the same screen in that language.
    expect(zh.endsWith(` ${urlOf(zhLink)}`), zh).toBe(true);
    expect(en.endsWith(` ${urlOf(enLink)}`), en).toBe(true);
    for (const text of [zh, en]) {
      expect(text).toContain(dataset.version);
      expect(text).toContain('2025-03-01');
    }
    expect(en).toContain(title[0]);
    expect(zh).toContain(title[1]);
    expect(en).toContain("Zhumadian Municipal People's Government");
    expect(zh).toContain('驻马店市人民政府');
    await close();
  });
});
