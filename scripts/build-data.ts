/**
 * npm run build:data [-- --seeds DIR --data DIR --out DIR --quiet --strict]
 *
 * Builds the dataset from seeds/ into public/data/, atomically: on any error nothing is
 * written, the previous dataset stays, and each error is printed as `file:line: message — what to do`.
 * Warnings (figures not classified, no-data cells …) are listed in the coverage report;
 * --strict turns them into errors.
 *
 * --out must be a directory of its own (see build/outDir.ts): never the inputs, the project or
 * public/, never an existing directory that is not a previous output (exit code 2). The build
 * dies with the process that started it (build/lifeline.ts) and publishes nothing then.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CommitCancelled, OutputRefused, recoverInterrupted, writeDirAtomic } from './build/atomic.ts';
import { formatCoverage } from './build/coverage.ts';
import { checkDataset } from './build/expectations.ts';
import { BuildFailure, formatFinding } from './build/findings.ts';
import { watchLifeline } from './build/lifeline.ts';
import { isPreMarkerOutput, outDirProblem } from './build/outDir.ts';
import { buildDataset } from './build/pipeline.ts';
import { MANIFEST_FILE } from './build/rules.ts';

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

/** The project: the checkout this script belongs to. */
const ROOT = resolve(import.meta.dirname, '..');

/** The whole command: arguments in, exit code out (messages on stdout and stderr). */
export function run(argv: readonly string[]): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const out = resolve(opts.out);
  const problem = outDirProblem(opts.out, { root: ROOT, seeds: opts.seeds, data: opts.data, publicDir: join(ROOT, 'public') });
  if (problem) {
    console.error(`refusing to write: ${problem}`);
    return 2;
  }
  // A build killed between its two renames left the old output under another name: put it back first.
  const recovered = recoverInterrupted(out);
  if (recovered.restored) console.error(`${opts.out} restored from ${recovered.restored} (a build was killed while swapping it)`);
  const kept = () => (existsSync(out) ? `${opts.out} left unchanged` : `nothing written to ${opts.out}`);
  const watch = watchLifeline(`build stopped: {who}, which started it, is gone; ${kept()}`);
  try {
    const result = buildDataset({ seedsDir: opts.seeds, dataDir: opts.data });
    const findings = checkDataset(result.dataset, join(opts.data, MANIFEST_FILE).replace(/^\.\//, ''));
    if (findings.length) throw new BuildFailure(findings);
    if (opts.strict && result.coverage.warnings.length) {
      throw new BuildFailure(result.coverage.warnings.map(({ document_id: _, ...f }) => ({ ...f, level: 'error' as const })));
    }
    writeDirAtomic(out, result.files, { guard: watch.guard, adopt: isPreMarkerOutput });
    if (!opts.quiet) {
      console.log(formatCoverage(result.coverage));
      console.log(`\nwrote ${result.files.size} files to ${opts.out}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof BuildFailure) {
      for (const f of e.findings) console.error(formatFinding(f));
      console.error(`\nbuild stopped: ${e.findings.length} error(s); ${kept()}`);
    } else if (e instanceof CommitCancelled) {
      const who = watch.broken();
      console.error(`build stopped: ${who ? `${JSON.stringify(who.name)} (pid ${who.pid}), which started it, is gone` : 'cancelled'}; ${kept()}`);
    } else if (e instanceof OutputRefused) {
      console.error(`refusing to write: ${e.message}`);
    } else if (e instanceof Error && 'code' in e) {
      // A file-system error (no space, no permission …): its message names the path.
      console.error(`build stopped: ${e.message}; ${kept()}`);
    } else {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      console.error(`\nbuild stopped; ${kept()}`);
    }
    return 1;
  } finally {
    watch.stop();
  }
}

/** Run only when executed as a script, not when imported (tests import the helpers). */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = run(process.argv.slice(2));
