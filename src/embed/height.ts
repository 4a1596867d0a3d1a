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
 * Observe `element` and post its height to the parent window whenever it changes. Once the parent
 * has sized the frame to the posted height (public/embed.js is there), the page's own scrollbar is
 * hidden: it could otherwise narrow the chart, change its height and make the two sizes chase each
 * other. Without a resizer the frame keeps its fixed height and scrolls. Returns a stop function;
 * does nothing outside an iframe.
 */
export function postHeightOnResize(element: HTMLElement, self: Window): () => void {
  const parent = self.parent;
  if (!parent || parent === self) return () => {};
  let posted = 0;
  // The message holds no data, only a number: any origin may read it.
  const update = changedHeights((message) => {
    posted = message.height;
    parent.postMessage(message, '*');
  });
  const measure = () => update(element.getBoundingClientRect().height);
  const onResize = () => {
    if (posted > 0 && Math.abs(self.innerHeight - posted) <= 1) self.document.documentElement.style.overflowY = 'hidden';
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  self.addEventListener('resize', onResize);
  measure();
  return () => {
    observer.disconnect();
    self.removeEventListener('resize', onResize);
  };
}
