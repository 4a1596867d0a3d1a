import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CommitCancelled,
  OutputRefused,
  OWNER_MARKER,
  ownership,
  recoverAll,
  recoverInterrupted,
  removeStagingCopies,
  writeDirAtomic,
} from '../../scripts/build/atomic.ts';

const work = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
/** A fresh parent folder for one case. */
const fresh = () => {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};
/** A pid no process can have (above the kernel's limit): the leftovers of a killed build. */
const DEAD = 999_999_999;

describe('writeDirAtomic', () => {
  it('replaces the whole directory: new files in, stale files gone, the marker written with them', () => {
    const out = join(fresh(), 'data');
    writeDirAtomic(out, new Map([['old.json', '{}'], ['slices/x.json', '1']]));
    writeDirAtomic(out, new Map<string, string | Uint8Array>([['new.json', '{"a":1}'], ['slices/y.json', new Uint8Array([1, 2])]]));
    expect(readdirSync(out).sort()).toEqual([OWNER_MARKER, 'new.json', 'slices']);
    expect(readdirSync(join(out, 'slices'))).toEqual(['y.json']);
    expect(readFileSync(join(out, 'new.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it.each([
    { name: 'a path with ..', rel: '../escape.json' },
    { name: 'an absolute path', rel: '/etc/escape.json' },
    { name: 'a nested ..', rel: 'slices/../../escape.json' },
    { name: 'the marker itself', rel: OWNER_MARKER },
  ])('refuses $name and leaves the old directory untouched', ({ rel }) => {
    const parent = fresh();
    const out = join(parent, 'data');
    writeDirAtomic(out, new Map([['keep.json', 'old']]));
    expect(() => writeDirAtomic(out, new Map([['ok.json', 'new'], [rel, 'x']]))).toThrow(/outside the output directory/);
    expect(readdirSync(out).sort()).toEqual([OWNER_MARKER, 'keep.json']);
    expect(readFileSync(join(out, 'keep.json'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it.each([
    { name: 'a directory with files of its own', make: (p: string) => (mkdirSync(p), writeFileSync(join(p, 'notes.txt'), 'mine')), pattern: /not an output of this build/ },
    { name: 'a file', make: (p: string) => writeFileSync(p, 'mine'), pattern: /not a directory/ },
    { name: 'a link to an output of ours', make: (p: string) => { const real = `${p}-real`; writeDirAtomic(real, new Map([['a', 'b']])); symlinkSync(real, p); }, pattern: /symbolic link/ },
  ])('never replaces $name', ({ make, pattern }) => {
    const out = join(fresh(), 'target');
    make(out);
    const before = existsSync(join(out, 'notes.txt')) ? readFileSync(join(out, 'notes.txt'), 'utf8') : null;
    expect(() => writeDirAtomic(out, new Map([['x', 'y']]))).toThrow(OutputRefused);
    expect(() => writeDirAtomic(out, new Map([['x', 'y']]))).toThrow(pattern);
    if (before !== null) expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..')).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('takes an empty directory, and one the caller recognises', () => {
    const empty = join(fresh(), 'empty');
    mkdirSync(empty);
    writeDirAtomic(empty, new Map([['a', '1']]));
    expect(readdirSync(empty).sort()).toEqual([OWNER_MARKER, 'a']);
    const legacy = join(fresh(), 'legacy');
    mkdirSync(legacy);
    writeFileSync(join(legacy, 'dataset.json'), '{}');
    expect(ownership(legacy)).toBe('foreign');
    writeDirAtomic(legacy, new Map([['a', '1']]), { adopt: (d) => existsSync(join(d, 'dataset.json')) });
    expect(readdirSync(legacy).sort()).toEqual([OWNER_MARKER, 'a']);
  });

  it('a guard that declines: nothing published, no staging left', () => {
    const parent = fresh();
    const out = join(parent, 'data');
    writeDirAtomic(out, new Map([['keep.json', 'old']]));
    expect(() => writeDirAtomic(out, new Map([['new.json', 'x']]), { guard: () => false })).toThrow(CommitCancelled);
    expect(readdirSync(out).sort()).toEqual([OWNER_MARKER, 'keep.json']);
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('the guard runs the swap itself', () => {
    const out = join(fresh(), 'data');
    let ran = false;
    writeDirAtomic(out, new Map([['a', '1']]), { guard: (swap) => ((ran = true), swap(), true) });
    expect(ran).toBe(true);
    expect(readFileSync(join(out, 'a'), 'utf8')).toBe('1');
  });
});

describe('recoverInterrupted', () => {
  it('removes leftovers of a killed build, not those of a running one', () => {
    const parent = fresh();
    mkdirSync(join(parent, `.data.tmp-${DEAD}-x`), { recursive: true });
    mkdirSync(join(parent, `.data.tmp-${process.ppid}-x`), { recursive: true });
    writeFileSync(join(parent, 'other.txt'), '');
    writeDirAtomic(join(parent, 'data'), new Map([['a', 'b']]));
    expect(existsSync(join(parent, `.data.tmp-${DEAD}-x`))).toBe(false);
    expect(existsSync(join(parent, `.data.tmp-${process.ppid}-x`))).toBe(true);
    expect(existsSync(join(parent, 'other.txt'))).toBe(true);
  });

  it('a kill between the two renames: the old directory is put back (the newest of two)', () => {
    const parent = fresh();
    const out = join(parent, 'data');
    writeDirAtomic(out, new Map([['v', 'old']]));
    const older = join(parent, `.data.old-${DEAD}-${(1000).toString(36)}`);
    const newer = join(parent, `.data.old-${DEAD}-${(2000).toString(36)}`);
    mkdirSync(older);
    writeFileSync(join(older, 'v'), 'older');
    // The state a kill leaves after `rename(out, old)`: no out, the old data under its staging name, a full tmp.
    renameSync(out, newer);
    mkdirSync(join(parent, `.data.tmp-${DEAD}-${(2000).toString(36)}`));
    const r = recoverInterrupted(out);
    expect(r.restored).toBe(newer);
    expect(r.removed).toHaveLength(2);
    expect(readFileSync(join(out, 'v'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('leaves an existing output alone and removes a stranded old copy', () => {
    const parent = fresh();
    const out = join(parent, 'data');
    writeDirAtomic(out, new Map([['v', 'new']]));
    mkdirSync(join(parent, `.data.old-${DEAD}-x`));
    expect(recoverInterrupted(out).restored).toBeNull();
    expect(readFileSync(join(out, 'v'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('recoverAll: every output of a folder', () => {
    const parent = fresh();
    mkdirSync(join(parent, `.data.old-${DEAD}-x`));
    mkdirSync(join(parent, `.other.tmp-${DEAD}-x`));
    recoverAll(parent);
    expect(readdirSync(parent)).toEqual(['data']);
  });
});

describe('removeStagingCopies', () => {
  it('removes staging folders anywhere in a tree, nothing else', () => {
    const dist = fresh();
    for (const d of ['.data.tmp-1-a', 'data/slices', 'x/.data.old-22-b', '.hidden']) mkdirSync(join(dist, d), { recursive: true });
    expect(removeStagingCopies(dist).sort()).toEqual([join(dist, '.data.tmp-1-a'), join(dist, 'x/.data.old-22-b')]);
    expect(readdirSync(dist).sort()).toEqual(['.hidden', 'data', 'x']);
  });
});
