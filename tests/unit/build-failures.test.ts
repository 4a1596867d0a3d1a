/**
 * Bad input stops the build with a message naming file and line, exit code ≠ 0, and leaves the
 * previously built output directory byte-identical.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/lib/types.ts';
import { buildInProcess, cutSeed, editManifest, replaceText, rewriteSeed, ROOT, snapshot, workspace, type Run } from '../fixtures/build-run.ts';

const ws = workspace('build-failures-');
const out = join(ws.work, 'out');
/** The build command, run in this process (the CLI's exit codes are tested in build-bad-inputs and build-refusals). */
const build = (seeds: string, data: string, ...extra: string[]) => buildInProcess(['--seeds', seeds, '--data', data, '--out', out, '--quiet', ...extra]);
const copyInputs = ws.inputs;

let good: Record<string, string> | null;

beforeAll(async () => {
  const r = await build(join(ROOT, 'seeds'), join(ROOT, 'data'));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  good = snapshot(out);
  expect(Object.keys(good!)).toContain('observations.csv');
}, 60_000);

afterAll(ws.dispose);

function expectFailure(r: Run, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(snapshot(out)).toEqual(good);
}

describe('a corrupted input fails the build and leaves the old output in place', () => {
  it('a changed byte: sha256 mismatch naming the file, both hashes and what to do', async () => {
    const inputs = copyInputs();
    const path = join(inputs.seeds, '001_2c9e6a42e4742b67.txt');
    const b = readFileSync(path);
    b[100] = b[100]! ^ 1;
    writeFileSync(path, b);
    const r = await build(inputs.seeds, inputs.data);
    expectFailure(r, /^001_2c9e6a42e4742b67\.txt:1: sha256 mismatch: manifest expects dd3946bd[0-9a-f]+, file has [0-9a-f]{64} — /m);
  }, 30_000);

  it('a missing seed file', async () => {
    const inputs = copyInputs();
    rmSync(join(inputs.seeds, '004_e440e3ff54e365fc.txt'));
    expectFailure(await build(inputs.seeds, inputs.data), /^004_e440e3ff54e365fc\.txt:1: seed file missing/m);
  }, 30_000);

  it('invalid UTF-8 (manifest hash updated): decode error with the line of the bad byte', async () => {
    const inputs = copyInputs();
    // Line 30 of seed 002 starts with 中 in GBK (0xd6 0xd0), not UTF-8.
    rewriteSeed(inputs, '002_ce6ca542f5f5cc34.txt', (b) => {
      const lines = b.toString('utf8').split('\n');
      const head = Buffer.from(lines.slice(0, 29).join('\n') + '\n', 'utf8');
      return Buffer.concat([head, Buffer.from([0xd6, 0xd0]), b.subarray(head.length)]);
    });
    expectFailure(await build(inputs.seeds, inputs.data), /^002_ce6ca542f5f5cc34\.txt:30: not UTF-8: byte 0xd6 .* and record its new sha256 in the manifest$/m);
  }, 30_000);

  it('a table row with a missing cell', async () => {
    const inputs = copyInputs();
    rewriteSeed(inputs, '003_93f9f528af4ebca6.txt', (b) => replaceText(b, '1 地区生产总值 亿元 304.3 459.7 537.7 预期性', '1 地区生产总值 亿元 304.3 537.7 预期性'));
    expectFailure(await build(inputs.seeds, inputs.data), /^003_93f9f528af4ebca6\.txt:469: 表 1-1 .*row 1: .*— /m);
  }, 30_000);

  it('conflicting values: the task notice repeats the 2025 GDP target with another figure', async () => {
    const inputs = copyInputs();
    // The second 6.5%左右 of the file is in the task notice's repetition of the headline list.
    rewriteSeed(inputs, '000_bbb7e12bb1a91af9.txt', (b) => {
      const text = b.toString('utf8');
      const notice = text.indexOf('今年发展主要预期目标');
      const at = text.indexOf('6.5%左右', notice);
      return Buffer.from(text.slice(0, at) + '7.5%左右' + text.slice(at + '6.5%左右'.length), 'utf8');
    });
    const r = await build(inputs.seeds, inputs.data);
    expectFailure(r, /^000_bbb7e12bb1a91af9\.txt:\d+: conflicting values for gdp target 2025/m);
    // Both places are named.
    expect(r.stderr).toMatch(/000_bbb7e12bb1a91af9\.txt:16\d\d .*7\.5%左右.* but 000_bbb7e12bb1a91af9\.txt:4\d\d .*6\.5%左 ?右/);
  }, 30_000);

  it('a start marker that is not in the file', async () => {
    const inputs = copyInputs();
    const manifestPath = join(inputs.data, 'documents.json');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace('"begins_with": "关于进一步加强见义勇为工作的通知"', '"begins_with": "关于进一步加强见义勇为工作的决定"'));
    expectFailure(await build(inputs.seeds, inputs.data), /^002_ce6ca542f5f5cc34\.txt:\d+: start marker of document zmd-jianyiyongwei-2023 not found/m);
  }, 30_000);

  it('a catalogue row with a bad direction names the catalogue line', async () => {
    const inputs = copyInputs();
    const path = join(inputs.data, 'indicators.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('trade,进出口总值,Total imports and exports,trade,亿元,higher', 'trade,进出口总值,Total imports and exports,trade,亿元,upwards'));
    expectFailure(await build(inputs.seeds, inputs.data), /indicators\.csv:6: unknown direction "upwards"/m);
  }, 30_000);

  it('--strict: a warning (here a no-data cell of table 1-1) stops the build too', async () => {
    const r = await build(join(ROOT, 'seeds'), join(ROOT, 'data'), '--strict');
    expectFailure(r, /^003_93f9f528af4ebca6\.txt:501: no-data cell: 表 1-1/m);
  }, 30_000);
});

const F000 = '000_bbb7e12bb1a91af9.txt';

describe('a document cut short (its sha256 updated) fails the build: nothing is lost silently', () => {
  // Before these checks the half of 000 built with exit 0, losing 42 lead departments and 43 deadlines.
  it.each([
    { name: 'seed 000 cut in half: the task notice breaks off inside a task', file: F000, at: 0.5, pattern: /^000_bbb7e12bb1a91af9\.txt:\d+: task 3 of zmd-tasks-2025 names no lead department/m },
    { name: 'seed 000 cut at 60%: the notice breaks off between two tasks', file: F000, at: 0.6, pattern: /^000_bbb7e12bb1a91af9\.txt:\d+: task notice zmd-tasks-2025 does not end with its date \(YYYY年M月D日\) after task 21 — the text looks cut short/m },
    { name: 'seed 000 cut just before the notice’s date', file: F000, at: 0.995, pattern: /task notice zmd-tasks-2025 does not end with its date .* after task 106/ },
    { name: 'seed 001 cut in half: the report breaks off in its key tasks', file: '001_2c9e6a42e4742b67.txt', at: 0.5, pattern: /^001_2c9e6a42e4742b67\.txt:\d+: work report zmd-gwr-2024 ends without its closing appeal to the deputies/m },
    { name: 'seed 001 cut at 30%: no closing appeal either', file: '001_2c9e6a42e4742b67.txt', at: 0.3, pattern: /work report zmd-gwr-2024 ends without its closing appeal/ },
    { name: 'seed 002 cut in half: later documents of the gazette missing', file: '002_ce6ca542f5f5cc34.txt', at: 0.5, pattern: /start marker of document zmd-housing-2023 not found/ },
    { name: 'seed 003 cut in half: the plan ends at chapter 5', file: '003_93f9f528af4ebca6.txt', at: 0.5, pattern: /^003_93f9f528af4ebca6\.txt:1775: five-year plan yc-fyp14 ends with chapter 5 .* not with the plan's implementation/m },
    { name: 'seed 003 cut at 95%: the plan ends at chapter 11', file: '003_93f9f528af4ebca6.txt', at: 0.95, pattern: /five-year plan yc-fyp14 ends with chapter 11/ },
    { name: 'seed 004 cut in half', file: '004_e440e3ff54e365fc.txt', at: 0.5, pattern: /start marker of document zmd-public-health-2021 not found/ },
  ])('$name', async ({ file, at, pattern }) => {
    const inputs = copyInputs();
    cutSeed(inputs, file, at);
    expectFailure(await build(inputs.seeds, inputs.data), pattern);
  }, 30_000);

  it('a task of the notice that lost its responsibility note', async () => {
    const inputs = copyInputs();
    rewriteSeed(inputs, F000, (b) => {
      const t = b.toString('utf8');
      const from = t.indexOf('满产达效。', t.indexOf('今年发展主要预期目标')) + '满产达效。'.length;
      return Buffer.from(t.slice(0, from) + '\n\n' + t.slice(t.indexOf('2.依托', from)), 'utf8');
    });
    expectFailure(await build(inputs.seeds, inputs.data), /^000_bbb7e12bb1a91af9\.txt:1700: task 1 of zmd-tasks-2025 names no lead department/m);
  }, 30_000);

  it('a work report without its headline target list', async () => {
    const inputs = copyInputs();
    rewriteSeed(inputs, '001_2c9e6a42e4742b67.txt', (b) => replaceText(b, '主要预期目标是：', '主要考虑是：'));
    expectFailure(await build(inputs.seeds, inputs.data), /^001_2c9e6a42e4742b67\.txt:\d+: work report zmd-gwr-2024 has no headline targets/m);
  }, 30_000);

  it('a work report without its key-tasks part', async () => {
    const inputs = copyInputs();
    rewriteSeed(inputs, '001_2c9e6a42e4742b67.txt', (b) => replaceText(b, '三、2024 年重点工作安排', '三、2024 年的安排'));
    expectFailure(await build(inputs.seeds, inputs.data), /^001_2c9e6a42e4742b67\.txt:\d+: work report zmd-gwr-2024 has no key-tasks part/m);
  }, 30_000);
});

describe('the manifest must say what the document says (years of review and targets)', () => {
  const entry = (m: { files: { documents: DocumentMeta[] }[] }, id: string) => m.files.flatMap((f) => f.documents).find((d) => d.id === id)!;
  it.each([
    {
      // Before this check a wrong year relabelled 68 actuals of the 2025 report silently.
      name: 'the 2025 report said to review 2026 (its heading says 2024)',
      edit: (m: any) => (entry(m, 'zmd-gwr-2025').reviews = ['2026']),
      pattern: /documents\.json:\d+: document zmd-gwr-2025: "reviews" is \["2026"\], but the report's review is of 2024 \(000_bbb7e12bb1a91af9\.txt:13 "一、2024 ?年工作回顾"\) — list "2024"/,
    },
    { name: 'the 2024 report said to review 2024', edit: (m: any) => (entry(m, 'zmd-gwr-2024').reviews = ['2024']), pattern: /document zmd-gwr-2024: "reviews" is \["2024"\], but the report's review is of 2023/ },
    { name: 'the 2025 report said to set targets for 2024', edit: (m: any) => (entry(m, 'zmd-gwr-2025').targets_for = ['2024']), pattern: /document zmd-gwr-2025: "targets_for" is \["2024"\], but the report's goals heading names 2025/ },
    { name: 'the 2023 report without its five-year span', edit: (m: any) => (entry(m, 'zmd-gwr-2023').reviews = ['2022']), pattern: /document zmd-gwr-2023: the review covers 5 years .*过去五年工作回顾.* — add "2018-2022"/ },
    { name: 'the 2023 report with a four-year span', edit: (m: any) => (entry(m, 'zmd-gwr-2023').reviews = ['2022', '2019-2022']), pattern: /"reviews" holds the span 2019-2022, but the review covers 5 years up to 2022/ },
    { name: 'a span for a report that names none', edit: (m: any) => (entry(m, 'zmd-gwr-2024').reviews = ['2023', '2019-2023']), pattern: /"reviews" holds the span 2019-2023, but the review names no span/ },
    { name: 'the task notice said to set targets for 2026', edit: (m: any) => (entry(m, 'zmd-tasks-2025').targets_for = ['2026']), pattern: /document zmd-tasks-2025: "targets_for" is \["2026"\], but 2026 is named nowhere in the document's text/ },
    { name: 'the plan said to review 2011-2015', edit: (m: any) => (entry(m, 'yc-fyp14').reviews = ['2011-2015']), pattern: /document yc-fyp14: "reviews" is \["2011-2015"\], but 2011 is named nowhere/ },
  ])('$name', async ({ edit, pattern }) => {
    const inputs = copyInputs();
    editManifest(inputs, edit);
    expectFailure(await build(inputs.seeds, inputs.data), pattern);
  }, 30_000);
});

