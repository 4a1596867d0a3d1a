import { describe, expect, it } from 'vitest';
import { linkLines, noteRef, staticCredit } from '../../src/lib/chart-chrome';
import { chartCredit, chartHref, printedHref } from '../../src/lib/credit';
import { textWidth } from '../../src/lib/text';
import { realSlice } from '../fixtures/real-slices';

describe('chart credit (embed line and exported image alike)', () => {
  const slice = realSlice('zhumadian', 'gdp');
  it('links the same chart in the app under the given base', () => {
    expect(chartHref({ indicator: 'grain_output', region: 'zhumadian', measure: '', lang: 'en' }, 'https://example.org/zmd/')).toBe(
      'https://example.org/zmd/?view=indicator&indicator=grain_output&lang=en',
    );
    expect(printedHref('https://example.org/zmd/?view=indicator')).toBe('example.org/zmd/?view=indicator');
  });
  it('names sources, site and version', () => {
    expect(chartCredit(slice.documents, 'abc123', 'zh', 'x')).toEqual({
      source: '出处：2023、2024、2025年驻马店市政府工作报告',
      site: '驻马店：目标与实绩',
      href: 'x',
      version: '数据版本 abc123',
    });
  });
  it('breaks a long link before ? and after & so it fits', () => {
    const link = 'example.org/a/very/long/path/?view=indicator&indicator=grain_output&region=yicheng&measure=level%3A%E4%BA%BF';
    const lines = linkLines(link, 200, 13);
    expect(lines.join('')).toBe(link);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((l) => textWidth(l, 13) <= 200 || !l.includes('&'))).toBe(true);
    const blocks = staticCredit(realSlice('yicheng', 'gdp'), 'level:亿元', 'en', 'https://example.org/a/very/long/path/', 240);
    expect(blocks.map((b) => b.text).slice(2).join('')).toBe('example.org/a/very/long/path/?view=indicator&region=yicheng&measure=level%3A%E4%BA%BF%E5%85%83&lang=en');
    expect(blocks.length).toBeGreaterThan(3);
  });
});

describe('noteRef', () => {
  const cases = [
    { numbers: [], expected: '' },
    { numbers: [1], expected: ' [1]' },
    { numbers: [2, 1], expected: ' [1, 2]' },
    { numbers: [1, 3], expected: ' [1, 3]' },
    { numbers: [3, 1, 2, 2], expected: ' [1–3]' },
  ];
  for (const c of cases) it(`[${c.numbers.join(', ')}] → "${c.expected}"`, () => expect(noteRef(c.numbers)).toBe(c.expected));
});
