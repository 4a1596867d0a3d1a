/**
 * The build writes only a directory it owns, survives being killed at any point, and dies with
 * the process that started it: `--out` refusals (exit code 2, nothing touched), recovery of an
 * output stranded between the two renames, killing npm mid-build, and a direct `vite build` that
 * never ships the staging folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_MARKER } from '../../scripts/build/atomic.ts';
import { buildCli, ROOT, snapshot, workspace } from '../fixtures/build-run.ts';

const ws = workspace('build-refusals-');
afterAll(ws.dispose);
/** A pid no process can have (above the kernel's limit). */
const DEAD = 999_999_999;

/** A previous output to protect: built once, copied where a case needs it. */
let previous = '';
beforeAll(() => {
  previous = join(ws.work, 'previous');
  const r = buildCli(['--out', previous, '--quiet']);
  expect(r.code).toBe(0);
}, 60_000);

interface Refusal {
  name: string;
  /** The --out argument (relative to the project root or absolute) and what must survive. */
  setup: () => { out: string; guarded: string; args?: string[] };
  pattern: RegExp;
}

const refusals: Refusal[] = [
  { name: '--out . (the checkout)', setup: () => ({ out: '.', guarded: ROOT }), pattern: /--out \. is or contains the project/ },
  { name: '--out data (the manifest and catalogue)', setup: () => ({ out: 'data', guarded: join(ROOT, 'data') }), pattern: /--out data is or contains the manifest and catalogue/ },
  { name: '--out seeds', setup: () => ({ out: 'seeds', guarded: join(ROOT, 'seeds') }), pattern: /--out seeds is or contains the seeds/ },
  { name: '--out public (embed.js lives there)', setup: () => ({ out: 'public', guarded: join(ROOT, 'public') }), pattern: /--out public is the app's public\/ folder/ },
  { name: '--out inside the seeds', setup: () => ({ out: 'seeds/out', guarded: join(ROOT, 'seeds') }), pattern: /--out seeds\/out lies inside the seeds/ },
  { name: '--out .. (an ancestor of the inputs)', setup: () => ({ out: '..', guarded: ROOT }), pattern: /--out \.\. is or contains the project/ },
  { name: '--out / ', setup: () => ({ out: '/', guarded: ROOT }), pattern: /--out \/ is or contains the project/ },
  {
    name: '--out the folder holding copied inputs',
    setup: () => {
      const i = ws.inputs();
      return { out: i.dir, guarded: i.dir, args: ['--seeds', i.seeds, '--data', i.data] };
    },
    pattern: /is or contains the seeds .*the build would delete its own inputs/,
  },
  {
    name: 'a link to the checkout',
    setup: () => {
      const link = join(ws.work, `link-${Date.now()}`);
      symlinkSync(ROOT, link);
      return { out: link, guarded: ROOT };
    },
    pattern: /is or contains the project/,
  },
  {
    name: 'an existing folder of someone else’s files',
    setup: () => {
      const dir = join(ws.work, 'mine');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'thesis.docx'), 'years of work');
      return { out: dir, guarded: dir };
    },
    pattern: /exists and is not an output of this build \(it has no \.build-data-output\) — choose a new directory/,
  },
  {
    name: 'an existing file',
    setup: () => {
      const file = join(ws.work, 'file.txt');
      writeFileSync(file, 'keep');
      return { out: file, guarded: file };
    },
    pattern: /exists and is not a directory/,
  },
  {
    name: 'a link to a previous output',
    setup: () => {
      const link = join(ws.work, `out-link-${Date.now()}`);
      symlinkSync(previous, link);
      return { out: link, guarded: previous };
    },
    pattern: /is a symbolic link — give the real path/,
  },
];

/** What is at `path`, to compare before and after: a file's text, the checkout's listing, any other folder byte for byte. */
function state(path: string): unknown {
  if (statSync(path).isFile()) return readFileSync(path, 'utf8');
  return path === ROOT ? readdirSync(path).sort() : snapshot(path);
}

describe('--out must be a directory of its own', () => {
  it.each(refusals)('$name: refused, exit code 2, nothing written', ({ setup, pattern }) => {
    const { out, guarded, args } = setup();
    const before = state(guarded);
    const parent = join(guarded, '..');
    const parentBefore = readdirSync(parent).sort();
    const r = buildCli(['--out', out, '--quiet', ...(args ?? [])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^refusing to write: /);
    expect(r.stderr).toMatch(pattern);
    expect(state(guarded)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(parentBefore);
  }, 30_000);

  it('an empty folder is taken, and marked as ours', () => {
    const dir = join(ws.work, 'empty');
    mkdirSync(dir);
    const r = buildCli(['--out', dir, '--quiet']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toContain(OWNER_MARKER);
    expect(snapshot(dir)).toEqual(snapshot(previous));
  }, 30_000);

  it('an output of the build before outputs were marked is replaced (the public/data of an older checkout)', () => {
    const dir = join(ws.work, 'legacy');
    spawnSync('cp', ['-r', previous, dir]);
    rmSync(join(dir, OWNER_MARKER));
    const r = buildCli(['--out', dir, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(snapshot(previous));
  }, 30_000);
});

describe('a build killed between its two renames loses nothing', () => {
  /** The state such a kill leaves: no output, the old one under its staging name, a full new one beside it. */
  function strand(): { parent: string; out: string } {
    const parent = join(ws.work, `stranded-${Date.now()}`);
    mkdirSync(parent);
    const out = join(parent, 'data');
    spawnSync('cp', ['-r', previous, join(parent, `.data.old-${DEAD}-lq3x9a`)]);
    spawnSync('cp', ['-r', previous, join(parent, `.data.tmp-${DEAD}-lq3x9a`)]);
    return { parent, out };
  }

  it('the next build, even a failing one, puts the old output back first and says so', () => {
    const { parent, out } = strand();
    const i = ws.inputs();
    writeFileSync(join(i.data, 'documents.json'), '{');
    const r = buildCli(['--seeds', i.seeds, '--data', i.data, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data restored from .*\.data\.old-999999999-lq3x9a \(a build was killed while swapping it\)/);
    expect(r.stderr).toMatch(/left unchanged$/m);
    expect(readdirSync(parent)).toEqual(['data']);
    expect(snapshot(out)).toEqual(snapshot(previous));
  }, 30_000);

  it('a direct vite build puts it back too, and ships no staging folder', () => {
    const { parent } = strand();
    writeFileSync(join(parent, 'embed.js'), '/* the real public/ has it */');
    const dist = join(ws.work, `dist-${Date.now()}`);
    const script = `import { build } from 'vite';
await build({ configFile: 'vite.config.ts', publicDir: ${JSON.stringify(parent)}, logLevel: 'error', build: { outDir: ${JSON.stringify(dist)}, emptyOutDir: true } });`;
    // A live staging folder (its build still running: this test's own pid) is copied by Vite and must be removed from dist.
    mkdirSync(join(parent, `.data.tmp-${process.pid}-live`));
    writeFileSync(join(parent, `.data.tmp-${process.pid}-live`, 'half.json'), '{');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(parent).sort()).toEqual([`.data.tmp-${process.pid}-live`, 'data', 'embed.js']);
    const shipped = Object.keys(snapshot(dist)!);
    expect(shipped.filter((f) => /(^|\/)\.data\./.test(f))).toEqual([]);
    expect(shipped).toContain('data/dataset.json');
    expect(snapshot(join(dist, 'data'))).toEqual(snapshot(previous));
  }, 60_000);
});

describe.runIf(existsSync('/proc/self/stat'))('the build lives while npm lives', () => {
  it('started in the background by a script that exits (its group leader gone before the build starts): it finishes and publishes', async () => {
    const out = join(ws.work, 'background', 'data');
    mkdirSync(dirname(out), { recursive: true });
    // sh leads a group of its own, starts npm in the background (same group: no job control) and exits.
    const sh = spawn('sh', ['-c', `npm run --silent build:data -- --out '${out}' --quiet > '${out}.log' 2>&1 & echo $!`], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    let npmPid = '';
    sh.stdout.on('data', (b: Buffer) => (npmPid += b.toString()));
    await new Promise((ok) => sh.on('exit', ok));
    const pid = Number(npmPid.trim());
    expect(pid).toBeGreaterThan(0);
    for (let t = 0; t < 1200 && existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z'); t++) await wait(50);
    expect(readFileSync(`${out}.log`, 'utf8')).not.toMatch(/build stopped/);
    expect(existsSync(join(out, 'dataset.json'))).toBe(true);
  }, 90_000);
});

/** Pids of the processes in a process group (Linux /proc). */
function group(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return f[0] !== 'Z' && Number(f[2]) === pgid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.runIf(existsSync('/proc/self/stat'))('the build dies with npm', () => {
  it.each(['SIGKILL', 'SIGTERM'] as const)('npm killed with %s mid-build: the build ends and publishes nothing', async (signal) => {
    const parent = join(ws.work, `killed-${signal}`);
    mkdirSync(parent);
    const out = join(parent, 'data');
    spawnSync('cp', ['-r', previous, out]);
    const inode = statSync(out).ino;
    // npm leads a process group of its own, as it does when started from a shell.
    const npm = spawn('npm', ['run', '--silent', 'build:data', '--', '--out', out, '--quiet'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    npm.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const pgid = npm.pid!;
    // Kill npm as soon as the build itself (tsx's child) runs.
    let build = 0;
    for (let t = 0; t < 400 && !build; t++) {
      build = group(pgid).find((p) => cmdline(p).includes('preflight.cjs') && cmdline(p).includes('build-data.ts')) ?? 0;
      if (!build) await wait(25);
    }
    expect(build).toBeGreaterThan(0);
    process.kill(pgid, signal);
    for (let t = 0; t < 200 && group(pgid).length > 0; t++) await wait(50);
    expect(group(pgid).map(cmdline)).toEqual([]);
    expect(stderr).toMatch(/build stopped: .*\(pid \d+\), which started it, is gone; .* left unchanged/);
    expect(statSync(out).ino).toBe(inode);
    expect(snapshot(out)).toEqual(snapshot(previous));
    // What the kill left beside it (the build's staging folder) goes at the next build.
    const next = buildCli(['--out', out, '--quiet']);
    expect(next.code).toBe(0);
    expect(readdirSync(parent)).toEqual(['data']);
  }, 60_000);
});
