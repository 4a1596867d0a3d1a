import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FONT_STACK } from '../../src/dom/svg';
import { FONT_STACK } from '../../src/lib/fonts';

const ROOT = join(import.meta.dirname, '../..');
const fontOf = (file: string) => {
  const css = readFileSync(join(ROOT, file), 'utf8');
  const m = /body\s*{[^}]*?font:\s*[\d.]+px\/[\d.]+\s+([^;]+);/.exec(css);
  return m?.[1]?.trim();
};

describe('one font stack for the app, the embed, the chart and its exports', () => {
  it.each(['src/styles/app.css', 'src/embed/embed.css'])('%s sets FONT_STACK on the body', (file) => {
    expect(fontOf(file)).toBe(FONT_STACK);
  });
  it.each(['src/styles/app.css', 'src/embed/embed.css'])('%s gives English proportional punctuation, Chinese full width', (file) => {
    const css = readFileSync(join(ROOT, file), 'utf8');
    expect(css).toMatch(/:lang\(en\)\s*{\s*font-feature-settings:\s*'pwid';\s*}/);
    expect(css).toMatch(/:lang\(zh\)\s*{\s*font-feature-settings:\s*normal;\s*}/);
  });
  it('SVG and PNG exports name the same stack, Noto Sans CJK first', () => {
    expect(EXPORT_FONT_STACK).toBe(FONT_STACK);
    expect(FONT_STACK.startsWith('"Noto Sans CJK SC"')).toBe(true);
  });
});
