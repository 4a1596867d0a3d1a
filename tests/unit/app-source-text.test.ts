/**
 * Cutting a real seed around a real figure: the offsets and line the build records for it, in the
 * text the source panel is served.
 */
import { describe, expect, it } from 'vitest';
import { excerpt, holdsFigure, unwrap } from '../../src/lib/source-text';
import type { Observation } from '../../src/lib/types';
import { realDataset } from '../fixtures/real-slices';
import { sourceText } from '../fixtures/real-views';

const observations = realDataset().observations.filter((o) => !o.derived && o.comparator !== 'qualitative');

/**
 * Where a figure's quote lies in its seed: the build quotes the source with its line breaks taken
 * out, so the quote's raw span is found by walking back from the figure over the quote's characters.
 */
function rawQuote(text: string, o: Observation): string | null {
  for (let k = o.quote.indexOf(o.value_text); k >= 0; k = o.quote.indexOf(o.value_text, k + 1)) {
    let start = o.source_start;
    for (let n = k; n > 0 && start > 0; start--) if (text[start - 1] !== '\n' && text[start - 1] !== '\r') n--;
    let end = start;
    for (let n = o.quote.length; n > 0 && end < text.length; end++) if (text[end] !== '\n' && text[end] !== '\r') n--;
    if (text.slice(start, end).replace(/\r?\n/g, '') === o.quote) return text.slice(start, end);
  }
  return null;
}

/** A figure of a work report's review whose quote runs over lines of the seed (no indented line). */
const wrapped = observations.find((o) => {
  if (o.section !== 'review_headline') return false;
  const raw = rawQuote(sourceText(o.source_file), o);
  return raw !== null && raw.includes('\n') && !/\n[^\S\n]/.test(raw);
})!;
const text = sourceText(wrapped.source_file);
const raw = rawQuote(text, wrapped)!;

describe('unwrap', () => {
  const cases = [
    { name: 'a quote broken over lines of its seed reads as the build quotes it', text: raw, expected: wrapped.quote },
    { name: 'CRLF', text: 'a\r\nb', expected: 'ab' },
    { name: 'no line break', text: '无换行', expected: '无换行' },
  ];
  it('the quote does break over lines', () => expect(raw).toMatch(/\n/));
  for (const c of cases) it(c.name, () => expect(unwrap(c.text)).toBe(c.expected));
});

describe('excerpt', () => {
  it('marks the figure on the line the build cites, in its sentence', () => {
    const e = excerpt(text, wrapped.source_start, wrapped.source_end);
    expect(e.mark).toBe(wrapped.value_text);
    expect(e.line).toBe(wrapped.source_line);
    expect(e.firstLine).toBeLessThan(e.line);
    expect(e.before + e.mark + e.after).toContain(wrapped.quote);
  });
  it('marks every stated figure of the build where its offsets say, on its line', () => {
    for (const o of observations) {
      const t = sourceText(o.source_file);
      expect(holdsFigure(t, o)).toBe(true);
      const e = excerpt(t, o.source_start, o.source_end);
      // The mark drops the indentation after a line break too, which the build's value_text keeps.
      expect([e.mark.replace(/\s/g, ''), e.line]).toEqual([o.value_text.replace(/\s/g, ''), o.source_line]);
    }
  });
  it('cuts at sentence ends within the window', () => {
    const e = excerpt(text, wrapped.source_start, wrapped.source_end, 20, 40);
    expect(e.cutStart).toBe(true);
    expect(e.before.length).toBeLessThanOrEqual(20);
    expect(e.after).toMatch(/[。！？；]$/);
    expect(e.after.length).toBeLessThanOrEqual(40);
  });
  it('clamps offsets out of range', () => {
    const e = excerpt(text, -5, text.length + 10_000);
    expect([e.before, e.after, e.cutStart, e.cutEnd, e.firstLine]).toEqual(['', '', false, false, 1]);
    expect(e.mark).toBe(unwrap(text));
  });
});
