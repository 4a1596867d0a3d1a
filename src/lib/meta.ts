/**
 * What a page says about itself to search engines and link previews (meta description, Open
 * Graph, Twitter card): its title and description in the page's language, and its address built
 * from the app's own state — so a shared link's parameters that are not the app's (utm_…,
 * fbclid …) never reach og:url. Also the static defaults index.html carries for crawlers that run
 * no script. Pure: the caller passes the page's base address.
 */
import { nameIn, nameOf, t } from './i18n';
import type { DocumentMeta, IndicatorIndex, Lang, Slice } from './types';
import { appUrl, DEFAULT_STATE, type AppState } from './url-state';
import * as W from './words';

export interface PageMeta {
  title: string;
  description: string;
  /** The page's address: `base` and the app's parameters, nothing else. */
  url: string;
  /** Open Graph locale of the page and of the other language. */
  locale: string;
  alternate: string;
}

/** Open Graph's name of a language. */
const ogLocale = (lang: Lang) => (lang === 'zh' ? 'zh_CN' : 'en_US');

/**
 * What the screen is about, when it is one thing: the indicator view's "GDP · Zhumadian" (from
 * whichever of its files has arrived in the page's language), the source view's document title;
 * '' until then, and on other views.
 */
export function pageSubject(
  state: Pick<AppState, 'view' | 'lang' | 'indicator' | 'region' | 'doc'>,
  slice: Slice | null,
  lists: IndicatorIndex | null,
  documents: readonly Pick<DocumentMeta, 'id' | 'title_zh' | 'title_en'>[] = [],
): string {
  if (state.view === 'source') {
    const d = documents.find((x) => x.id === state.doc);
    return d ? (state.lang === 'zh' ? d.title_zh : d.title_en) : '';
  }
  if (state.view !== 'indicator') return '';
  const fromSlice = slice && slice.indicator.id === state.indicator && slice.region === state.region ? slice : null;
  const listed = lists?.lang === state.lang ? lists.indicators.find((i) => i.id === state.indicator) : undefined;
  const name = fromSlice ? nameOf(fromSlice.indicator, state.lang) : listed?.name;
  if (!name) return '';
  return `${name} · ${nameIn(fromSlice?.regions ?? lists?.regions ?? [], state.region, state.lang)}`;
}

/** Title, description and address of the page showing `state` (subject: see pageSubject). */
export function pageMeta(state: AppState, base: string, subject = ''): PageMeta {
  const lang = state.lang;
  const site = t(lang, W.appTitle);
  const about = state.view === 'indicator' ? W.indicatorDescription : state.view === 'source' ? W.sourceDescription : null;
  const description = about && subject ? t(lang, about, { subject }) : t(lang, W.VIEW_DESCRIPTIONS[state.view]);
  return {
    title: `${subject || t(lang, W.VIEW_WORDS[state.view])} · ${site}`,
    description,
    url: appUrl(state, base),
    locale: ogLocale(lang),
    alternate: ogLocale(lang === 'zh' ? 'en' : 'zh'),
  };
}

/** The landing's title and description in both languages, for the HTML a crawler without scripts reads. */
export function staticMeta(): { title: string; description: string } {
  const zh = pageMeta({ ...DEFAULT_STATE, lang: 'zh' }, '');
  const en = pageMeta({ ...DEFAULT_STATE, lang: 'en' }, '');
  return { title: `${t('zh', W.appTitle)} · ${t('en', W.appTitle)}`, description: `${zh.description} ${en.description}` };
}
