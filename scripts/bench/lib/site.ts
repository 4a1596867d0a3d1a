/**
 * What the app and embed benches share: a production build of the site (dataset first, so the
 * bench works on a fresh clone) into a temporary directory served on 127.0.0.1, the bytes of a
 * page load, and medians. No other host is contacted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../../tests/e2e/global-setup';
import { CHROMIUM_FLAGS } from '../../../tests/e2e/helpers';

const ROOT = resolve(import.meta.dirname, '../../..');

/** How many times each figure is measured (the median is reported). */
export const RUNS = 5;

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function run(cmd: string, args: string[]): void {
  // NODE_ENV=production: the build users get (Vitest or a shell may have set "test" or "development").
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

export interface Site {
  base: string;
  dir: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Build the dataset and the site (production) into a fresh directory, serve it, open Chromium. */
export async function openSite(prefix: string): Promise<Site> {
  run('npm', ['run', '--silent', 'build:data', '--', '--quiet']);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'production', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir']);
  const server = serveStatic(dir);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  return {
    base,
    dir,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Loaded {
  path: string;
  raw: number;
  gzip: number;
}

/**
 * Every same-host response of one load of `url` in a fresh context (nothing cached), until
 * `ready` matches and the network is idle; also any request to another host.
 */
export async function pageBytes(site: Site, url: string, ready: string): Promise<{ files: Loaded[]; external: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const files: Loaded[] = [];
  const external: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) external.push(r.url());
  });
  page.on('response', (res) => {
    if (!res.url().startsWith(site.base) || res.status() !== 200) return;
    pending.push(
      res.body().then((body) => {
        files.push({ path: res.url().slice(site.base.length) || '/', raw: body.length, gzip: gzipSync(body).length });
      }),
    );
  });
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { files, external };
}

export const total = (files: readonly Loaded[], key: 'raw' | 'gzip' = 'gzip') => files.reduce((s, f) => s + f[key], 0);

/** Median over RUNS loads of the total gzip bytes, with the files of the last load. */
export async function medianBytes(site: Site, url: string, ready: string): Promise<{ median: number; runs: number[]; files: Loaded[]; external: string[] }> {
  const runs: number[] = [];
  let last = { files: [] as Loaded[], external: [] as string[] };
  for (let i = 0; i < RUNS; i++) {
    last = await pageBytes(site, url, ready);
    runs.push(total(last.files));
  }
  return { median: median(runs), runs, ...last };
}

/** Milliseconds from navigation to a performance mark, over `runs` fresh loads. */
export async function markTimes(site: Site, url: string, mark: string, runs: number, viewport = { width: 1280, height: 900 }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await site.browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
    times.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark));
    await context.close();
  }
  return times;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** "median 123.4 ms over 10 runs (min …, max …)". */
export function timing(times: readonly number[]): string {
  return `median ${median(times).toFixed(1)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`;
}

/** A figure against its target: "58.2 KiB (target ≤ 60 KiB: within)". */
export function against(value: number, limit: number, unit: 'KiB' | 'ms'): string {
  const shown = unit === 'KiB' ? kb(value) : `${value.toFixed(1)} ms`;
  return `${shown} (target ≤ ${limit} ${unit}: ${value <= (unit === 'KiB' ? limit * 1024 : limit) ? 'within' : 'OVER'})`;
}

export function listFiles(files: readonly Loaded[]): void {
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    console.log(`  ${f.path.padEnd(52)} ${String(f.raw).padStart(8)} B raw ${String(f.gzip).padStart(7)} B gzip`);
  }
}
