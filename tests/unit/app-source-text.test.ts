import { describe, expect, it } from 'vitest';
import { excerpt, unwrap } from '../../src/lib/source-text';
import { SOURCE_TEXT } from '../fixtures/dataset';

describe('unwrap', () => {
  const cases = [
    { text: '全年生产总值\n\n3342.7 亿元', expected: '全年生产总值3342.7 亿元' },
    { text: 'a\r\nb', expected: 'ab' },
    { text: '无换行', expected: '无换行' },
  ];
  for (const c of cases) it(JSON.stringify(c.text), () => expect(unwrap(c.text)).toBe(c.expected));
});

describe('excerpt', () => {
  const start = SOURCE_TEXT.indexOf('3342.7');
  it('marks the figure with its line and sentence context', () => {
    const e = excerpt(SOURCE_TEXT, start, start + 6);
    expect(e.mark).toBe('3342.7');
    expect(e.line).toBe(5);
    expect(e.before.endsWith('全年生产总值 ')).toBe(true);
    expect(e.after.startsWith(' 亿元，全省第 7，')).toBe(true);
  });
  it('cuts at sentence ends within the window', () => {
    const e = excerpt(SOURCE_TEXT, start, start + 6, 20, 40);
    expect(e.cutStart).toBe(true);
    expect(e.after.endsWith('；')).toBe(true);
  });
  it('clamps offsets out of range', () => {
    const e = excerpt(SOURCE_TEXT, -5, 10_000);
    expect(e.before).toBe('');
    expect(e.mark.length).toBeGreaterThan(10);
    expect(e.after).toBe('');
  });
});
