/**
 * The one lookup of interface words: `t(lang, W.entry, vars)` with the entries of the one table,
 * lib/words.ts. Names that come with the data (regions, categories, indicators) are read with
 * `nameOf` / `nameIn`.
 */
import type { Lang } from './types';
import type { Words } from './words';

/** `words` in `lang`; `{name}` placeholders are filled from `vars` (as text, never HTML). */
export function t(lang: Lang, words: Words, vars: Record<string, string> = {}): string {
  return words[lang].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}

/** A name in the interface language, of anything named in both (indicators, regions, categories). */
export function nameOf(x: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? x.zh : x.en;
}

/** The name of `id` among `named` (regions, categories of the data) in `lang`; an unknown id passes through. */
export function nameIn(named: readonly { id: string; zh: string; en: string }[], id: string, lang: Lang): string {
  const hit = named.find((n) => n.id === id);
  return hit ? nameOf(hit, lang) : id;
}

/** A list in the interface language: "2023、2024" / "2023, 2024". */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
