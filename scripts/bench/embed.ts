/**
 * Embed and export figures on a production build: the embed page's total gzip bytes (every
 * response it loads: HTML, JS, CSS, the slice JSON; median of RUNS loads), the time from
 * navigation to the chart drawn in the embed (headless Chromium), and the time of a PNG export
 * at 2× in the app. Targets from issue 10.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_DRAWN_MARK } from '../../src/lib/perf';
import { against, listFiles, markTimes, median, medianBytes, openSite, RUNS, timing, type Site } from './lib/site';

const EMBED_PATH = 'embed.html?indicator=gdp&region=zhumadian';
const APP_PATH = '?view=indicator&indicator=gdp';
const TARGETS = { bytes: 30, chartDrawn: 150 };

async function pngExportMs(site: Site, runs = RUNS): Promise<number[]> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(site.base + APP_PATH);
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
  const site = await openSite('zmd-bench-embed-');
  try {
    const bytes = await medianBytes(site, site.base + EMBED_PATH, '[data-ready="true"]');
    console.log(`\n## Embed (${EMBED_PATH}), ${RUNS} loads`);
    listFiles(bytes.files);
    console.log(`  embed page, all bytes: median ${against(bytes.median, TARGETS.bytes, 'KiB')}; runs ${bytes.runs.join(', ')} B`);
    const script = readFileSync(join(site.dir, 'embed.js'));
    console.log(`  parent script embed.js: ${script.length} B raw, ${gzipSync(script).length} B gzip`);
    console.log(`  requests to other hosts: ${bytes.external.length}`);
    const drawn = await markTimes(site, site.base + EMBED_PATH, EMBED_DRAWN_MARK, Math.max(10, RUNS), { width: 700, height: 600 });
    console.log(`  navigation → chart drawn: ${timing(drawn)}: ${against(median(drawn), TARGETS.chartDrawn, 'ms')}`);
    const png = await pngExportMs(site);
    console.log(`  PNG export at 2× (app, click → file): ${timing(png)}`);
  } finally {
    await site.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
