/**
 * Embed and export figures: the embed page's total gzip bytes (every response it loads: HTML, JS,
 * CSS, the slice JSON), the time from navigation to the chart drawn in the embed (median of 10,
 * headless Chromium), and the time of a PNG export at 2× in the app (median of 5).
 * Builds into a temporary directory (dist/ may be rebuilt by tests meanwhile) and serves it on
 * 127.0.0.1; no other host is contacted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/global-setup';
import { CHROMIUM_FLAGS } from '../../tests/e2e/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const EMBED_PATH = 'embed.html?indicator=gdp&region=zhumadian';
const APP_PATH = '?view=indicator&indicator=gdp';
const BUDGET = 40 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Build the site (data first if missing) into a fresh temporary directory. */
function buildInto(dir: string): void {
  if (!existsSync(join(ROOT, 'public/data/dataset.json'))) {
    const data = spawnSync('npm', ['run', '--silent', 'build:data'], { cwd: ROOT, stdio: 'inherit' });
    if (data.status !== 0) throw new Error('build:data failed');
  }
  const vite = join(ROOT, 'node_modules/.bin/vite');
  const built = spawnSync(vite, ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
}

/** Every response the embed page loads, with raw and gzip sizes; also any request to another host. */
async function embedBytes(browser: Browser, base: string) {
  const page = await browser.newPage();
  const files: { url: string; raw: number; gzip: number }[] = [];
  const external: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(base) && !req.url().startsWith('data:')) external.push(req.url());
  });
  page.on('response', (res) => {
    if (!res.url().startsWith(base) || res.status() !== 200) return;
    pending.push(
      res.body().then((body) => {
        files.push({ url: res.url().slice(base.length), raw: body.length, gzip: gzipSync(body).length });
      }),
    );
  });
  await page.goto(base + EMBED_PATH);
  await page.waitForSelector('[data-ready="true"]');
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return { files, external };
}

async function chartDrawnMs(browser: Browser, base: string, runs = 10): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 700, height: 600 } });
    const page = await context.newPage();
    await page.goto(base + EMBED_PATH);
    await page.waitForSelector('[data-ready="true"]');
    times.push(
      await page.evaluate(() => performance.getEntriesByName('zhumadian-embed:chart-drawn')[0]?.startTime ?? Number.NaN),
    );
    await context.close();
  }
  return times;
}

async function pngExportMs(browser: Browser, base: string, runs = 5): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base + APP_PATH);
  const button = page.locator('[data-export="png"]').first();
  await button.waitFor();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const download = page.waitForEvent('download');
    await button.click();
    await (await download).path();
    times.push(
      await page.evaluate(() => {
        const all = performance.getEntriesByName('zhumadian:png-export');
        return all[all.length - 1]?.duration ?? Number.NaN;
      }),
    );
  }
  await context.close();
  return times;
}

export async function run(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), 'zmd-bench-embed-'));
  buildInto(dist);
  const server = serveStatic(dist);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  try {
    const { files, external } = await embedBytes(browser, base);
    const total = files.reduce((s, f) => s + f.gzip, 0);
    console.log('\n## Embed (embed.html?indicator=gdp&region=zhumadian)');
    for (const f of files) console.log(`  ${f.url.padEnd(48)} ${String(f.raw).padStart(8)} B raw ${String(f.gzip).padStart(7)} B gzip`);
    console.log(`  embed page total: ${total} B gzip (${(total / 1024).toFixed(1)} KiB; budget 40 KiB: ${total <= BUDGET ? 'within' : 'OVER'})`);
    const script = readFileSync(join(dist, 'embed.js'));
    console.log(`  parent script embed.js: ${script.length} B raw, ${gzipSync(script).length} B gzip`);
    console.log(`  requests to other hosts: ${external.length}`);
    const drawn = await chartDrawnMs(browser, base);
    console.log(`  navigation → chart drawn: median ${median(drawn).toFixed(1)} ms over ${drawn.length} runs (min ${Math.min(...drawn).toFixed(1)}, max ${Math.max(...drawn).toFixed(1)})`);
    const png = await pngExportMs(browser, base);
    console.log(`  PNG export at 2× (app, click → file): median ${median(png).toFixed(1)} ms over ${png.length} runs`);
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
