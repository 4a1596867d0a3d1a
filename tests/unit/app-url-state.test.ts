import { describe, expect, it } from 'vitest';
import { appUrl, checkAgainst, DEFAULT_STATE, parseUrlState, parseYear, serialiseState, validParam } from '../../src/lib/url-state';

describe('parseUrlState', () => {
  const cases = [
    { name: 'empty', search: '', expected: {}, invalid: [] as string[] },
    { name: 'indicator in english', search: '?view=indicator&indicator=gdp&lang=en', expected: { view: 'indicator', indicator: 'gdp', lang: 'en' }, invalid: [] },
    { name: 'garbage view and lang', search: '?view=%3Cscript%3E&lang=fr', expected: {}, invalid: ['view', 'lang'] },
    { name: 'hostile indicator', search: '?indicator=<img src=x onerror=alert(1)>', expected: {}, invalid: ['indicator'] },
    { name: 'region', search: 'region=yicheng&view=plan', expected: { region: 'yicheng', view: 'plan' }, invalid: [] },
    { name: 'empty value is missing', search: '?lang=', expected: {}, invalid: [] },
    { name: 'old name migrated', search: '?ind=cpi', expected: { indicator: 'cpi' }, invalid: [] },
    { name: 'source id', search: '?source=zmd-gwr-2025%3AL448%3Agdp%3Atarget%3A2025', expected: { source: 'zmd-gwr-2025:L448:gdp:target:2025' }, invalid: [] },
    { name: 'source id with a repeat suffix', search: '?source=zmd-gwr-2025%3A33%3Agdp%3Aactual%3A2024~2', expected: { source: 'zmd-gwr-2025:33:gdp:actual:2024~2' }, invalid: [] },
    { name: 'measure', search: '?measure=yoy_growth%3A%25', expected: { measure: 'yoy_growth:%' }, invalid: [] },
    { name: 'bad sort', search: '?sort=drop%20table', expected: {}, invalid: ['sort'] },
    {
      name: 'promise filters and grouping',
      search: '?view=promises&doc=zmd-gwr-2025&due=2025&dept=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94&status=pending&group=department',
      expected: { view: 'promises', doc: 'zmd-gwr-2025', due: '2025', dept: '市发改委', status: 'pending', group: 'department' },
      invalid: [],
    },
    { name: 'default grouping given explicitly', search: '?group=document', expected: {}, invalid: [] },
    {
      name: 'bad promise filters fall back',
      search: '?doc=..%2Fetc&due=25&dept=%3Cb%3E&status=done&group=colour',
      expected: {},
      invalid: ['doc', 'due', 'dept', 'status', 'group'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = parseUrlState(c.search);
      expect(r.state).toEqual({ ...DEFAULT_STATE, ...c.expected });
      expect(r.invalid.map((i) => i.param)).toEqual(c.invalid);
    });
  }
  it('lists unknown parameters', () => {
    expect(parseUrlState('?foo=1&bar=2&lang=en').unknown).toEqual(['foo', 'bar']);
  });
});

describe('serialiseState', () => {
  it('leaves defaults out', () => {
    expect(serialiseState(DEFAULT_STATE)).toBe('');
    expect(serialiseState({ lang: 'zh', view: 'scorecard' })).toBe('');
  });
  it('orders parameters stably', () => {
    expect(serialiseState({ lang: 'en', indicator: 'cpi', view: 'indicator' })).toBe('?view=indicator&indicator=cpi&lang=en');
  });
  it('round-trips', () => {
    const states = [
      { view: 'data' as const, q: '增长 6%', sort: '-period' },
      { view: 'indicator' as const, indicator: 'grain_output', region: 'zhumadian' as const, source: 'a:b:c', measure: 'level:亿斤' },
      { view: 'plan' as const, region: 'yicheng' as const, lang: 'en' as const },
      { view: 'promises' as const, doc: 'zmd-village-farmland-2021', due: '2022', dept: '市发改委', status: 'met' as const, group: 'status' as const, q: '粮食' },
      { view: 'promises' as const, lang: 'en' as const, status: 'not_assessable' as const, group: 'due' as const },
    ];
    for (const s of states) expect(parseUrlState(serialiseState(s)).state).toEqual({ ...DEFAULT_STATE, ...s });
  });

  it('leaves the default grouping and empty filters out of promise links', () => {
    expect(serialiseState({ view: 'promises', group: 'document', doc: '', status: '' })).toBe('?view=promises');
    expect(serialiseState({ view: 'promises', status: 'missed', dept: '市发改委' })).toBe('?view=promises&dept=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94&status=missed');
  });
});

describe('appUrl', () => {
  it('links relative to the site root', () => {
    expect(appUrl({})).toBe('./');
    expect(appUrl({ view: 'indicator', indicator: 'cpi', lang: 'en' })).toBe('./?view=indicator&indicator=cpi&lang=en');
    expect(appUrl({ view: 'indicator', indicator: 'gdp' })).toBe('./?view=indicator');
    expect(appUrl({ lang: 'en' }, 'https://example.org/app/')).toBe('https://example.org/app/?lang=en');
  });
});

describe('checkAgainst', () => {
  it('rejects ids the dataset does not know', () => {
    const parsed = parseUrlState('?indicator=nope&category=economy&source=x1');
    const r = checkAgainst(parsed, { indicators: new Set(['gdp']), categories: new Set(['economy']), observations: new Set() });
    expect(r.state.indicator).toBe('gdp');
    expect(r.state.category).toBe('economy');
    expect(r.state.source).toBe('');
    expect(r.invalid.map((i) => i.param)).toEqual(['indicator', 'source']);
  });
  it('rejects promise filters no promise has', () => {
    const parsed = parseUrlState('?view=promises&doc=zmd-gwr-2019&due=2031&dept=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94&status=met');
    const known = { indicators: new Set<string>(), categories: new Set<string>(), observations: new Set<string>() };
    const r = checkAgainst(parsed, { ...known, documents: new Set(['zmd-gwr-2025']), dues: new Set(['2025']), departments: new Set(['市发改委']) });
    expect(r.state).toEqual({ ...DEFAULT_STATE, view: 'promises', dept: '市发改委', status: 'met' });
    expect(r.invalid.map((i) => i.param)).toEqual(['doc', 'due']);
  });
});

describe('regions: any well-formed slug, checked against the data', () => {
  it.each([
    { search: '?region=yicheng', region: 'yicheng', invalid: [] as string[] },
    { search: '?region=xiping-county', region: 'xiping-county', invalid: [] },
    { search: '?region=Yicheng', region: DEFAULT_STATE.region, invalid: ['region'] },
    { search: '?region=..%2Fx', region: DEFAULT_STATE.region, invalid: ['region'] },
    { search: '?region=%3Cb%3E', region: DEFAULT_STATE.region, invalid: ['region'] },
  ])('$search → $region', ({ search, region, invalid }) => {
    const r = parseUrlState(search);
    expect(r.state.region).toBe(region);
    expect(r.invalid.map((i) => i.param)).toEqual(invalid);
  });
  it('a region the data does not have falls back with the notice', () => {
    const r = checkAgainst(parseUrlState('?region=xiping-county&view=indicator'), { regions: new Set(['zhumadian', 'yicheng']) });
    expect(r.state.region).toBe(DEFAULT_STATE.region);
    expect(r.invalid).toEqual([{ param: 'region', raw: 'xiping-county' }]);
  });
  it('only what is known is checked (the app learns ids view by view)', () => {
    const r = checkAgainst(parseUrlState('?indicator=nope&category=nope'), { categories: new Set(['economy']) });
    expect(r.state.indicator).toBe('nope');
    expect(r.invalid.map((i) => i.param)).toEqual(['category']);
  });
});

describe('validParam and parseYear (shared with the embed)', () => {
  it.each([
    { key: 'indicator', raw: 'gdp', ok: true },
    { key: 'indicator', raw: 'GDP', ok: false },
    { key: 'indicator', raw: '<img>', ok: false },
    { key: 'region', raw: 'yicheng', ok: true },
    { key: 'region', raw: 'a b', ok: false },
    { key: 'measure', raw: 'yoy_growth:%', ok: true },
    { key: 'measure', raw: 'level:<b>', ok: false },
    { key: 'lang', raw: 'fr', ok: false },
  ] as const)('$key=$raw → $ok', ({ key, raw, ok }) => expect(validParam(key, raw) !== undefined).toBe(ok));
  it.each([
    ['2024', 2024],
    ['1949', 1949],
    ['1899', undefined],
    ['2101', undefined],
    ['24', undefined],
    ['2024.5', undefined],
  ] as const)('parseYear(%s) → %s', (raw, year) => expect(parseYear(raw)).toBe(year));
});

describe('the source view: a document and one of its figures', () => {
  const figures = new Map([['zmd-gwr-2025', new Set(['zmd-gwr-2025:448:gdp:target:2025'])]]);
  const known = { allDocuments: new Set(['zmd-gwr-2025', 'zmd-housing-2023']), documents: new Set(['zmd-gwr-2025']), figures };
  it.each([
    { name: 'a figure of the document', search: '?view=source&doc=zmd-gwr-2025&obs=zmd-gwr-2025%3A448%3Agdp%3Atarget%3A2025', doc: 'zmd-gwr-2025', obs: 'zmd-gwr-2025:448:gdp:target:2025', invalid: [] as string[] },
    { name: 'a document without targets (not a promises filter)', search: '?view=source&doc=zmd-housing-2023', doc: 'zmd-housing-2023', obs: '', invalid: [] },
    { name: 'a figure of another document', search: '?view=source&doc=zmd-gwr-2025&obs=zmd-gwr-2024%3A1%3Agdp%3Atarget%3A2024', doc: 'zmd-gwr-2025', obs: '', invalid: ['obs'] },
    { name: 'an unknown document, and so its figure', search: '?view=source&doc=zmd-gwr-2019&obs=zmd-gwr-2019%3A1%3Agdp%3Atarget%3A2019', doc: '', obs: '', invalid: ['doc', 'obs'] },
    { name: 'a figure without a document', search: '?view=source&obs=zmd-gwr-2025%3A448%3Agdp%3Atarget%3A2025', doc: '', obs: '', invalid: ['obs'] },
    { name: 'a figure of a document not loaded yet is kept', search: '?view=source&doc=zmd-housing-2023&obs=zmd-housing-2023%3A1%3Ax%3Atarget%3A2023', doc: 'zmd-housing-2023', obs: 'zmd-housing-2023:1:x:target:2023', invalid: [] },
  ])('$name', ({ search, doc, obs, invalid }) => {
    const r = checkAgainst(parseUrlState(search), known);
    expect([r.state.doc, r.state.obs]).toEqual([doc, obs]);
    expect(r.invalid.map((i) => i.param)).toEqual(invalid);
  });
  it('a malformed figure id falls back before any data arrives', () => {
    const r = parseUrlState('?view=source&doc=zmd-gwr-2025&obs=%3Cimg%20src%3Dx%3E');
    expect(r.state.obs).toBe('');
    expect(r.invalid.map((i) => i.param)).toEqual(['obs']);
  });
  it('round-trips, and leaves the figure out of links to other views', () => {
    const s = { view: 'source' as const, doc: 'zmd-gwr-2025', obs: 'zmd-gwr-2025:448:gdp:target:2025', lang: 'en' as const };
    expect(serialiseState(s)).toBe('?view=source&lang=en&doc=zmd-gwr-2025&obs=zmd-gwr-2025%3A448%3Agdp%3Atarget%3A2025');
    expect(parseUrlState(serialiseState(s)).state).toEqual({ ...DEFAULT_STATE, ...s });
    expect(serialiseState({ ...s, view: 'promises' })).toBe('?view=promises&lang=en&doc=zmd-gwr-2025');
  });
});
