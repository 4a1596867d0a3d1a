import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrapText } from '../../src/lib/text';

describe('textWidth', () => {
  const cases = [
    { text: '地区生产总值', size: 10, expected: 60 },
    { text: 'GDP', size: 10, expected: 17.4 },
    { text: '6.5%左右', size: 10, expected: 43.2 },
    { text: '', size: 12, expected: 0 },
  ];
  for (const c of cases) it(`${JSON.stringify(c.text)} at ${c.size}px`, () => expect(textWidth(c.text, c.size)).toBeCloseTo(c.expected, 5));
});

describe('wrapText', () => {
  it('breaks Latin text at spaces', () => {
    expect(wrapText('Source: Zhumadian Government Work Report 2025', 120, 10)).toEqual(['Source: Zhumadian', 'Government Work', 'Report 2025']);
  });
  it('breaks Chinese text anywhere', () => {
    expect(wrapText('驻马店市政府工作报告', 50, 10)).toEqual(['驻马店市政', '府工作报告']);
  });
  it('keeps short text on one line', () => {
    expect(wrapText('短', 100, 10)).toEqual(['短']);
  });
});

describe('truncate', () => {
  it('adds an ellipsis only when needed', () => {
    expect(truncate('稳中提质', 100, 10)).toBe('稳中提质');
    expect(truncate('进出口总值保持平稳增长', 50, 10)).toBe('进出口总…');
  });
});
