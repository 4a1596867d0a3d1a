/** `npm run extract -- FILE --region zhumadian --year YYYY` on a document that is not in the manifest. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { documentFor, parseExtractArgs } from '../../scripts/extract.ts';
import { OBSERVATION_COLUMNS } from '../../src/lib/types.ts';

const work = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parseExtractArgs / documentFor', () => {
  it('treats the file as a work report delivered in --year, reviewing the year before', () => {
    const opts = parseExtractArgs(['next.txt', '--region', 'zhumadian', '--year', '2026']);
    expect(documentFor(opts)).toMatchObject({ kind: 'work_report', region: 'zhumadian', reviews: ['2025'], targets_for: ['2026'], begins_with: null });
  });
  it('takes --kind and --id', () => {
    const opts = parseExtractArgs(['plan.txt', '--region', 'yicheng', '--year', '2026', '--kind', 'five_year_plan', '--id', 'yc-fyp15']);
    expect(documentFor(opts)).toMatchObject({ id: 'yc-fyp15', kind: 'five_year_plan', reviews: ['2021-2025'], targets_for: ['2026-2030'] });
  });
  it.each([
    [['--region', 'zhumadian', '--year', '2026']],
    [['x.txt', '--region', 'He Nan', '--year', '2026']],
    [['x.txt', '--region', 'zhumadian', '--year', '26']],
    [['x.txt', '--region', 'zhumadian', '--year', '2026', '--kind', 'speech']],
  ])('refuses %j', (args) => {
    expect(() => parseExtractArgs(args)).toThrow();
  });
});

describe('extract CLI on a copy of seed 000 presented as an unknown file', () => {
  const file = join(work, 'zhumadian-report-unknown.txt');
  copyFileSync('seeds/000_bbb7e12bb1a91af9.txt', file);
  const r = extract([file, '--region', 'zhumadian', '--year', '2025']);
  const parsed = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true });

  it('exits 0 and prints CSV with the columns of observations.csv', () => {
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('id,region,')).toBe(true);
    expect(parsed.meta.fields).toEqual([...OBSERVATION_COLUMNS]);
    expect(parsed.data.length).toBeGreaterThan(10);
  });

  it('finds the same figures as the build does for the 2025 report', () => {
    const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
    const fact = (o: Partial<Record<string, unknown>>) =>
      [o.indicator_id, o.kind, o.period, o.basis, o.value === null || o.value === '' ? '' : Number(o.value), o.comparator].join('|');
    // The build's derived rows (growth from two reports' levels) need the other reports: not the CLI's.
    const built = dataset.observations
      .filter((o) => o.source_file === '000_bbb7e12bb1a91af9.txt' && !o.derived && o.catalogued)
      .map((o) => fact({ ...o }))
      .sort();
    // Catalogued facts match exactly (the build reads the task notice as a document of its own, so a
    // few measures named from the notice's own wording differ).
    const cli = parsed.data.filter((o) => o.catalogued === 'true').map(fact).sort();
    expect(cli).toEqual(built);
    expect(parsed.data.every((o) => o.source_file === 'zhumadian-report-unknown.txt' && o.region === 'zhumadian')).toBe(true);
  }, 30_000);

  it('fails with file and line on a file that is not UTF-8', { timeout: 30_000 }, () => {
    const bad = join(work, 'gbk.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('第一行\n', 'utf8'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4])]));
    const b = extract([bad, '--region', 'zhumadian', '--year', '2026']);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toMatch(/^gbk\.txt:2: not UTF-8: byte 0xd6/m);
  });

  it('says why a passage without years gives nothing, without --warnings, and exits 0', { timeout: 30_000 }, () => {
    const r = extract(['tests/corpus/no-headings.txt', '--region', 'qingzhou']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: no-headings\.txt:1: the document names no year .*no --year was given/m);
    expect(r.stderr).toMatch(/^\d+ more warning\(s\): figures left out, each with its reason \(--warnings lists them\)$/m);
    expect(r.stderr).toMatch(/^0 observations$/m);
    const withYear = extract(['tests/corpus/no-headings.txt', '--region', 'qingzhou', '--year', '2025']);
    expect(withYear.stderr).not.toMatch(/names no year/);
    const expected = JSON.parse(readFileSync('tests/corpus/expected.json', 'utf8'))['no-headings.txt'].rows.length;
    expect(withYear.stderr).toMatch(new RegExp(`^${expected} observations$`, 'm'));
  });
});
