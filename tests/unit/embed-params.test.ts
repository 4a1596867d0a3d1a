import { describe, expect, test } from 'vitest';
import { EMBED_DEFAULTS, parseEmbedParams, type EmbedParams, type ParamNotice } from '../../src/embed/params';
import { embedSearch } from '../../src/embed/snippet';

const cases: { name: string; search: string; expected: Partial<EmbedParams>; notices: Partial<ParamNotice>[] }[] = [
  { name: 'empty query gives the defaults', search: '', expected: {}, notices: [] },
  { name: 'leading "?" is accepted', search: '?indicator=cpi', expected: { indicator: 'cpi' }, notices: [] },
  {
    name: 'every parameter valid',
    search: 'indicator=gdp&region=yicheng&measure=yoy_growth:%25&lang=en&theme=dark&controls=1&from=2022&to=2025',
    expected: { indicator: 'gdp', region: 'yicheng', measure: 'yoy_growth:%', lang: 'en', theme: 'dark', controls: true, from: 2022, to: 2025 },
    notices: [],
  },
  { name: 'controls=0 is off', search: 'controls=0', expected: { controls: false }, notices: [] },
  { name: 'surrounding spaces are trimmed', search: 'lang=%20en%20', expected: { lang: 'en' }, notices: [] },
  { name: 'an empty value is the default, silently', search: 'lang=&theme=', expected: {}, notices: [] },
  {
    name: 'hostile indicator is refused',
    search: `indicator=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    expected: {},
    notices: [{ param: 'indicator', value: '<img src=x onerror=alert(1)>', reason: 'malformed' }],
  },
  {
    name: 'path traversal in indicator is refused',
    search: 'indicator=../dataset',
    expected: {},
    notices: [{ param: 'indicator', reason: 'malformed' }],
  },
  { name: 'upper-case indicator is refused', search: 'indicator=GDP', expected: {}, notices: [{ param: 'indicator' }] },
  { name: 'measure with a unit in Chinese', search: 'measure=level:亿元', expected: { measure: 'level:亿元' }, notices: [] },
  { name: 'malformed measure', search: 'measure=<b>', expected: {}, notices: [{ param: 'measure', reason: 'malformed' }] },
  // A well-formed region is checked against the data when its slice is loaded (no list of regions in code).
  { name: 'well-formed region', search: 'region=xiping-county', expected: { region: 'xiping-county' }, notices: [] },
  { name: 'malformed region', search: 'region=Bei%20Jing', expected: {}, notices: [{ param: 'region', reason: 'malformed' }] },
  { name: 'region with markup', search: `region=${encodeURIComponent('<b>x</b>')}`, expected: {}, notices: [{ param: 'region', reason: 'malformed' }] },
  { name: 'unknown language', search: 'lang=fr', expected: {}, notices: [{ param: 'lang', value: 'fr' }] },
  { name: 'unknown theme', search: 'theme=neon', expected: {}, notices: [{ param: 'theme' }] },
  { name: 'controls must be 0 or 1', search: 'controls=yes', expected: {}, notices: [{ param: 'controls', reason: 'malformed' }] },
  { name: 'year not four digits', search: 'from=22', expected: {}, notices: [{ param: 'from', reason: 'malformed' }] },
  { name: 'year out of range', search: 'to=1899', expected: {}, notices: [{ param: 'to' }] },
  { name: 'year as float', search: 'from=2022.5&to=2025', expected: { to: 2025 }, notices: [{ param: 'from' }] },
  {
    name: 'years in the wrong order drop both',
    search: 'from=2025&to=2022',
    expected: {},
    notices: [{ param: 'from', reason: 'year_order' }],
  },
  { name: 'only one year bound', search: 'from=2023', expected: { from: 2023 }, notices: [] },
  { name: 'unknown parameter gets a notice', search: 'colour=red', expected: {}, notices: [{ param: 'colour', reason: 'unknown_param' }] },
  { name: 'utm_ parameters are ignored silently', search: 'utm_source=news', expected: {}, notices: [] },
  {
    name: 'long values are clipped in the notice',
    search: `lang=${'x'.repeat(100)}`,
    expected: {},
    notices: [{ param: 'lang', value: `${'x'.repeat(40)}…` }],
  },
  { name: 'first of repeated parameters wins', search: 'lang=en&lang=zh', expected: { lang: 'en' }, notices: [] },
];

describe('parseEmbedParams', () => {
  test.each(cases)('$name', ({ search, expected, notices }) => {
    const parsed = parseEmbedParams(search);
    expect(parsed.params).toEqual({ ...EMBED_DEFAULTS, ...expected });
    expect(parsed.notices).toHaveLength(notices.length);
    notices.forEach((notice, i) => expect(parsed.notices[i]).toMatchObject(notice));
  });
});

describe('embedSearch', () => {
  test('leaves defaults out but always names indicator and region', () => {
    expect(embedSearch({ ...EMBED_DEFAULTS })).toBe('indicator=gdp&region=zhumadian');
  });
  test.each<Partial<EmbedParams>>([
    {},
    { indicator: 'cpi', region: 'yicheng', lang: 'en' },
    { theme: 'dark', controls: true },
    { measure: 'level:亿元' },
    { from: 2022, to: 2025 },
    { to: 2024 },
  ])('round-trips %o', (change) => {
    const params = { ...EMBED_DEFAULTS, ...change };
    expect(parseEmbedParams(embedSearch(params))).toEqual({ params, notices: [] });
  });
});
