/**
 * What a page says about itself (lib/meta.ts): title and description in the page's language for
 * each view, an address made of the app's own parameters only, and index.html's static defaults
 * equal to the word table's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { pageMeta, pageSubject, staticMeta } from '../../src/lib/meta';
import type { IndicatorIndex, Slice } from '../../src/lib/types';
import { DEFAULT_STATE, parseUrlState, VIEWS, type AppState } from '../../src/lib/url-state';

const { files } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const slice = JSON.parse(String(files.get('slices/zhumadian--gdp.json'))) as Slice;
const lists = { zh: JSON.parse(String(files.get('indicators.zh.json'))) as IndicatorIndex, en: JSON.parse(String(files.get('indicators.en.json'))) as IndicatorIndex };
const BASE = 'https://example.org/tracker/';
const state = (search: string): AppState => parseUrlState(search).state;

describe('pageMeta', () => {
  const cases = [
    { search: '', title: '总览 · 驻马店：目标与实绩', description: /^驻马店政府工作报告的主要预期目标完成了吗/, url: BASE, locale: 'zh_CN', alternate: 'en_US' },
    { search: '?lang=en', title: 'Scorecard · Zhumadian: promises and results', description: /^Did Zhumadian’s government deliver/, url: `${BASE}?lang=en`, locale: 'en_US', alternate: 'zh_CN' },
    { search: '?view=promises&lang=en&status=missed', title: 'Promises · Zhumadian: promises and results', description: /^Every quantified target/, url: `${BASE}?lang=en&status=missed&view=promises`, locale: 'en_US', alternate: 'zh_CN' },
    { search: '?view=data', title: '数据 · 驻马店：目标与实绩', description: /^全部数据/, url: `${BASE}?view=data`, locale: 'zh_CN', alternate: 'en_US' },
    { search: '?view=plan&lang=en', title: 'Five-year plan · Zhumadian: promises and results', description: /five-year plan/, url: `${BASE}?view=plan&lang=en`, locale: 'en_US', alternate: 'zh_CN' },
    { search: '?view=methodology', title: '方法 · 驻马店：目标与实绩', description: /^数据如何/, url: `${BASE}?view=methodology`, locale: 'zh_CN', alternate: 'en_US' },
    // Parameters that are not the app's never reach the page's address.
    { search: '?view=data&utm_source=newsletter&fbclid=abc&gclid=x', title: '数据 · 驻马店：目标与实绩', description: /^全部数据/, url: `${BASE}?view=data`, locale: 'zh_CN', alternate: 'en_US' },
  ];
  it.each(cases)('$search', ({ search, title, description, url, locale, alternate }) => {
    const meta = pageMeta(state(search), BASE);
    // Parameters are serialised in the app's order.
    expect(new URL(meta.url).searchParams.toString().split('&').sort()).toEqual(new URL(url).searchParams.toString().split('&').sort());
    expect(meta).toMatchObject({ title, locale, alternate });
    expect(meta.description).toMatch(description);
    expect(meta.url.startsWith(BASE)).toBe(true);
  });
  it('names the indicator and region of a chart, in the page’s language', () => {
    const en = state('?view=indicator&indicator=gdp&lang=en');
    const subject = pageSubject(en, slice, lists.en);
    expect(subject).toBe('Gross regional product (GDP) · Zhumadian city');
    const meta = pageMeta(en, BASE, subject);
    expect(meta.title).toBe('Gross regional product (GDP) · Zhumadian city · Zhumadian: promises and results');
    expect(meta.description).toBe('Gross regional product (GDP) · Zhumadian city: the targets of the work reports and plans against the actuals, every figure linked to its source.');
    expect(pageMeta(state('?view=indicator&indicator=gdp'), BASE, pageSubject(state('?view=indicator&indicator=gdp'), slice, null)).title).toBe('地区生产总值 · 驻马店市 · 驻马店：目标与实绩');
  });
  const subjects = [
    { name: 'from the lists alone', st: state('?view=indicator&indicator=cpi&lang=en'), slice: null, lists: lists.en, expected: /^Consumer price/ },
    { name: 'not from lists of the other language', st: state('?view=indicator&indicator=cpi&lang=en'), slice: null, lists: lists.zh, expected: /^$/ },
    { name: 'not from another chart’s slice', st: state('?view=indicator&indicator=cpi'), slice, lists: null, expected: /^$/ },
    { name: 'nothing on other views', st: state('?view=data'), slice, lists: lists.zh, expected: /^$/ },
  ];
  it.each(subjects)('pageSubject: $name', ({ st, slice: s, lists: l, expected }) => {
    expect(pageSubject(st, s, l)).toMatch(expected);
  });
  it('names the document of the source view', () => {
    const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
    const doc = dataset.documents.find((d) => d.kind === 'work_report')!;
    const st = state(`?view=source&doc=${doc.id}&lang=en`);
    const subject = pageSubject(st, null, null, dataset.documents);
    expect(subject).toBe(doc.title_en);
    expect(pageMeta(st, BASE, subject).title).toBe(`${doc.title_en} · Zhumadian: promises and results`);
    expect(pageMeta(st, BASE, subject).description).toMatch(new RegExp(`^${doc.title_en}: the whole text`));
    expect(pageSubject(state('?view=source&doc=nothing'), null, null, dataset.documents)).toBe('');
  });
  it('has a title and a description for every view in both languages', () => {
    for (const view of VIEWS) {
      for (const lang of ['zh', 'en'] as const) {
        const meta = pageMeta({ ...DEFAULT_STATE, view, lang }, BASE);
        expect(meta.description.length, `${view} ${lang}`).toBeGreaterThan(12);
        expect(meta.title, `${view} ${lang}`).toContain(' · ');
      }
    }
  });
});

describe('index.html', () => {
  const html = readFileSync('index.html', 'utf8');
  const content = (attr: string, key: string) => html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1];
  const { title, description } = staticMeta();
  it('carries the landing’s title and description in both languages for crawlers that run no script', () => {
    expect(html).toContain(`<title>${title}</title>`);
    expect(content('name', 'description')).toBe(description);
    expect(content('property', 'og:title')).toBe(title);
    expect(content('property', 'og:site_name')).toBe(title);
    expect(content('property', 'og:description')).toBe(description);
    expect(content('name', 'twitter:card')).toBe('summary');
    // Nothing in them needs escaping, so the literal text is the text.
    expect(`${title}${description}`).not.toMatch(/["&<>]/);
  });
  it('names no other host', () => {
    expect(html).not.toMatch(/https?:\/\//);
  });
});
