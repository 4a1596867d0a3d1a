// @vitest-environment jsdom
/**
 * public/embed.js, the script a news page includes beside our iframe, run in a page holding our
 * frame and others (as if loaded from HOME: document.currentScript is the only thing stubbed):
 * only our frame, and only sane heights, are applied. The same rules as the app's snippet and
 * preview (src/embed/snippet.ts).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE } from '../../src/embed/height';
import { acceptedHeight, EMBED_ATTRIBUTE, HEIGHT_BOUNDS } from '../../src/embed/snippet';

const SCRIPT = readFileSync('public/embed.js', 'utf8');
const HOME = 'https://tracker.example/zmd/';

const listeners: EventListener[] = [];
afterEach(() => {
  for (const l of listeners.splice(0)) window.removeEventListener('message', l);
  document.body.innerHTML = '';
});

/** The page's frames, then embed.js run as if loaded from `scriptSrc` (null: where it cannot tell). */
function newsPage(frames: string, scriptSrc: string | null = `${HOME}embed.js`): void {
  document.body.innerHTML = frames;
  const doc = new Proxy(document, {
    get: (target, key) => {
      if (key === 'currentScript') return scriptSrc === null ? null : { src: scriptSrc };
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const addListener = (type: string, listener: EventListener) => {
    listeners.push(listener);
    window.addEventListener(type, listener);
  };
  new Function('document', 'addEventListener', SCRIPT)(doc, addListener);
}

const OURS = `<iframe id="ours" ${EMBED_ATTRIBUTE} src="${HOME}embed.html?indicator=gdp" height="500"></iframe>`;

function post(frameId: string, data: unknown, origin = 'https://tracker.example'): string | null {
  const frame = document.getElementById(frameId) as HTMLIFrameElement;
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: frame.contentWindow }));
  return frame.getAttribute('height');
}

describe('embed.js applies only sane heights', () => {
  it.each([
    { name: 'a whole number within bounds', height: 640, applied: true },
    { name: 'the lower bound', height: HEIGHT_BOUNDS.min, applied: true },
    { name: 'the upper bound', height: HEIGHT_BOUNDS.max, applied: true },
    { name: 'NaN', height: Number.NaN, applied: false },
    { name: 'Infinity', height: Number.POSITIVE_INFINITY, applied: false },
    { name: 'a string', height: '900', applied: false },
    { name: 'a CSS length', height: '900px', applied: false },
    { name: 'negative', height: -5, applied: false },
    { name: 'zero', height: 0, applied: false },
    { name: 'below the bounds', height: HEIGHT_BOUNDS.min - 1, applied: false },
    { name: 'huge', height: 1e9, applied: false },
    { name: 'just above the bounds', height: HEIGHT_BOUNDS.max + 1, applied: false },
    { name: 'a fraction', height: 250.5, applied: false },
    { name: 'null', height: null, applied: false },
    { name: 'an object', height: { valueOf: (): number => 640 }, applied: false },
  ])('$name', ({ height, applied }) => {
    newsPage(OURS);
    expect(post('ours', { type: HEIGHT_MESSAGE, height })).toBe(applied ? String(height) : '500');
    expect(acceptedHeight(height)).toBe(applied ? height : null);
  });
});

describe('embed.js resizes only our frames', () => {
  it.each([
    { name: 'our frame', frames: OURS, id: 'ours', resized: true },
    { name: 'our frame, a message of another type', frames: OURS, id: 'ours', data: { type: 'resize', height: 640 }, resized: false },
    { name: 'our frame, a message claiming another origin', frames: OURS, id: 'ours', origin: 'https://ads.example', resized: false },
    { name: 'a frame without the attribute', frames: `<iframe id="ad" src="${HOME}embed.html" height="500"></iframe>`, id: 'ad', resized: false },
    { name: 'a third-party frame that copied the attribute', frames: `<iframe id="ad" ${EMBED_ATTRIBUTE} src="https://ads.example/embed.html" height="500"></iframe>`, id: 'ad', origin: 'https://ads.example', resized: false },
    { name: 'our host, another page', frames: `<iframe id="other" ${EMBED_ATTRIBUTE} src="${HOME}index.html" height="500"></iframe>`, id: 'other', resized: false },
    { name: 'our page in another folder of our host', frames: `<iframe id="other" ${EMBED_ATTRIBUTE} src="https://tracker.example/old/embed.html" height="500"></iframe>`, id: 'other', resized: false },
  ])('$name', ({ frames, id, data, origin, resized }) => {
    newsPage(`${frames}${OURS.replace('id="ours"', 'id="ours-too"')}`);
    expect(post(id, data ?? { type: HEIGHT_MESSAGE, height: 640 }, origin)).toBe(resized ? '640' : '500');
    // Our other frame is not touched by a message that is not its own.
    expect(document.getElementById('ours-too')!.getAttribute('height')).toBe('500');
  });

  it('a message from the page itself', () => {
    newsPage(OURS);
    window.dispatchEvent(new MessageEvent('message', { data: { type: HEIGHT_MESSAGE, height: 640 }, origin: 'https://tracker.example', source: window }));
    expect(document.getElementById('ours')!.getAttribute('height')).toBe('500');
  });

  it('a script that cannot tell where it was loaded from resizes nothing', () => {
    newsPage(OURS, null);
    expect(post('ours', { type: HEIGHT_MESSAGE, height: 640 })).toBe('500');
  });

  it('the snippet marks its iframe for the script', async () => {
    const { embedSnippet } = await import('../../src/embed/snippet');
    const { EMBED_DEFAULTS } = await import('../../src/embed/params');
    const snippet = embedSnippet({ embedUrl: `${HOME}embed.html`, scriptUrl: `${HOME}embed.js`, params: EMBED_DEFAULTS, title: 'GDP', withScript: true });
    newsPage(snippet.replace('<iframe ', '<iframe id="pasted" ').replace(/<script[^>]*><\/script>/, ''));
    expect(post('pasted', { type: HEIGHT_MESSAGE, height: 777 })).toBe('777');
  });
});
