/**
 * The embed tells its parent page one thing: its height, and only when it changes.
 * Message: { type: HEIGHT_MESSAGE, height } (CSS pixels, integer). public/embed.js listens for it.
 */
export const HEIGHT_MESSAGE = 'zhumadian-embed:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** Wraps `post` so that it is called with whole pixels, and only when the value differs from the last. */
export function changedHeights(post: (message: HeightMessage) => void): (height: number) => void {
  let last = -1;
  return (height) => {
    const rounded = Math.ceil(height);
    if (!Number.isFinite(rounded) || rounded <= 0 || rounded === last) return;
    last = rounded;
    post({ type: HEIGHT_MESSAGE, height: rounded });
  };
}

/**
 * Observe `element` and post its height to `target` (the parent window) whenever it changes.
 * Returns a function that stops observing. Does nothing outside an iframe.
 */
export function postHeightOnResize(element: HTMLElement, self: Window): () => void {
  const parent = self.parent;
  if (!parent || parent === self) return () => {};
  // The message holds no data, only a number: any origin may read it.
  const update = changedHeights((message) => parent.postMessage(message, '*'));
  const measure = () => update(element.getBoundingClientRect().height);
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return () => observer.disconnect();
}
