/**
 * Which `--out` directory the build may write: never one that is, holds or lies inside its inputs
 * (seeds/, data/), the project itself or the app's public/ folder; never one that exists and is
 * not a previous output of ours (see atomic.ts: the ownership marker). Paths are compared after
 * resolving links, so `--out` through a link to the checkout is refused too.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ownership, refusal } from './atomic.ts';

export interface Guarded {
  /** The project (the checkout holding scripts/). */
  root: string;
  seeds: string;
  data: string;
  /** The app's public/ folder (embed.js, the default output's parent). */
  publicDir: string;
}

/** `p` with links resolved as far as it exists (the rest of it appended as given). */
export function realPath(p: string): string {
  const abs = resolve(p);
  let head = abs;
  const rest: string[] = [];
  while (!existsSync(head) && dirname(head) !== head) {
    rest.unshift(basename(head));
    head = dirname(head);
  }
  try {
    return join(realpathSync(head), ...rest);
  } catch {
    return abs;
  }
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Files and folders an output of this build holds (those of before the ownership marker existed, and since). */
const OUTPUT_ENTRIES = new Set(['observations.csv', 'pairs.csv', 'datapackage.json', 'dataset.json', 'coverage.json', 'slices', 'sources', 'index.json', 'indicators.zh.json', 'indicators.en.json', 'views']);

/**
 * An output written by this build before it marked its outputs: only our file names, and our
 * data package. Lets the first build after the marker was introduced replace public/data.
 */
export function isPreMarkerOutput(dir: string): boolean {
  try {
    if (!readdirSync(dir).every((e) => OUTPUT_ENTRIES.has(e))) return false;
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { name?: unknown };
    return pkg.name === 'zhumadian-targets-actuals';
  } catch {
    return false;
  }
}

/** Why the build may not write `out`, or null if it may. */
export function outDirProblem(out: string, guarded: Guarded): string | null {
  const target = realPath(out);
  const shown = out;
  const root = realPath(guarded.root);
  if (within(root, target)) return `--out ${shown} is or contains the project (${root}) — give a directory of its own, e.g. public/data`;
  const inputs = [
    { path: realPath(guarded.seeds), name: 'the seeds' },
    { path: realPath(guarded.data), name: 'the manifest and catalogue' },
  ];
  for (const input of inputs) {
    if (within(input.path, target)) return `--out ${shown} is or contains ${input.name} (${input.path}): the build would delete its own inputs — give a directory of its own, e.g. public/data`;
    if (within(target, input.path)) return `--out ${shown} lies inside ${input.name} (${input.path}) — give a directory outside the inputs, e.g. public/data`;
  }
  if (target === realPath(guarded.publicDir)) return `--out ${shown} is the app's public/ folder (embed.js and more) — give a folder inside it, e.g. public/data`;
  return refusal(`--out ${shown}`, ownership(resolve(out), isPreMarkerOutput));
}
