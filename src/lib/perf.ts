/** Name of the performance mark set when the app's first chart is drawn (see scripts/bench/app.ts). */
export const CHART_DRAWN_MARK = 'zhumadian-app:chart-drawn';
