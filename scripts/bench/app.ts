/**
 * App figures on a production build (median of RUNS loads each, fresh context, all bytes gzip):
 * first load of the landing page (the scorecard), a deep link to an indicator chart, and the
 * time from navigation to that chart drawn (headless Chromium); a deep link to a figure in its
 * source and the time to that figure on screen. Targets from issue 10.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHART_DRAWN_MARK, SOURCE_SHOWN_MARK } from '../../src/lib/perf';
import { documentFigures } from '../../src/lib/source-figures';
import type { DocumentPart } from '../../src/lib/types';
import { against, kb, listFiles, markTimes, median, medianBytes, openSite, RUNS, timing } from './lib/site';

const SOURCE_DOC = 'yc-fyp14';

/** A link to the last figure of the plan in the source view, from the built site's data. */
function sourceLink(dir: string): string {
  const part = JSON.parse(readFileSync(join(dir, `data/views/documents/${SOURCE_DOC}.json`), 'utf8')) as DocumentPart;
  const last = documentFigures(part.observations, SOURCE_DOC).at(-1)!;
  return `?view=source&doc=${SOURCE_DOC}&obs=${encodeURIComponent(last.id)}`;
}

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

    // The source view at its longest: the plan (4,348 lines), at its last figure.
    const source = sourceLink(site.dir);
    const sourceBytes = await medianBytes(site, site.base + source, '[data-testid="figure-mark"]');
    console.log(`\n## App deep link to a figure in its source (${source}), ${RUNS} loads`);
    listFiles(sourceBytes.files);
    console.log(`  all bytes: median ${kb(sourceBytes.median)}; runs ${sourceBytes.runs.join(', ')} B`);
    const shown = await markTimes(site, site.base + source, SOURCE_SHOWN_MARK, Math.max(10, RUNS));
    console.log(`\n## App navigation → figure marked and on screen in its source`);
    console.log(`  ${timing(shown)}; ${(median(shown) / median(times)).toFixed(2)} × the chart deep link's time in this run`);
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
