/** Name of the performance mark set when the app's first chart is drawn (see scripts/bench/app.ts). */
export const CHART_DRAWN_MARK = 'zhumadian-app:chart-drawn';
/** Name of the performance mark set when the embed's chart is first drawn (see scripts/bench/embed.ts). */
export const EMBED_DRAWN_MARK = 'zhumadian-embed:chart-drawn';
/** Name of the performance mark set when the source view's figure is first scrolled into view. */
export const SOURCE_SHOWN_MARK = 'zhumadian-app:source-shown';
