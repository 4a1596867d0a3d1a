/**
 * Bad input stops the build with a message naming file and line, exit code ≠ 0, and leaves the
 * previously built output directory byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'build-failures-'));
const out = join(work, 'out');

function build(seeds: string, data: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--seeds', seeds, '--data', data, '--out', out, '--quiet', ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** Every file under dir → sha256, to compare directories byte for byte. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

let n = 0;
/** A fresh copy of seeds/ and data/ to corrupt. */
function copyInputs() {
  const dir = join(work, `case-${++n}`);
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return { seeds: join(dir, 'seeds'), data: join(dir, 'data') };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Rewrites a seed and records its new hash in the manifest (so only the content is wrong). */
function rewriteSeed(inputs: { seeds: string; data: string }, file: string, edit: (b: Buffer) => Buffer) {
  const path = join(inputs.seeds, file);
  const before = readFileSync(path);
  const after = edit(before);
  writeFileSync(path, after);
  const manifestPath = join(inputs.data, 'documents.json');
  writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace(sha(before), sha(after)));
}

function replaceText(b: Buffer, from: string, to: string, occurrence = 1): Buffer {
  const text = b.toString('utf8');
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(from, at + 1);
  if (at === -1) throw new Error(`fixture text not found: ${from}`);
  return Buffer.from(text.slice(0, at) + to + text.slice(at + from.length), 'utf8');
}

let good: Record<string, string>;

beforeAll(() => {
  const r = build(join(ROOT, 'seeds'), join(ROOT, 'data'));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  good = snapshot(out);
  expect(Object.keys(good)).toContain('observations.csv');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectFailure(r: ReturnType<typeof build>, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(pattern);
  expect(snapshot(out)).toEqual(good);
}

describe('a corrupted input fails the build and leaves the old output in place', () => {
  it('a changed byte: sha256 mismatch naming the file, both hashes and what to do', () => {
    const inputs = copyInputs();
    const path = join(inputs.seeds, '001_2c9e6a42e4742b67.txt');
    const b = readFileSync(path);
    b[100] = b[100]! ^ 1;
    writeFileSync(path, b);
    const r = build(inputs.seeds, inputs.data);
    expectFailure(r, /^001_2c9e6a42e4742b67\.txt:1: sha256 mismatch: manifest expects dd3946bd[0-9a-f]+, file has [0-9a-f]{64} — /m);
  }, 30_000);

  it('a missing seed file', () => {
    const inputs = copyInputs();
    rmSync(join(inputs.seeds, '004_e440e3ff54e365fc.txt'));
    expectFailure(build(inputs.seeds, inputs.data), /^004_e440e3ff54e365fc\.txt:1: seed file missing/m);
  }, 30_000);

  it('invalid UTF-8 (manifest hash updated): decode error with the line of the bad byte', () => {
    const inputs = copyInputs();
    // Line 30 of seed 002 starts with 中 in GBK (0xd6 0xd0), not UTF-8.
    rewriteSeed(inputs, '002_ce6ca542f5f5cc34.txt', (b) => {
      const lines = b.toString('utf8').split('\n');
      const head = Buffer.from(lines.slice(0, 29).join('\n') + '\n', 'utf8');
      return Buffer.concat([head, Buffer.from([0xd6, 0xd0]), b.subarray(head.length)]);
    });
    expectFailure(build(inputs.seeds, inputs.data), /^002_ce6ca542f5f5cc34\.txt:30: not UTF-8: byte 0xd6 .* and record its new sha256 in the manifest$/m);
  }, 30_000);

  it('a table row with a missing cell', () => {
    const inputs = copyInputs();
    rewriteSeed(inputs, '003_93f9f528af4ebca6.txt', (b) => replaceText(b, '1 地区生产总值 亿元 304.3 459.7 537.7 预期性', '1 地区生产总值 亿元 304.3 537.7 预期性'));
    expectFailure(build(inputs.seeds, inputs.data), /^003_93f9f528af4ebca6\.txt:469: 表 1-1 .*row 1: .*— /m);
  }, 30_000);

  it('conflicting values: the task notice repeats the 2025 GDP target with another figure', () => {
    const inputs = copyInputs();
    // The second 6.5%左右 of the file is in the task notice's repetition of the headline list.
    rewriteSeed(inputs, '000_bbb7e12bb1a91af9.txt', (b) => {
      const text = b.toString('utf8');
      const notice = text.indexOf('今年发展主要预期目标');
      const at = text.indexOf('6.5%左右', notice);
      return Buffer.from(text.slice(0, at) + '7.5%左右' + text.slice(at + '6.5%左右'.length), 'utf8');
    });
    const r = build(inputs.seeds, inputs.data);
    expectFailure(r, /^000_bbb7e12bb1a91af9\.txt:\d+: conflicting values for gdp target 2025/m);
    // Both places are named.
    expect(r.stderr).toMatch(/000_bbb7e12bb1a91af9\.txt:16\d\d .*7\.5%左右.* but 000_bbb7e12bb1a91af9\.txt:4\d\d .*6\.5%左 ?右/);
  }, 30_000);

  it('a start marker that is not in the file', () => {
    const inputs = copyInputs();
    const manifestPath = join(inputs.data, 'documents.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace('"begins_with": "关于进一步加强见义勇为工作的通知"', '"begins_with": "关于进一步加强见义勇为工作的决定"'));
    expectFailure(build(inputs.seeds, inputs.data), /^002_ce6ca542f5f5cc34\.txt:\d+: start marker of document zmd-jianyiyongwei-2023 not found/m);
  }, 30_000);

  it('a catalogue row with a bad direction names the catalogue line', () => {
    const inputs = copyInputs();
    const path = join(inputs.data, 'indicators.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('trade,进出口总值,Total imports and exports,trade,亿元,higher', 'trade,进出口总值,Total imports and exports,trade,亿元,upwards'));
    expectFailure(build(inputs.seeds, inputs.data), /indicators\.csv:6: unknown direction "upwards"/m);
  }, 30_000);

  it('--strict: a warning (here a no-data cell of table 1-1) stops the build too', () => {
    const r = build(join(ROOT, 'seeds'), join(ROOT, 'data'), '--strict');
    expectFailure(r, /^003_93f9f528af4ebca6\.txt:501: no-data cell: 表 1-1/m);
  }, 30_000);
});
