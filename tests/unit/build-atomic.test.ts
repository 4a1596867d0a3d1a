import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDirAtomic } from '../../scripts/build/atomic.ts';

const work = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeDirAtomic', () => {
  it('replaces the whole directory: new files in, stale files gone', () => {
    const out = join(work, 'a', 'data');
    writeDirAtomic(out, new Map([['old.json', '{}'], ['slices/x.json', '1']]));
    writeDirAtomic(out, new Map<string, string | Uint8Array>([['new.json', '{"a":1}'], ['slices/y.json', new Uint8Array([1, 2])]]));
    expect(readdirSync(out).sort()).toEqual(['new.json', 'slices']);
    expect(readdirSync(join(out, 'slices'))).toEqual(['y.json']);
    expect(readFileSync(join(out, 'new.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(join(work, 'a'))).toEqual(['data']);
  });

  it('leaves the old directory untouched when a write fails', () => {
    const out = join(work, 'b', 'data');
    writeDirAtomic(out, new Map([['keep.json', 'old']]));
    expect(() => writeDirAtomic(out, new Map([['ok.json', 'new'], ['../escape.json', 'x']]))).toThrow(/outside the output directory/);
    expect(readdirSync(out)).toEqual(['keep.json']);
    expect(readFileSync(join(out, 'keep.json'), 'utf8')).toBe('old');
    expect(readdirSync(join(work, 'b'))).toEqual(['data']);
  });

  it('removes leftovers of a killed build, not those of a running one', () => {
    const parent = join(work, 'c');
    mkdirSync(join(parent, '.data.tmp-999999999-x'), { recursive: true });
    mkdirSync(join(parent, `.data.tmp-${process.ppid}-x`), { recursive: true });
    writeFileSync(join(parent, 'other.txt'), '');
    writeDirAtomic(join(parent, 'data'), new Map([['a', 'b']]));
    expect(existsSync(join(parent, '.data.tmp-999999999-x'))).toBe(false);
    expect(existsSync(join(parent, `.data.tmp-${process.ppid}-x`))).toBe(true);
    expect(existsSync(join(parent, 'other.txt'))).toBe(true);
  });
});
