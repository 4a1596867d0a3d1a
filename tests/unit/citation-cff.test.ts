/**
 * CITATION.cff at the root: the keys CFF 1.2.0 requires, in the forms it requires, and no fact it
 * cannot back (its version is package.json's; no license or repository URL the repository does not state).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const text = readFileSync('CITATION.cff', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; description: string; license?: string; repository?: unknown };
/** Top-level `key: value` pairs (values unquoted). */
const top = new Map(
  [...text.matchAll(/^([a-z][a-z-]*):[ \t]*(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim().replace(/^"(.*)"$/, '$1')]),
);

describe('CITATION.cff', () => {
  it('has the keys CFF 1.2.0 requires', () => {
    expect(top.get('cff-version')).toBe('1.2.0');
    expect(top.get('message')!.length).toBeGreaterThan(10);
    expect(top.get('title')!.length).toBeGreaterThan(5);
    // authors: a list of at least one person or entity, each with a name.
    expect(top.get('authors')).toBe('');
    expect(text).toMatch(/^authors:\n(?: {2}- (?:name|family-names): "[^"]+"\n)+/m);
  });
  it('has only keys of the format, and the version and date in its forms', () => {
    const known = ['cff-version', 'message', 'title', 'abstract', 'type', 'authors', 'version', 'date-released', 'keywords', 'license', 'repository-code'];
    expect([...top.keys()].filter((k) => !known.includes(k))).toEqual([]);
    expect(['software', 'dataset']).toContain(top.get('type'));
    expect(top.get('version')).toBe(pkg.version);
    expect(top.get('date-released')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(top.get('date-released')!))).toBe(false);
    expect(top.get('abstract')).toBe(pkg.description);
  });
  it('states a license or a repository only when the repository does', () => {
    const hasLicense = existsSync('LICENSE') || existsSync('LICENSE.md') || !!pkg.license;
    expect(top.has('license')).toBe(hasLicense);
    expect(top.has('repository-code')).toBe(!!pkg.repository);
  });
  it('is plain text: no tabs, UTF-8, ends with a newline', () => {
    expect(text).not.toContain('\t');
    expect(text.endsWith('\n')).toBe(true);
  });
});
