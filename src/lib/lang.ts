/**
 * Which language the app opens in. A link's `lang` wins; then the language of the history entry
 * (back and forward return to the language each page was read in); then the reader's own choice,
 * remembered in the browser when they switched; then the browser's languages, in the reader's
 * order: the first Chinese (zh, zh-CN, zh-Hant-TW …) or English (en, en-GB …) entry decides, and
 * a browser that lists neither gets English. Pure: the caller reads the browser.
 */
import type { Lang } from './types.ts';
import { isLang } from './url-state.ts';

/** The key under which the reader's choice of language is remembered (localStorage). */
export const LANG_STORAGE_KEY = 'zhumadian-tracker:lang';

/** The language of a browser's list (navigator.languages): the first zh* or en* entry; else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'en';
}

export interface LangSources {
  /** The link's `lang`, when it gives a valid one. */
  url?: Lang | null;
  /** The language recorded with the history entry (history.state), if any. */
  entry?: unknown;
  /** The remembered choice (whatever the storage holds: checked here). */
  stored?: string | null;
  /** navigator.languages. */
  languages: readonly string[];
}

/** The language to show: link, history entry, remembered choice, browser (see above). */
export function openingLang({ url, entry, stored, languages }: LangSources): Lang {
  if (url) return url;
  if (typeof entry === 'string' && isLang(entry)) return entry;
  if (stored && isLang(stored)) return stored;
  return browserLang(languages);
}
