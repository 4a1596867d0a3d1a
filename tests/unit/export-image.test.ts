// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { pngPixelSize, readPngSize } from '../../src/lib/export/png';
import { EXPORT_FONT_STACK, inlineStyle, serializeSvg } from '../../src/dom/svg';

describe('pngPixelSize', () => {
  test.each([
    { args: [640, 400, 1] as const, expected: { width: 640, height: 400 } },
    { args: [640, 400, 2] as const, expected: { width: 1280, height: 800 } },
    { args: [640, 401.5, 3] as const, expected: { width: 1920, height: 1205 } },
  ])('$args', ({ args, expected }) => expect(pngPixelSize(args[0], args[1], args[2])).toEqual(expected));
});

describe('readPngSize', () => {
  const header = (w: number, h: number) => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, w);
    view.setUint32(20, h);
    return bytes;
  };
  test('reads IHDR width and height', () => expect(readPngSize(header(1280, 906))).toEqual({ width: 1280, height: 906 }));
  test('not a PNG', () => expect(readPngSize(new TextEncoder().encode('GIF89a and some more bytes here'))).toBeNull());
  test('too short', () => expect(readPngSize(new Uint8Array(8))).toBeNull());
});

describe('inlineStyle', () => {
  const values: Record<string, string> = {
    fill: 'rgb(0, 0, 0)', stroke: 'rgb(1, 2, 3)', 'font-size': '12px', opacity: '0.5', display: 'block',
  };
  const read = (p: string) => values[p] ?? '';
  test.each([
    { name: 'root: values that differ from the defaults', parent: null, expected: 'stroke: rgb(1, 2, 3); opacity: 0.5; font-size: 12px' },
    {
      name: 'child: inherited values equal to the parent are left out, opacity is not inherited',
      parent: { stroke: 'rgb(1, 2, 3)', 'font-size': '12px', opacity: '0.5' },
      expected: 'opacity: 0.5',
    },
    { name: 'child: a changed inherited value is kept', parent: { 'font-size': '16px' }, expected: 'stroke: rgb(1, 2, 3); opacity: 0.5; font-size: 12px' },
  ])('$name', ({ parent, expected }) => {
    const fromParent = parent ? (p: string) => (parent as Record<string, string>)[p] ?? '' : null;
    expect(inlineStyle(read, fromParent)).toBe(expected);
  });
  test('display only when none', () => {
    expect(inlineStyle((p) => (p === 'display' ? 'none' : ''))).toBe('display: none');
  });
});

describe('serializeSvg', () => {
  const draw = () => {
    document.body.innerHTML = '';
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 640 400');
    svg.setAttribute('class', 'chart');
    const text = document.createElementNS(ns, 'text');
    text.textContent = '地区生产总值 <增长>';
    text.setAttribute('onclick', 'alert(1)');
    text.setAttribute('tabindex', '0');
    text.setAttribute('data-mark', 'p0');
    svg.append(document.createComment(''));
    const bg = document.createElementNS(ns, 'rect');
    bg.setAttribute('class', 'chart-bg');
    svg.append(bg, text, document.createElementNS(ns, 'foreignObject'));
    document.body.append(svg);
    return svg;
  };
  test('standalone file: namespace, size, fonts, background first, no handlers', () => {
    const { markup, width, height } = serializeSvg(draw(), { background: '#ffffff', scale: 2 });
    expect([width, height]).toEqual([640, 400]);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(markup).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(root.getAttribute('width')).toBe('1280');
    expect(root.getAttribute('height')).toBe('800');
    expect(root.getAttribute('viewBox')).toBe('0 0 640 400');
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT_STACK);
    expect(root.firstElementChild?.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelectorAll('rect')).toHaveLength(2);
    expect(root.querySelector('text')?.textContent).toBe('地区生产总值 <增长>');
    expect(root.querySelector('text')?.hasAttribute('onclick')).toBe(false);
    expect(root.querySelector('foreignObject')).toBeNull();
    expect(markup).not.toMatch(/<!--|data-mark|tabindex/);
  });
  test.each([
    ['en', "'pwid'"],
    ['en-GB', "'pwid'"],
    ['zh-Hans', ''],
  ])('a chart in a page of language %s: font-feature-settings %s in the file', (lang, feature) => {
    document.documentElement.setAttribute('lang', lang);
    try {
      const root = new DOMParser().parseFromString(serializeSvg(draw(), { background: null }).markup, 'image/svg+xml').documentElement;
      expect(root.getAttribute('style') ?? '').toMatch(feature ? /font-feature-settings: ?'pwid'/ : /^(?![\s\S]*font-feature-settings)/);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
  test('transparent: no background rectangle; the original is untouched', () => {
    const svg = draw();
    const { markup } = serializeSvg(svg, { background: null });
    expect(markup).not.toContain('<rect');
    expect(svg.querySelector('.chart-bg')).not.toBeNull();
    expect(svg.getAttribute('class')).toBe('chart');
    expect(svg.querySelector('text')?.getAttribute('onclick')).toBe('alert(1)');
  });
});
