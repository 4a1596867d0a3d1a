/**
 * A corpus of our own (tests/corpus/): short passages in the shapes other cities' reports take —
 * no headings, a plan-execution report, a news summary with bullets, half-width punctuation,
 * 去年/今年, urban/rural pairs, lists of every shape — written for this project from the patterns
 * (not copied), each with the rows a careful reader expects (tests/corpus/expected.json).
 * Run through the single-document CLI's code, as `npm run extract` runs it.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, parseExtractArgs } from '../../scripts/extract.ts';
import type { Observation } from '../../src/lib/types.ts';

const expected = JSON.parse(readFileSync('tests/corpus/expected.json', 'utf8')) as Record<string, { region: string; year: number; rows: string[] }>;

const row = (o: Observation) =>
  [o.catalogued ? o.indicator_id : `own:${o.indicator_zh}`, o.kind, o.period, o.basis, o.comparator, o.value === null ? '' : String(o.value), o.unit].filter(Boolean).join(' ');

const run = (file: string, ...args: string[]) => extractFile(parseExtractArgs([file, ...args]));

describe.each(Object.entries(expected))('%s', (name, spec) => {
  const out = run(join('tests/corpus', name), '--region', spec.region, '--year', String(spec.year));
  it('yields the rows a careful reader expects', () => {
    expect(out.observations.map(row)).toEqual(spec.rows);
  });
  it('is usable input: no errors, every row in the region asked for', () => {
    expect(out.errors).toEqual([]);
    expect(out.observations.every((o) => o.region === spec.region)).toBe(true);
  });
});

describe('the years of a passage', () => {
  const work = mkdtempSync(join(tmpdir(), 'corpus-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('--year that contradicts the document: a warning, and the document’s own years', () => {
    const out = run('tests/corpus/halfwidth.txt', '--region', 'qingzhou', '--year', '2026');
    expect(out.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/--year 2026 contradicts the document, which reviews 2024 and sets targets for 2025/));
    expect(new Set(out.observations.map((o) => `${o.kind} ${o.period}`))).toEqual(new Set(['actual 2024', 'target 2025']));
  });

  it('no --year: the document’s headings give the years', () => {
    const out = run('tests/corpus/execution-report.txt', '--region', 'qingzhou');
    expect(out.errors).toEqual([]);
    expect(out.observations.map(row)).toEqual(expected['execution-report.txt']!.rows);
  });

  it('a partial passage (no target list, no headings): its rows and a warning, no error', () => {
    const file = join(work, 'fragment.txt');
    writeFileSync(file, '去年，全市地区生产总值增长5.1%，城镇新增就业2.8万人。');
    const out = run(file, '--region', 'somewhere', '--year', '2025');
    expect(out.errors).toEqual([]);
    expect(out.observations.map(row)).toEqual(['gdp actual 2024 yoy_growth eq 5.1 %', 'new_urban_jobs actual 2024 level eq 2.8 万人']);
    expect(out.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no headline target list/));
  });
});
