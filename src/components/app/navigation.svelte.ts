/**
 * The bridge between the URL state module and the browser: reads location.search, pushes history
 * entries, follows the back button. Components get it from context (`useNav()`). A URL without a
 * language opens in the entry's, the remembered or the browser's language (lib/lang.ts); each
 * history entry records its language, and a change of language is remembered as the reader's choice.
 */
import { getContext, setContext, untrack } from 'svelte';
import { browserLanguages, entryLang, rememberedLang, rememberLang } from '../../dom/lang';
import { openingLang } from '../../lib/lang';
import { appUrl, checkAgainst, DEFAULT_STATE, parseUrlState, serialiseState, type AppState, type KnownIds, type Parsed } from '../../lib/url-state';

/** What URL values are checked against, as the data arrives. */
export type Known = KnownIds;

export class Nav {
  state = $state<AppState>({ ...DEFAULT_STATE });
  /** Rejected or unknown parameters of the URL the page was opened or navigated with. */
  rejected = $state<{ param: string; raw: string }[]>([]);
  #known: Known | null = null;

  constructor() {
    this.read();
    window.history.replaceState({ lang: this.state.lang }, '', window.location.href);
    window.addEventListener('popstate', () => this.read());
  }

  /** Re-read the URL (on start and on back/forward). */
  read(): void {
    let parsed: Parsed = parseUrlState(window.location.search);
    if (!parsed.given.includes('lang')) {
      const lang = openingLang({ entry: entryLang(), stored: rememberedLang(), languages: browserLanguages() });
      parsed = { ...parsed, state: { ...parsed.state, lang } };
    }
    if (this.#known) parsed = checkAgainst(parsed, this.#known);
    // A new state object only when something changed: views recompute from it.
    if (serialiseState(parsed.state) !== serialiseState(this.state)) this.state = parsed.state;
    this.rejected = [...parsed.invalid, ...parsed.unknown.map((param) => ({ param, raw: '' }))];
    if (this.rejected.length) window.history.replaceState({ lang: this.state.lang }, '', appUrl(this.state));
  }

  /**
   * Ids in the URL are checked against the data as it arrives (the index, a view's part, the
   * whole dataset): each call adds what is now known and checks the current URL again.
   */
  setKnown(known: Known): void {
    // Called from effects: reads here must not make the caller depend on the navigation state.
    untrack(() => {
      this.#known = { ...this.#known, ...known };
      const before = this.rejected;
      this.read();
      const seen = new Set(before.map((r) => `${r.param}=${r.raw}`));
      this.rejected = [...before, ...this.rejected.filter((r) => !seen.has(`${r.param}=${r.raw}`))];
    });
  }

  /** Link target for the current state changed by `patch`. */
  href(patch: Partial<AppState>): string {
    return appUrl({ ...this.state, ...patch });
  }

  /** Go to a new state: a new history entry, or replace the current one (typing in a search box). */
  go(patch: Partial<AppState>, replace = false): void {
    const next = { ...this.state, ...patch };
    const url = appUrl(next);
    if (next.lang !== this.state.lang) rememberLang(next.lang);
    if (replace) window.history.replaceState({ lang: next.lang }, '', url);
    else window.history.pushState({ lang: next.lang }, '', url);
    this.state = next;
    this.rejected = [];
  }
}

/** Context key of the navigation (exported for component tests). */
export const NAV_KEY = Symbol('nav');

export function provideNav(nav: Nav): void {
  setContext(NAV_KEY, nav);
}

export function useNav(): Nav {
  return getContext<Nav>(NAV_KEY);
}
