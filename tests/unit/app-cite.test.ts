/**
 * "Cite this" (lib/cite.ts): the citation of a chart, the promises and the dataset in both
 * languages, from the real build's documents and version, with the link and the day given.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { chartCitation, citation, citedDocuments, citeText, isoDay, issuersOf, type CiteInput } from '../../src/lib/cite';
import { parseUrlState } from '../../src/lib/url-state';
import type { Slice } from '../../src/lib/types';

const { dataset, files } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const slice = JSON.parse(String(files.get('slices/zhumadian--gdp.json'))) as Slice;
const v = dataset.version;
const BASE = 'https://example.org/zmd/';
const DAY = '2025-03-01';
const CITY = { zh: '驻马店市人民政府', en: "Zhumadian Municipal People's Government" };
const OFFICE = { zh: '驻马店市人民政府办公室', en: "General Office of the Zhumadian Municipal People's Government" };
const YICHENG = { zh: '驻马店市驿城区人民政府', en: "Yicheng District People's Government, Zhumadian" };

describe('citation', () => {
  const promises: Omit<CiteInput, 'url'> = { kind: 'promises', subject: '', documents: citedDocuments(dataset.documents, dataset.observations.filter((o) => o.kind === 'target')), version: v, accessed: DAY };
  const whole: Omit<CiteInput, 'url'> = { kind: 'dataset', subject: '', documents: citedDocuments(dataset.documents, dataset.observations), version: v, accessed: DAY };
  const cases = [
    {
      name: 'a chart, in Chinese',
      text: () => chartCitation(slice, '', BASE, 'zh', DAY),
      expected: `驻马店：目标与实绩. 地区生产总值 · 驻马店市：目标与实绩[EB/OL]. 数据版本 ${v}; 原始文件发布单位：${CITY.zh}. [2025-03-01]. ${BASE}?view=indicator`,
    },
    {
      name: 'a chart, in English, with its measure',
      text: () => chartCitation(slice, 'level:亿元', BASE, 'en', DAY),
      expected: `Zhumadian: promises and results. Gross regional product (GDP) · Zhumadian city: targets and actuals [Chart; dataset version ${v}]. Source documents issued by ${CITY.en}. Retrieved 2025-03-01, from ${BASE}?view=indicator&measure=level%3A%E4%BA%BF%E5%85%83&lang=en`,
    },
    {
      name: 'the promises, in Chinese',
      text: () => citation({ ...promises, url: `${BASE}?view=promises&status=missed` }, 'zh'),
      expected: `驻马店：目标与实绩. 承诺清单：各文件中的量化目标及完成情况[EB/OL]. 数据版本 ${v}; 原始文件发布单位：${CITY.zh}、${YICHENG.zh}、${OFFICE.zh}. [2025-03-01]. ${BASE}?view=promises&status=missed`,
    },
    {
      name: 'the promises, in English',
      text: () => citation({ ...promises, url: `${BASE}?view=promises&lang=en` }, 'en'),
      expected: `Zhumadian: promises and results. Promises: every quantified target and its status [Data table; dataset version ${v}]. Source documents issued by ${CITY.en}; ${YICHENG.en}; ${OFFICE.en}. Retrieved 2025-03-01, from ${BASE}?view=promises&lang=en`,
    },
    {
      name: 'the dataset, in Chinese',
      text: () => citation({ ...whole, url: `${BASE}?view=data` }, 'zh'),
      expected: `驻马店：目标与实绩. 目标与实绩数据集[DS/OL]. 数据版本 ${v}; 原始文件发布单位：${CITY.zh}、${YICHENG.zh}、${OFFICE.zh}. [2025-03-01]. ${BASE}?view=data`,
    },
    {
      name: 'the dataset, in English',
      text: () => citation({ ...whole, url: `${BASE}?view=data&lang=en` }, 'en'),
      expected: `Zhumadian: promises and results. Targets and actuals: the dataset [Data set; dataset version ${v}]. Source documents issued by ${CITY.en}; ${YICHENG.en}; ${OFFICE.en}. Retrieved 2025-03-01, from ${BASE}?view=data&lang=en`,
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(text()).toBe(expected);
  });
  it('always carries the version, the link and the day', () => {
    for (const c of cases) {
      const s = c.text();
      expect(s).toContain(v);
      expect(s).toContain(BASE);
      expect(s).toContain(DAY);
    }
  });
});

describe('issuersOf and citedDocuments', () => {
  const cases = [
    { name: 'each issuer once, in order', docs: [CITY, OFFICE, CITY], lang: 'en', expected: [CITY.en, OFFICE.en] },
    { name: 'in Chinese', docs: [YICHENG, CITY], lang: 'zh', expected: [YICHENG.zh, CITY.zh] },
    { name: 'a blank issuer is left out', docs: [{ zh: ' ', en: '' }, CITY], lang: 'zh', expected: [CITY.zh] },
  ] as const;
  it.each(cases)('$name', ({ docs, lang, expected }) => {
    expect(issuersOf(docs.map((d) => ({ issuer_zh: d.zh, issuer_en: d.en })), lang)).toEqual(expected);
  });
  it('names only the documents that state the rows cited', () => {
    const rows = dataset.observations.filter((o) => o.document_id === 'yc-fyp14');
    expect(citedDocuments(dataset.documents, rows).map((d) => d.id)).toEqual(['yc-fyp14']);
    expect(citedDocuments(dataset.documents, dataset.observations).some((d) => d.kind === 'front_matter')).toBe(false);
  });
});

describe('isoDay: the reader’s calendar day', () => {
  // Tests run in UTC (vite.config.ts): local time is UTC here.
  const cases = [
    { date: new Date(Date.UTC(2025, 2, 1, 0, 0, 0)), expected: '2025-03-01' },
    { date: new Date(Date.UTC(2025, 11, 31, 23, 59, 59)), expected: '2025-12-31' },
    { date: new Date(Date.UTC(2024, 1, 29, 12)), expected: '2024-02-29' },
  ];
  it.each(cases)('$expected', ({ date, expected }) => {
    expect(isoDay(date)).toBe(expected);
  });
});

describe('citeText: what a Cite button asks for, as the dialog formats it', () => {
  const state = { ...parseUrlState('?view=promises&status=missed').state };
  const targets = dataset.observations.filter((o) => o.kind === 'target');
  const cases = [
    { name: 'a chart', request: { kind: 'chart' as const, slice, measure: '' }, lang: 'zh' as const, expected: chartCitation(slice, '', BASE, 'zh', DAY) },
    {
      name: 'the promises: the screen’s link in the citation’s language',
      request: { kind: 'promises' as const, documents: dataset.documents, rows: targets, version: v, state },
      lang: 'en' as const,
      expected: citation({ kind: 'promises', subject: '', documents: citedDocuments(dataset.documents, targets), version: v, url: `${BASE}?view=promises&lang=en&status=missed`, accessed: DAY }, 'en'),
    },
    {
      name: 'the dataset',
      request: { kind: 'dataset' as const, documents: dataset.documents, rows: dataset.observations, version: v, state: { ...state, view: 'data' as const, status: '' as const } },
      lang: 'zh' as const,
      expected: citation({ kind: 'dataset', subject: '', documents: citedDocuments(dataset.documents, dataset.observations), version: v, url: `${BASE}?view=data`, accessed: DAY }, 'zh'),
    },
  ];
  it.each(cases)('$name', ({ request, lang, expected }) => {
    expect(citeText(request, BASE, lang, DAY)).toBe(expected);
  });
});
