/**
 * Reading one input file of the build (manifest, catalogue, seed) without trusting the path:
 * a missing file, a directory, a FIFO or device, a link leading out of its folder and an unreadable
 * file each come back as a reason, never as an exception.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

export type InputFile =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' | 'directory' | 'not_a_file' | 'outside' | 'unreadable'; detail: string };

/** Reads `path`; with `within`, the file (links resolved) must lie inside that directory. */
export function readInputFile(path: string, within?: string): InputFile {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', detail: code };
    return { ok: false, reason: 'unreadable', detail: code };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'directory', detail: 'a directory' };
  if (!stat.isFile()) return { ok: false, reason: 'not_a_file', detail: 'not a regular file' };
  try {
    if (within !== undefined) {
      const real = realpathSync(path);
      const root = realpathSync(within);
      if (!real.startsWith(root + sep)) return { ok: false, reason: 'outside', detail: real };
    }
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/** What went wrong, for a message: "is a directory", "is a link to /etc/passwd, outside seeds/" … */
export function describeUnreadable(r: Exclude<InputFile, { ok: true }>, folder: string): string {
  switch (r.reason) {
    case 'missing':
      return 'not found';
    case 'directory':
      return 'is a directory, not a file';
    case 'not_a_file':
      return 'is not a regular file (a FIFO, socket or device)';
    case 'outside':
      return `leads outside ${folder} (to ${r.detail})`;
    case 'unreadable':
      return `cannot be read (${r.detail})`;
  }
}
