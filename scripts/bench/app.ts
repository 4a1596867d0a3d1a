/**
 * App figures on a production build (median of RUNS loads each, fresh context, all bytes gzip):
 * first load of the landing page (the scorecard), a deep link to an indicator chart, and the
 * time from navigation to that chart drawn (headless Chromium). Targets from issue 10.
 */
import { resolve } from 'node:path';
import { CHART_DRAWN_MARK } from '../../src/lib/perf';
import { against, listFiles, markTimes, median, medianBytes, openSite, RUNS, timing } from './lib/site';

const DEEP_LINK = '?view=indicator&indicator=gdp';
const TARGETS = { firstLoad: 100, deepLink: 60, chartDrawn: 250 };

export async function run(): Promise<void> {
  const site = await openSite('zmd-bench-app-');
  try {
    const first = await medianBytes(site, site.base, 'main h1');
    console.log(`\n## App first load (index.html, the scorecard), ${RUNS} loads`);
    listFiles(first.files);
    console.log(`  all bytes: median ${against(first.median, TARGETS.firstLoad, 'KiB')}; runs ${first.runs.join(', ')} B`);
    console.log(`  requests to other hosts: ${first.external.length}`);

    const deep = await medianBytes(site, site.base + DEEP_LINK, '.indicator-chart svg');
    console.log(`\n## App deep link to a chart (${DEEP_LINK}), ${RUNS} loads`);
    listFiles(deep.files);
    console.log(`  all bytes: median ${against(deep.median, TARGETS.deepLink, 'KiB')}; runs ${deep.runs.join(', ')} B`);
    console.log(`  requests to other hosts: ${deep.external.length}`);

    const times = await markTimes(site, site.base + DEEP_LINK, CHART_DRAWN_MARK, Math.max(10, RUNS));
    console.log(`\n## App navigation → chart drawn (${DEEP_LINK})`);
    console.log(`  ${timing(times)}: ${against(median(times), TARGETS.chartDrawn, 'ms')}`);
  } finally {
    await site.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
