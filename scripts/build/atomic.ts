/**
 * Atomic publication of a directory the build owns.
 *
 * Everything is written into a sibling staging directory (`.NAME.tmp-PID-TAG`) together with an
 * ownership marker, then swapped in with two renames: the old directory to `.NAME.old-PID-TAG`, the
 * new one into place; the old one is removed last. Until the second rename the old data is whole
 * under one of the two names, so a build killed at any point loses nothing: the next build (or
 * `vite build`, see vite.config.ts) puts a stranded old directory back before doing anything else.
 *
 * A directory is replaced only when it is ours (it holds the marker), empty, or recognised by the
 * caller (`adopt`); anything else is refused, whatever the caller asks.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputFiles = Map<string, string | Uint8Array>;

/** The file that marks a directory as written by this build. */
export const OWNER_MARKER = '.build-data-output';
const MARKER_TEXT =
  'This directory is written by `npm run build:data` (zhumadian-promise-tracker) and replaced whole at\n' +
  'each build: do not keep other files in it. The build replaces only directories holding this file.\n';

/** Staging names next to the output: `.data.tmp-1234-lq3x9a`, `.data.old-1234-lq3x9a`. */
export const STAGING_NAME = /^\.(.+)\.(tmp|old)-(\d+)-([0-9a-z]+)$/;

/** Thrown when the output directory may not be replaced; the message says why and what to do. */
export class OutputRefused extends Error {
  override name = 'OutputRefused';
}

/** Thrown when the caller withdrew its permission to publish (`mayCommit` returned false). */
export class CommitCancelled extends Error {
  override name = 'CommitCancelled';
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type Ownership = 'absent' | 'empty' | 'ours' | 'foreign' | 'not_a_directory' | 'symlink';

/** Whether `dir` may be replaced: absent, empty, ours (the marker) — or foreign, a file, a link. */
export function ownership(dir: string, adopt?: (dir: string) => boolean): Ownership {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return 'absent';
  }
  if (stat.isSymbolicLink()) return 'symlink';
  if (!stat.isDirectory()) return 'not_a_directory';
  if (isOurs(dir)) return 'ours';
  if (readdirSync(dir).length === 0) return 'empty';
  return adopt?.(dir) ? 'ours' : 'foreign';
}

function isOurs(dir: string): boolean {
  try {
    return readFileSync(join(dir, OWNER_MARKER), 'utf8') === MARKER_TEXT;
  } catch {
    return false;
  }
}

/** Why a directory of this ownership may not be replaced, or null when it may. */
export function refusal(dir: string, owner: Ownership): string | null {
  switch (owner) {
    case 'absent':
    case 'empty':
    case 'ours':
      return null;
    case 'symlink':
      return `${dir} is a symbolic link — give the real path of the output directory`;
    case 'not_a_directory':
      return `${dir} exists and is not a directory — choose another output directory`;
    case 'foreign':
      return `${dir} exists and is not an output of this build (it has no ${OWNER_MARKER}) — choose a new directory, or empty it yourself if it may go`;
  }
}

export interface Recovery {
  /** The stranded old directory put back in place (a build was killed between its two renames). */
  restored: string | null;
  /** Leftovers of killed builds removed. */
  removed: string[];
}

/**
 * Undo what a killed build left next to `outDir`: if `outDir` is missing and an old copy of it
 * was stranded, put the newest one back; remove every other leftover. Leftovers of a build still
 * running (its process alive) are left alone.
 */
export function recoverInterrupted(outDir: string): Recovery {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const result: Recovery = { restored: null, removed: [] };
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return result;
  }
  const dead = entries
    .map((entry) => ({ entry, m: STAGING_NAME.exec(entry) }))
    .filter(({ m }) => m !== null && m[1] === name && !isAlive(Number(m[3])))
    .map(({ entry, m }) => ({ path: join(parent, entry), kind: m![2]!, time: parseInt(m![4]!, 36) }));
  if (!existsSync(outDir)) {
    const newest = dead.filter((d) => d.kind === 'old').sort((a, b) => b.time - a.time)[0];
    if (newest) {
      renameSync(newest.path, outDir);
      result.restored = newest.path;
    }
  }
  for (const d of dead) {
    if (d.path === result.restored) continue;
    rmSync(d.path, { recursive: true, force: true });
    result.removed.push(d.path);
  }
  return result;
}

/** Recovers every output directory of `parent` that has leftovers (for a folder holding outputs, e.g. public/). */
export function recoverAll(parent: string): Recovery[] {
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const names = new Set(entries.flatMap((e) => STAGING_NAME.exec(e)?.[1] ?? []));
  return [...names].map((name) => recoverInterrupted(join(parent, name)));
}

/** Removes copies of staging directories from a tree (e.g. a dist/ that copied public/): returns their paths. */
export function removeStagingCopies(dir: string): string[] {
  const removed: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const path = join(d, e.name);
      if (STAGING_NAME.test(e.name)) {
        rmSync(path, { recursive: true, force: true });
        removed.push(path);
      } else walk(path);
    }
  };
  walk(dir);
  return removed;
}

export interface WriteOptions {
  /**
   * Runs the swap (two renames) or declines it by returning false, e.g. when the process that
   * started the build is gone: the staging directory is then removed and CommitCancelled thrown.
   */
  guard?: (swap: () => void) => boolean;
  /** Recognises an older output of ours that has no marker yet. */
  adopt?: (dir: string) => boolean;
}

export function writeDirAtomic(outDir: string, files: OutputFiles, options: WriteOptions = {}): void {
  recoverInterrupted(outDir);
  const refused = refusal(outDir, ownership(outDir, options.adopt));
  if (refused) throw new OutputRefused(refused);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.old-${tag}`);
  const hadOld = existsSync(outDir);
  const swap = () => {
    if (hadOld) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (hadOld) renameSync(old, outDir);
      throw e;
    }
  };
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [rel, content] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (rel.split(/[/\\]/).includes('..') || rel.startsWith('/') || rel === OWNER_MARKER) {
        throw new Error(`refusing to write outside the output directory: ${rel}`);
      }
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    writeFileSync(join(tmp, OWNER_MARKER), MARKER_TEXT);
    const swapped = options.guard ? options.guard(swap) : (swap(), true);
    if (!swapped) throw new CommitCancelled(`${outDir} left unchanged`);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
