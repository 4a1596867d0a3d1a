import { describe, expect, test } from 'vitest';
import { EMBED_DEFAULTS } from '../../src/embed/params';
import { embedSnippet, escapeAttribute, FIXED_HEIGHT } from '../../src/embed/snippet';
import { changedHeights, HEIGHT_MESSAGE, type HeightMessage } from '../../src/embed/height';

const base = {
  embedUrl: 'https://tracker.example/embed.html',
  scriptUrl: 'https://tracker.example/embed.js',
  params: { ...EMBED_DEFAULTS, lang: 'en' as const },
  title: 'GDP "growth" <Zhumadian>',
};

describe('embedSnippet', () => {
  test('iframe only, marked for embed.js, with a fixed height and an escaped title', () => {
    expect(embedSnippet({ ...base, withScript: false })).toBe(
      `<iframe data-zhumadian-embed src="https://tracker.example/embed.html?indicator=gdp&amp;region=zhumadian&amp;lang=en"` +
        ` title="GDP &quot;growth&quot; &lt;Zhumadian&gt;" width="100%" height="${FIXED_HEIGHT}"` +
        ` style="width:100%;max-width:100%;height:${FIXED_HEIGHT}px;border:0" loading="lazy"></iframe>`,
    );
  });
  test('with the resizer script on a second line', () => {
    const lines = embedSnippet({ ...base, withScript: true }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('<script src="https://tracker.example/embed.js" async></script>');
  });
});

describe('escapeAttribute', () => {
  test.each([
    ['plain', 'plain'],
    ['a&b', 'a&amp;b'],
    ['"><script>', '&quot;&gt;&lt;script&gt;'],
    ['地区生产总值', '地区生产总值'],
  ])('%s → %s', (input, expected) => expect(escapeAttribute(input)).toBe(expected));
});

describe('changedHeights', () => {
  test('posts whole pixels, only on change, never zero', () => {
    const posted: HeightMessage[] = [];
    const update = changedHeights((m) => posted.push(m));
    for (const h of [0, 300.2, 301, 301, 299.5, Number.NaN, 420]) update(h);
    expect(posted).toEqual([301, 300, 420].map((height) => ({ type: HEIGHT_MESSAGE, height })));
  });
});
