/**
 * Tests quote only what the seeds say: every quote written into a test as a plain string (a
 * `quote:` property given a string literal) occurs in a seed, line breaks and spaces aside. A quote
 * a test derives from a real one (a template with `${…}`, e.g. a real quote wrapped in markup to
 * test escaping) is not a literal and is not checked here; the fixtures from the real build carry
 * the build's own quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const squash = (s: string) => s.replace(/\s+/g, '');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => squash(readFileSync(join(ROOT, 'seeds', f), 'utf8')));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return /\.(ts|svelte)$/.test(e.name) ? [path] : [];
  });
}

/** `quote: '…'`, `quote: "…"` and `quote: \`…\`` without substitutions, unescaped. */
const QUOTE = /\bquote:\s*(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\$])*)`)/g;

function literalQuotes(source: string): string[] {
  return [...source.matchAll(QUOTE)].map((m) => (m[1] ?? m[2] ?? m[3]!).replace(/\\(.)/g, '$1')).filter(Boolean);
}

const unfounded = new Map<string, string[]>();
// This file is left out: its own examples are about the scanner.
const scanned = testFiles(join(ROOT, 'tests')).filter((p) => p !== import.meta.filename);
for (const path of scanned) {
  const quotes = literalQuotes(readFileSync(path, 'utf8'));
  const bad = quotes.filter((q) => !seeds.some((s) => s.includes(squash(q))));
  if (bad.length) unfounded.set(relative(ROOT, path), bad);
}

describe('quotes written into tests', () => {
  it('finds the quote literals it checks', () => {
    const cases = [
      { source: `{ quote: '全年生产总值 3342.7 亿元', x: "y" }`, expected: ['全年生产总值 3342.7 亿元'] },
      { source: `quote: "a \\"b\\"", quote: \`c\``, expected: ['a "b"', 'c'] },
      { source: 'quote: `<b>${real.quote}</b>`, quote: \'\'', expected: [] },
    ];
    for (const c of cases) expect(literalQuotes(c.source)).toEqual(c.expected);
  });
  it('reads the unit and browser tests and the fixtures', () => {
    for (const dir of ['unit', 'e2e', 'fixtures']) expect(scanned.some((p) => relative(ROOT, p).startsWith(join('tests', dir))), dir).toBe(true);
  });
  // No test types a quote today (fixtures come from the build): this keeps it so, or honest.
  it('every one occurs in a seed', () => {
    expect(Object.fromEntries(unfounded)).toEqual({});
  });
});
