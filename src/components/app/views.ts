/**
 * The views' code, loaded when a view is first shown: the first screen ships only the shell and
 * its own view (each import is a chunk of its own in the build). The indicator view and its chart
 * are part of the shell: a link to a chart draws it without a second round trip for code.
 */
export const VIEW_CODE = {
  scorecard: () => import('../scorecard/ScorecardView.svelte'),
  plan: () => import('../plan/PlanView.svelte'),
  promises: () => import('../promises/PromisesView.svelte'),
  data: () => import('../data/DataView.svelte'),
  methodology: () => import('../methodology/MethodologyView.svelte'),
  source: () => import('../source/SourceView.svelte'),
};

/** The source panel, loaded when a figure's source is first opened. */
export const SOURCE_PANEL = () => import('../source/SourcePanel.svelte');
