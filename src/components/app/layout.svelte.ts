/**
 * The phone layout: one breakpoint for the views that change their markup on a narrow screen
 * (promises as cards, the indicator chart above its pickers). The same width is used by the
 * stylesheets' `@media (max-width: 760px)` rules (app.css).
 */
import { MediaQuery } from 'svelte/reactivity';

export const PHONE_QUERY = '(max-width: 760px)';

/** Whether the phone layout applies, kept up to date as the window is resized; false where there is no media query (tests without a layout). */
export function phoneLayout(): { readonly current: boolean } {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? new MediaQuery(PHONE_QUERY) : { current: false };
}
