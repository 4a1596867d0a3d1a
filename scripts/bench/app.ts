/**
 * App figures: JS and CSS bytes (raw and gzip) of the first load of the built app (the scorecard,
 * index.html), and the time from navigation to the indicator chart drawn (median of 10, headless
 * Chromium). Builds into a temporary directory and serves it on 127.0.0.1; no other host.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHART_DRAWN_MARK } from '../../src/lib/perf';
import { serveStatic } from '../../tests/e2e/global-setup';
import { CHROMIUM_FLAGS } from '../../tests/e2e/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const CHART_PATH = '?view=indicator&indicator=gdp';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Loaded {
  path: string;
  type: string;
  raw: number;
  gzip: number;
}

/** Every same-host response of a first load of `url`, with raw and gzip sizes. */
async function firstLoad(browser: Browser, base: string, url: string): Promise<{ files: Loaded[]; external: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files: Loaded[] = [];
  const external: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url());
  });
  page.on('response', (res) => {
    if (!res.url().startsWith(base) || res.status() !== 200) return;
    pending.push(
      res.body().then((body) => {
        const path = new URL(res.url()).pathname;
        const type = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : path.endsWith('.json') ? 'data' : 'other';
        files.push({ path, type, raw: body.length, gzip: gzipSync(body).length });
      }),
    );
  });
  await page.goto(url);
  await page.waitForSelector('main h1');
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { files, external };
}

async function chartDrawn(browser: Browser, url: string, runs = 10): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, CHART_DRAWN_MARK);
    times.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, CHART_DRAWN_MARK));
    await context.close();
  }
  return times;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zmd-bench-'));
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  const server = serveStatic(dir);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  try {
    const { files, external } = await firstLoad(browser, base, base);
    console.log('\n## App first load (index.html, the scorecard)');
    for (const f of files) console.log(`  ${f.path.padEnd(40)} ${String(f.raw).padStart(8)} B raw ${String(f.gzip).padStart(7)} B gzip`);
    for (const type of ['js', 'css', 'data'] as const) {
      const of = files.filter((f) => f.type === type);
      const raw = of.reduce((s, f) => s + f.raw, 0);
      const gzip = of.reduce((s, f) => s + f.gzip, 0);
      console.log(`  ${type.toUpperCase().padEnd(4)} total: ${raw} B raw, ${gzip} B gzip (${of.length} files)`);
    }
    console.log(`  requests to other hosts: ${external.length}`);
    const times = await chartDrawn(browser, base + CHART_PATH);
    console.log(`\n## App navigation → indicator chart drawn (${CHART_PATH})`);
    console.log(`  median ${median(times).toFixed(1)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
