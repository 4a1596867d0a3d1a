/**
 * Which sides of a sideways-scrolling box hide content: an attachment (`{@attach …}`) that reports
 * them when the box is scrolled or resized, or its content grows. Reports only changes.
 */
import type { Attachment } from 'svelte/attachments';

export interface Edges {
  /** Content hidden on the left (scrolled). */
  start: boolean;
  /** Content hidden on the right. */
  end: boolean;
}

/** The edges of a box from its scroll position and sizes (1 px of slack for sub-pixel layouts). */
export function edgesOf(scrollLeft: number, scrollWidth: number, clientWidth: number): Edges {
  return { start: scrollLeft > 1, end: scrollLeft + clientWidth < scrollWidth - 1 };
}

export function scrollEdges(report: (edges: Edges) => void): Attachment<HTMLElement> {
  return (el) => {
    let last = '';
    const update = () => {
      const e = edgesOf(el.scrollLeft, el.scrollWidth, el.clientWidth);
      const key = `${e.start}|${e.end}`;
      if (key !== last) {
        last = key;
        report(e);
      }
    };
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    // A ResizeObserver reports every box it starts observing once, after the next layout: measuring
    // then, not now, spares the page a forced layout while it is being built (35–45 ms on a deep link).
    if (observer) {
      observer.observe(el);
      if (el.firstElementChild) observer.observe(el.firstElementChild);
    } else update();
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  };
}
