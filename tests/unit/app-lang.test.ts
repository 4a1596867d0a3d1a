/** Choosing the language the app opens in (lib/lang.ts): link, history entry, remembered choice, browser. */
import { describe, expect, it } from 'vitest';
import { browserLang, openingLang, type LangSources } from '../../src/lib/lang';
import { parseUrlState } from '../../src/lib/url-state';

describe('browserLang: the first Chinese or English entry of navigator.languages decides', () => {
  const cases: { languages: string[]; expected: 'zh' | 'en' }[] = [
    { languages: ['zh-CN', 'zh', 'en'], expected: 'zh' },
    { languages: ['zh-Hant-TW'], expected: 'zh' },
    { languages: ['zh_TW'], expected: 'zh' },
    { languages: ['ZH'], expected: 'zh' },
    { languages: ['en-US', 'zh-CN'], expected: 'en' },
    { languages: ['en-GB'], expected: 'en' },
    { languages: ['fr-FR', 'zh-CN', 'en'], expected: 'zh' },
    { languages: ['de-DE', 'en-US', 'zh'], expected: 'en' },
    { languages: ['fr', 'ja'], expected: 'en' },
    { languages: ['zhx', 'ja'], expected: 'en' },
    { languages: [], expected: 'en' },
    { languages: [''], expected: 'en' },
  ];
  it.each(cases)('$languages → $expected', ({ languages, expected }) => {
    expect(browserLang(languages)).toBe(expected);
  });
});

describe('openingLang: the link wins, then the history entry, then the reader’s choice, then the browser', () => {
  const cases: { name: string; given: LangSources; expected: 'zh' | 'en' }[] = [
    { name: 'first visit, Chinese browser', given: { languages: ['zh-CN'] }, expected: 'zh' },
    { name: 'first visit, English browser', given: { languages: ['en-US'] }, expected: 'en' },
    { name: 'the link’s lang over the browser', given: { url: 'zh', languages: ['en-US'] }, expected: 'zh' },
    { name: 'the link’s lang over a remembered choice', given: { url: 'en', stored: 'zh', languages: ['zh-CN'] }, expected: 'en' },
    { name: 'a remembered choice over the browser', given: { stored: 'zh', languages: ['en-US'] }, expected: 'zh' },
    { name: 'the history entry over a remembered choice', given: { entry: 'en', stored: 'zh', languages: ['zh-CN'] }, expected: 'en' },
    { name: 'garbage in storage is ignored', given: { stored: 'fr', languages: ['zh-CN'] }, expected: 'zh' },
    { name: 'garbage in the history entry is ignored', given: { entry: { lang: 'en' }, languages: ['zh-CN'] }, expected: 'zh' },
  ];
  it.each(cases)('$name', ({ given, expected }) => {
    expect(openingLang(given)).toBe(expected);
  });
});

describe('parseUrlState says which parameters the link gives', () => {
  const cases = [
    { search: '', given: [] },
    { search: '?lang=en', given: ['lang'] },
    { search: '?l=en', given: ['lang'] },
    { search: '?lang=fr', given: [] },
    { search: '?view=data&lang=zh', given: ['view', 'lang'] },
  ];
  it.each(cases)('$search → $given', ({ search, given }) => {
    expect(parseUrlState(search).given).toEqual(given);
  });
});
