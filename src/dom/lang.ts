/**
 * The browser's side of choosing the language (rules: lib/lang.ts): the remembered choice in
 * localStorage, the browser's languages, the language stored with a history entry. Storage may be
 * unavailable (private modes, blocked cookies): then nothing is remembered and nothing breaks.
 */
import { LANG_STORAGE_KEY } from '../lib/lang';
import type { Lang } from '../lib/types';

export function rememberedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remember the reader's explicit choice of language. */
export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered: the link still carries the language.
  }
}

export function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
}

/** The language recorded with the current history entry (see Nav), if any. */
export function entryLang(): unknown {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' && 'lang' in state ? (state as { lang: unknown }).lang : undefined;
}
