/**
 * npm run build:data [-- --seeds DIR --data DIR --out DIR --quiet --strict]
 *
 * Builds the dataset from seeds/ into public/data/, atomically: on any error nothing is
 * written, the previous dataset stays, and each error is printed as `file:line: message — what to do`.
 * Warnings (figures not classified, no-data cells …) are listed in the coverage report;
 * --strict turns them into errors.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeDirAtomic } from './build/atomic.ts';
import { formatCoverage } from './build/coverage.ts';
import { BuildFailure, formatFinding } from './build/findings.ts';
import { buildDataset } from './build/pipeline.ts';

export interface CliOptions {
  seeds: string;
  data: string;
  out: string;
  quiet: boolean;
  /** Treat every warning (unclassified figure, no-data cell …) as an error. */
  strict: boolean;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { seeds: 'seeds', data: 'data', out: 'public/data', quiet: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a directory`);
      return v;
    };
    if (a === '--seeds') opts.seeds = value();
    else if (a === '--data') opts.data = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--strict') opts.strict = true;
    else throw new Error(`unknown argument ${a} (use --seeds DIR --data DIR --out DIR [--quiet] [--strict])`);
  }
  return opts;
}

function main(): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  try {
    const result = buildDataset({ seedsDir: opts.seeds, dataDir: opts.data });
    if (opts.strict && result.coverage.warnings.length) {
      throw new BuildFailure(result.coverage.warnings.map(({ document_id: _, ...f }) => ({ ...f, level: 'error' as const })));
    }
    writeDirAtomic(resolve(opts.out), result.files);
    if (!opts.quiet) {
      console.log(formatCoverage(result.coverage));
      console.log(`\nwrote ${result.files.size} files to ${opts.out}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof BuildFailure) {
      for (const f of e.findings) console.error(formatFinding(f));
      console.error(`\nbuild stopped: ${e.findings.length} error(s); ${opts.out} left unchanged`);
      return 1;
    }
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    console.error(`\nbuild stopped; ${opts.out} left unchanged`);
    return 1;
  }
}

/** Run only when executed as a script, not when imported (tests import the helpers). */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
