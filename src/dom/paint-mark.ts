/**
 * A performance mark for "on screen": set once, after the frame that shows what is in the document
 * now has been painted (the next animation frame, then the task after it: style, layout and paint
 * of that frame come between the two). The app and the embed mark their first chart, and the
 * source view its first figure, this way, so that the bench (scripts/bench/) reads navigation →
 * on screen the same way in each.
 */
export function markWhenPainted(name: string): void {
  const unset = () => performance.getEntriesByName(name).length === 0;
  if (unset()) requestAnimationFrame(() => setTimeout(() => unset() && performance.mark(name)));
}
