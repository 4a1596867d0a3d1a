/**
 * Pipeline figures: build time for the seeds (median of 5, in process, writing to a temp dir),
 * and on a corpus 100× the seeds (generated here into a temp dir: every seed file copied 100
 * times under new names, with a manifest listing every copy) the throughput in MB/s and the
 * peak memory (RSS high-water mark of a child process that runs the build once).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeDirAtomic } from '../build/atomic.ts';
import { buildDataset } from '../build/pipeline.ts';
import type { Manifest } from '../../src/lib/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIES = 100;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One full build: inputs → files written atomically into `out`. */
function buildOnce(seedsDir: string, dataDir: string, out: string): { ms: number; rows: number } {
  const t = performance.now();
  const result = buildDataset({ seedsDir, dataDir });
  writeDirAtomic(out, result.files);
  const ms = performance.now() - t;
  return { ms, rows: result.dataset.observations.length };
}

/** Writes a corpus of `copies` × every seed into dir/seeds, with dir/data holding its manifest and the other inputs. */
export function makeCorpus(dir: string, copies: number): { bytes: number; files: number } {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'data/documents.json'), 'utf8')) as Manifest;
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const files: Manifest['files'] = [];
  let bytes = 0;
  for (let k = 1; k <= copies; k++) {
    for (const f of manifest.files) {
      const name = `c${String(k).padStart(3, '0')}_${f.file}`;
      copyFileSync(join(ROOT, 'seeds', f.file), join(dir, 'seeds', name));
      bytes += statSync(join(dir, 'seeds', name)).size;
      files.push({ ...f, file: name, original_name: f.original_name, documents: f.documents.map((d) => ({ ...d, id: `${d.id}-c${k}` })) });
    }
  }
  writeFileSync(join(dir, 'data/documents.json'), JSON.stringify({ ...manifest, files }, null, 1));
  // Every other input of the build (catalogue, categories, rules tables) as it is: none names a document.
  for (const input of readdirSync(join(ROOT, 'data')).filter((f) => f !== 'documents.json')) copyFileSync(join(ROOT, 'data', input), join(dir, 'data', input));
  return { bytes, files: files.length };
}

/** Child mode: one build of the corpus, then time and RSS high-water mark as JSON on stdout. */
function child(dir: string): void {
  const { ms, rows } = buildOnce(join(dir, 'seeds'), join(dir, 'data'), join(dir, 'out'));
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ ms, rows, maxRssKb }) + '\n');
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
  try {
    // 1. The seeds, in process (the first run includes warm-up; the median hides it).
    const seedBytes = makeCorpus(join(work, 'x1'), 1).bytes;
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = buildOnce(join(work, 'x1/seeds'), join(work, 'x1/data'), join(work, 'x1/out'));
      times.push(r.ms);
      rows = r.rows;
    }
    console.log(`seeds: ${(seedBytes / 1e6).toFixed(2)} MB in 5 files, ${rows} rows`);
    console.log(`build time (seeds, median of ${RUNS}): ${median(times).toFixed(0)} ms  [runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms]`);
    // The same as a user runs it: a fresh process, TypeScript loader included.
    const cold = performance.now();
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts'), '--seeds', join(work, 'x1/seeds'), '--data', join(work, 'x1/data'), '--out', join(work, 'x1/cli-out'), '--quiet'], { encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`build:data failed:\n${cli.stderr.slice(0, 4000)}`);
    console.log(`build time (seeds, one fresh \`build:data\` process incl. start-up): ${(performance.now() - cold).toFixed(0)} ms`);

    // 2. The 100× corpus, in a fresh child process for a clean RSS high-water mark.
    const big = join(work, `x${COPIES}`);
    const corpus = makeCorpus(big, COPIES);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pipeline.ts')], {
      env: { ...process.env, BENCH_PIPELINE_CORPUS: big },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`corpus build failed (exit ${r.status}):\n${r.stderr.slice(0, 4000)}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rows: number; maxRssKb: number };
    const mb = corpus.bytes / 1e6;
    console.log(`corpus ${COPIES}× seeds: ${mb.toFixed(1)} MB in ${corpus.files} files, ${out.rows} rows after merging repeats`);
    console.log(`build time (${COPIES}×): ${(out.ms / 1000).toFixed(2)} s`);
    console.log(`throughput (${COPIES}×): ${(mb / (out.ms / 1000)).toFixed(2)} MB/s`);
    console.log(`peak memory (${COPIES}×, RSS high-water): ${(out.maxRssKb / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.env.BENCH_PIPELINE_CORPUS && process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  child(process.env.BENCH_PIPELINE_CORPUS);
}
