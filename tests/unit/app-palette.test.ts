/** One palette: every colour comes from src/lib/palette.ts, statuses are readable and shortfalls never look met. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_VARS, DARK, LIGHT, ROLES, STATUS_COLOURS, themeCss, themeVariables } from '../../src/lib/palette';
import { STATUSES, type Status } from '../../src/lib/types';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files('src').filter((f) => /\.(ts|svelte|css)$/.test(f));

/** Relative luminance of "#rrggbb" (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** Hue in degrees of "#rrggbb". */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('the palette', () => {
  it('gives every status a colour, light and dark', () => {
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) {
      expect(LIGHT.status[s]).toMatch(/^#[0-9a-f]{6}$/);
      expect(DARK.status[s]).toMatch(/^#[0-9a-f]{6}$/);
      expect(CSS_VARS.status[s]).toBe(`var(--s-${s}, ${LIGHT.status[s]})`);
    }
  });

  it.each([...STATUSES])('%s is readable as text (≥ 4.5:1) on the light and the dark background', (s) => {
    expect(contrast(LIGHT.status[s], ROLES.bg[0])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DARK.status[s], ROLES.bg[1])).toBeGreaterThanOrEqual(4.5);
  });

  const shortfalls: Status[] = ['within_tolerance', 'near', 'missed'];
  it.each(shortfalls)('%s is a warm colour, never the green of "met"', (s) => {
    for (const p of [LIGHT, DARK]) {
      expect(p.status[s]).not.toBe(p.status.met);
      const h = hue(p.status[s]);
      expect(h <= 45 || h >= 345, `${s} hue ${h}`).toBe(true);
    }
    expect(hue(LIGHT.status.met)).toBeGreaterThan(120);
  });

  it('generates a CSS variable for every role and status, dark values under the dark scheme', () => {
    const css = themeCss();
    for (const [name, light, dark] of themeVariables()) {
      expect(css).toContain(`${name}: ${light};`);
      expect(css).toContain(`${name}: ${dark};`);
    }
    for (const s of STATUSES) expect(css).toContain(`.status-${s} {\n  color: var(--s-${s});`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(css).toContain(":root[data-theme='dark']");
  });
});

describe('colours in the code', () => {
  it.each(sources.filter((f) => !f.endsWith('lib/palette.ts')))('%s types no colour of its own', (file) => {
    expect(readFileSync(file, 'utf8').match(/#[0-9a-fA-F]{3,8}\b/g) ?? []).toEqual([]);
  });

  it('uses only CSS variables the palette defines', () => {
    const defined = new Set(themeVariables().map(([name]) => name));
    const used = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--[a-z0-9_-]+)/g)].map((m) => m[1]!)));
    used.delete('--s-'); // `var(--s-${status})`, covered by the status test above
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });
});
