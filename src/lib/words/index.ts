/**
 * The one table of interface words, in Chinese and English, looked up with `t(lang, W.entry)`
 * (lib/i18n.ts). One named entry per word, kept in sections by where they are shown, so that each
 * page (and each lazily loaded view) ships only its own words; entry names are unique across the
 * sections. Only interface words live here: facts about the documents (titles, years, regions,
 * category names, table captions and notes) come with the data, rule texts with lib/attainment.ts.
 */
export type { Words } from './words';
export * from './shell';
export * from './figures';
export * from './chart';
export * from './source';
export * from './export';
export * from './scorecard';
export * from './plan';
export * from './promises';
export * from './data';
export * from './landing';
export * from './meta';
export * from './cite';
