/**
 * A careless or hostile manifest, catalogue or seeds/ folder: each case stops the build with exit
 * code 1 and a message naming file and line (never a stack trace), and leaves the previously built
 * output byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, buildInProcess, editManifest, snapshot, workspace, type Inputs } from '../fixtures/build-run.ts';

const ws = workspace('build-bad-inputs-');
const out = join(ws.work, 'out');
/** In this process: the cases are many, and each stops in milliseconds (the CLI itself is tested below). */
const build = (inputs: Inputs, ...extra: string[]) => buildInProcess(['--seeds', inputs.seeds, '--data', inputs.data, '--out', out, '--quiet', ...extra]);

let good: Record<string, string> | null;
beforeAll(() => {
  const r = buildCli(['--out', out, '--quiet']);
  expect(r.code).toBe(0);
  good = snapshot(out);
}, 60_000);
afterAll(ws.dispose);

const F000 = '000_bbb7e12bb1a91af9.txt';
const seedFile = (inputs: Inputs, name = F000) => join(inputs.seeds, name);
const gbk = (path: string) => {
  const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', path], { maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error('iconv failed');
  writeFileSync(path, r.stdout);
};

interface Case {
  name: string;
  corrupt: (inputs: Inputs) => void;
  /** What stderr must say (file:line at the start of a line). */
  pattern: RegExp;
  extra?: string[];
}

const manifestCases: Case[] = [
  { name: '"files": [] (an empty dataset)', corrupt: (i) => editManifest(i, (m) => (m.files = [])), pattern: /^\S*documents\.json:\d+: "files" is empty: the dataset would be empty — /m },
  { name: '"files": [] with --strict', corrupt: (i) => editManifest(i, (m) => (m.files = [])), pattern: /"files" is empty/, extra: ['--strict'] },
  { name: '"files": [null]', corrupt: (i) => editManifest(i, (m) => (m.files = [null])), pattern: /^\S*documents\.json:\d+: files\[0\] is null — each entry of "files" is/m },
  { name: '"files": "all"', corrupt: (i) => editManifest(i, (m) => (m.files = 'all' as never)), pattern: /"files" is "all": the dataset would be empty/ },
  { name: '"file": ".."', corrupt: (i) => editManifest(i, (m) => (m.files[0].file = '..')), pattern: /^\S*documents\.json:\d+: files\[0\]: "file" is "\.\." — give the plain name of a file inside seeds\//m },
  { name: 'an absolute "file"', corrupt: (i) => editManifest(i, (m) => (m.files[0].file = '/etc/passwd')), pattern: /"file" is "\/etc\/passwd" — give the plain name/ },
  { name: 'a "file" with a directory part', corrupt: (i) => editManifest(i, (m) => (m.files[0].file = `../seeds/${F000}`)), pattern: /"file" is "\.\.\/seeds\/000_bbb7e12bb1a91af9\.txt" — give the plain name/ },
  { name: 'a "file" that is a number', corrupt: (i) => editManifest(i, (m) => (m.files[0].file = 7)), pattern: /files\[0\]: "file" is 7 — / },
  { name: 'one seed listed twice', corrupt: (i) => editManifest(i, (m) => m.files.push(m.files[1])), pattern: /"001_2c9e6a42e4742b67\.txt" is listed twice/ },
  { name: '"documents": [null]', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents = [null])), pattern: /files\[0\]\.documents\[0\] is null — each document is an object/ },
  { name: '"documents": []', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents = [])), pattern: /000_bbb7e12bb1a91af9\.txt: "documents" must list at least one document/ },
  { name: 'an upper-case sha256', corrupt: (i) => editManifest(i, (m) => (m.files[0].sha256 = m.files[0].sha256.toUpperCase())), pattern: /"sha256" must be 64 lowercase hex digits — run sha256sum seeds\/000_bbb7e12bb1a91af9\.txt/ },
  { name: 'delivered "tomorrow"', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].delivered = 'tomorrow')), pattern: /^\S*documents\.json:\d+: document zmd-gwr-2025: "delivered" is "tomorrow" — write the year \("2025"\) or the ISO date/m },
  { name: 'delivered on 30 February', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].delivered = '2025-02-30')), pattern: /"delivered" is "2025-02-30"/ },
  { name: 'delivered as a number', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].delivered = 2025)), pattern: /"delivered" is 2025 — / },
  { name: 'reviews as a string', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].reviews = '2024')), pattern: /"reviews" is "2024" — a list of periods/ },
  { name: 'a backwards span', corrupt: (i) => editManifest(i, (m) => (m.files[3].documents[0].targets_for = ['2025-2021'])), pattern: /"targets_for" holds "2025-2021" — a period is a year/ },
  { name: 'an unknown kind', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].kind = 'report')), pattern: /"kind" is "report" — one of work_report, / },
  { name: 'a misspelt field', corrupt: (i) => editManifest(i, (m) => { const d = m.files[0].documents[0]; d.review = d.reviews; }), pattern: /document zmd-gwr-2025: unknown field "review" — the fields are/ },
  { name: 'a document id with spaces', corrupt: (i) => editManifest(i, (m) => (m.files[0].documents[0].id = 'gwr 2025')), pattern: /"id" is "gwr 2025" — give a stable id/ },
  { name: 'schema_version 2', corrupt: (i) => editManifest(i, (m) => (m.schema_version = 2)), pattern: /"schema_version" is 2; this build reads manifest schema 1/ },
  { name: '"regions": [null]', corrupt: (i) => editManifest(i, (m) => (m.regions = [null])), pattern: /regions\[0\] is null — each region is/ },
  {
    name: 'documents that hold no figures (only a gazette’s front matter): an empty dataset',
    corrupt: (i) => editManifest(i, (m) => (m.files = [{ ...m.files[2], documents: [m.files[2].documents[0]] }])),
    pattern: /^\S*documents\.json:1: the build found no figures in any document: an empty dataset is not published/m,
  },
  {
    name: 'the same with --strict',
    corrupt: (i) => editManifest(i, (m) => (m.files = [{ ...m.files[2], documents: [m.files[2].documents[0]] }])),
    pattern: /the build found no figures in any document/,
    extra: ['--strict'],
  },
  { name: 'a manifest that is a list', corrupt: (i) => writeFileSync(join(i.data, 'documents.json'), '[]'), pattern: /^\S*documents\.json:1: the manifest is a list, not an object/m },
  { name: 'a manifest that is not JSON', corrupt: (i) => writeFileSync(join(i.data, 'documents.json'), '{\n "files": [\n'), pattern: /documents\.json:\d+: manifest is not valid JSON/ },
];

const fileCases: Case[] = [
  { name: 'a directory in place of a seed', corrupt: (i) => (rmSync(seedFile(i)), mkdirSync(seedFile(i))), pattern: /^000_bbb7e12bb1a91af9\.txt:1: seed is a directory, not a file — copy the original document into .*seeds\/ as a plain file/m },
  { name: 'a seed that is a link out of seeds/', corrupt: (i) => { const outside = join(i.dir, 'elsewhere.txt'); writeFileSync(outside, readFileSync(seedFile(i))); rmSync(seedFile(i)); symlinkSync(outside, seedFile(i)); }, pattern: /^000_bbb7e12bb1a91af9\.txt:1: seed leads outside .*seeds\/ \(to .*elsewhere\.txt\)/m },
  { name: 'a FIFO in place of a seed (reading it would hang)', corrupt: (i) => { rmSync(seedFile(i)); spawnSync('mkfifo', [seedFile(i)]); }, pattern: /^000_bbb7e12bb1a91af9\.txt:1: seed is not a regular file/m },
  { name: 'the manifest is a directory', corrupt: (i) => (rmSync(join(i.data, 'documents.json')), mkdirSync(join(i.data, 'documents.json'))), pattern: /documents\.json:1: manifest is a directory, not a file/ },
  { name: 'no manifest', corrupt: (i) => rmSync(join(i.data, 'documents.json')), pattern: /documents\.json:1: manifest not found — create it/ },
  { name: 'a GBK manifest', corrupt: (i) => gbk(join(i.data, 'documents.json')), pattern: /^\S*documents\.json:5: not UTF-8: byte 0x[0-9a-f]{2} .*; it reads as GB18030\/GBK — convert the file to UTF-8/m },
  { name: 'a GBK catalogue', corrupt: (i) => gbk(join(i.data, 'indicators.csv')), pattern: /^\S*indicators\.csv:2: not UTF-8: .*; it reads as GB18030\/GBK/m },
  {
    name: 'a catalogue with an unterminated quote',
    corrupt: (i) => writeFileSync(join(i.data, 'indicators.csv'), readFileSync(join(i.data, 'indicators.csv'), 'utf8').replace('\ntrade,', '\n"trade,')),
    pattern: /indicators\.csv:6: [^\n]*quoted field[^\n]* \(CSV: quote a field that holds a comma/i,
  },
];

describe.each([
  { group: 'the manifest', cases: manifestCases },
  { group: 'the input files', cases: fileCases },
])('$group', ({ cases }) => {
  it.each(cases)('$name: a clear message, nothing lost', async ({ corrupt, pattern, extra }) => {
    const inputs = ws.inputs();
    corrupt(inputs);
    const r = await build(inputs, ...(extra ?? []));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toMatch(/left unchanged$/m);
    expect(snapshot(out)).toEqual(good);
  }, 30_000);
});

describe('the command itself', () => {
  it('exits with code 1 and the message on stderr (a case of the tables above, run as the CLI)', () => {
    const inputs = ws.inputs();
    editManifest(inputs, (m) => (m.files = [null]));
    const r = buildCli(['--seeds', inputs.seeds, '--data', inputs.data, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/files\[0\] is null/);
    expect(snapshot(out)).toEqual(good);
  }, 30_000);
});

describe('what is not a problem', () => {
  it('a manifest and a catalogue with a byte-order mark build as without', () => {
    const inputs = ws.inputs();
    for (const f of ['documents.json', 'indicators.csv']) writeFileSync(join(inputs.data, f), `\uFEFF${readFileSync(join(inputs.data, f), 'utf8')}`);
    const other = join(ws.work, 'bom-out');
    const r = buildCli(['--seeds', inputs.seeds, '--data', inputs.data, '--out', other, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dataset = (dir: string) => JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as { observations: unknown[]; version: string };
    expect(dataset(other).observations).toEqual(dataset(out).observations);
  }, 30_000);
});
