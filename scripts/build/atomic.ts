/**
 * Atomic publication of a directory: everything is written into a sibling temporary directory,
 * then swapped in with renames. If anything fails before the swap, the old directory is untouched.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputFiles = Map<string, string | Uint8Array>;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function writeDirAtomic(outDir: string, files: OutputFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  // Leftovers of a build that was killed half-way (not those of a build still running).
  const leftover = new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-`);
  for (const name of readdirSync(parent)) {
    const m = leftover.exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(parent, `.${basename(outDir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.old-${tag}`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [rel, content] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (rel.includes('..') || rel.startsWith('/')) throw new Error(`refusing to write outside the output directory: ${rel}`);
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    if (hadOld) renameSync(old, outDir);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
