/**
 * The build dies with whoever started it. `npm run build:data` runs npm → sh → tsx → the build;
 * killing npm alone (SIGTERM or SIGKILL) leaves sh/tsx and the build running, and the build would
 * go on to publish. So the build records its *lifeline* at start — its parent and the ancestors in
 * its process group (npm, sh, tsx: the job that started it, not the shell above it) — and:
 *
 * - a watchdog thread checks it every 200 ms, and ends the process (SIGKILL) as soon as one of them
 *   is gone. The main thread may be busy in synchronous work, and tsx catches SIGTERM to relay it,
 *   so only SIGKILL ends the process at once; the staging of atomic.ts makes that safe anywhere
 *   but inside the swap, which the watchdog waits for;
 * - the swap that publishes the output runs under `guard`: never while the watchdog is ending the
 *   process, and not at all once the lifeline is broken.
 *
 * Linux reads /proc (pid, process group, start time, so a reused pid is not mistaken for the old
 * process); elsewhere only the parent is watched (process.ppid changes when the parent dies).
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface Ancestor {
  pid: number;
  /** Start time in clock ticks since boot (Linux), or null where /proc is not available. */
  start: string | null;
  /** Command name, for messages. */
  name: string;
}

/** pid's parent, process group and start time from /proc, or null if it is gone (or a zombie). */
function procStat(pid: number): { ppid: number; pgrp: number; start: string; name: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const f = stat.slice(close + 2).split(' ');
    if (f[0] === 'Z' || f[0] === 'X') return null;
    return { ppid: Number(f[1]), pgrp: Number(f[2]), start: f[19]!, name: commandLine(pid) ?? name };
  } catch {
    return null;
  }
}

/** "npm run build:data --quiet" (at most 60 characters), for messages. */
function commandLine(pid: number): string | null {
  try {
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return line === '' ? null : line.length > 60 ? `${line.slice(0, 59)}…` : line;
  } catch {
    return null;
  }
}

/**
 * The processes this one lives for: its parent, the ancestors in its own process group, and the
 * group's leader while it lives (npm when started from a shell or with `detached`). A leader already
 * gone at start is the npm that started the build only when npm ran it (npm_lifecycle_event) and no
 * npm is left among the ancestors (npm killed while tsx was still loading): then the build stops at
 * once. A leader gone for another reason (a script that started `.ci/run` in the background and
 * exited) is not a reason to stop while the npm that runs the build lives. To run a build that
 * outlives its terminal, start it as a group of its own (`setsid npm run build:data`).
 */
export function lifeline(pid = process.pid, startedByNpm = !!process.env.npm_lifecycle_event): Ancestor[] {
  const me = procStat(pid);
  if (!me) return process.ppid > 1 ? [{ pid: process.ppid, start: null, name: 'parent' }] : [];
  const chain: Ancestor[] = [];
  for (let p = me.ppid; p > 1; ) {
    const s = procStat(p);
    if (!s || (chain.length > 0 && s.pgrp !== me.pgrp)) break;
    chain.push({ pid: p, start: s.start, name: s.name });
    p = s.ppid;
  }
  if (me.pgrp !== pid && me.pgrp > 1 && !chain.some((a) => a.pid === me.pgrp)) {
    const leader = procStat(me.pgrp);
    if (leader) chain.push({ pid: me.pgrp, start: leader.start, name: leader.name });
    else if (startedByNpm && !chain.some((a) => NPM.test(a.name))) chain.push({ pid: me.pgrp, start: 'gone', name: 'npm, its process group leader' });
  }
  return chain;
}

/** An npm process by its command line ("npm run build:data", "node …/npm-cli.js run …"). */
const NPM = /(^|[\s/])npm(-cli\.js)?(\s|$)/;

/** The first ancestor of the lifeline that is gone, or null while all are alive. */
export function brokenAt(chain: readonly Ancestor[]): Ancestor | null {
  return chain.find((a) => (a.start === null ? process.ppid !== a.pid : procStat(a.pid)?.start !== a.start)) ?? null;
}

/**
 * The watchdog, as a plain script for a worker thread (no TypeScript loader there). It repeats
 * procStat/brokenAt because a worker cannot import this module's functions.
 */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { chain, state, message } = workerData;
const flag = new Int32Array(state);
function start(pid) {
  try {
    const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return f[0] === 'Z' || f[0] === 'X' ? null : f[19];
  } catch { return null; }
}
const gone = () => chain.find((a) => (a.start === null ? process.ppid !== a.pid : start(a.pid) !== a.start));
const timer = setInterval(() => {
  if (Atomics.load(flag, 0) === 3) return clearInterval(timer);
  const a = gone();
  // 0 → 2 (dying) only while the main thread is not swapping (1) and not done (3).
  if (a && Atomics.compareExchange(flag, 0, 0, 2) === 0) {
    fs.writeSync(2, message.replace('{who}', JSON.stringify(a.name) + ' (pid ' + a.pid + ')') + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 200);
`;

export interface Watch {
  /** For writeDirAtomic's `guard`: runs the swap unless the lifeline is broken. */
  guard: (swap: () => void) => boolean;
  /** Whoever is gone, for the message of a cancelled commit. */
  broken: () => Ancestor | null;
  stop: () => void;
}

/**
 * Start watching the lifeline. `message` is printed by the watchdog before it ends the process;
 * `{who}` in it is replaced by the process that is gone.
 */
export function watchLifeline(message: string, chain: Ancestor[] = lifeline()): Watch {
  // 0 running, 1 swapping, 2 dying (the watchdog is ending the process), 3 done.
  const state = new SharedArrayBuffer(4);
  const flag = new Int32Array(state);
  // A plain CommonJS script: no loader or input type inherited from the command line.
  const worker = chain.length > 0 ? new Worker(WATCHDOG, { eval: true, execArgv: [], workerData: { chain, state, message } }) : null;
  worker?.on('error', (e) => console.error(`the lifeline watchdog failed (${String(e)}); the build still checks its starter before publishing`));
  worker?.unref();
  return {
    broken: () => brokenAt(chain),
    guard: (swap) => {
      if (Atomics.compareExchange(flag, 0, 0, 1) !== 0) {
        // The watchdog is ending the process: wait for the signal rather than publish.
        Atomics.wait(flag, 0, 2);
        return false;
      }
      if (brokenAt(chain)) {
        Atomics.store(flag, 0, 0);
        return false;
      }
      try {
        swap();
      } finally {
        Atomics.store(flag, 0, 3);
      }
      return true;
    },
    stop: () => {
      Atomics.store(flag, 0, 3);
      void worker?.terminate();
    },
  };
}
