import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenAt, lifeline, watchLifeline } from '../../scripts/build/lifeline.ts';
import { ROOT } from '../fixtures/build-run.ts';

const linux = existsSync('/proc/self/stat');

describe.runIf(linux)('lifeline', () => {
  const chain = lifeline();

  it('starts with the parent and is alive', () => {
    expect(chain[0]!.pid).toBe(process.ppid);
    expect(chain.every((a) => a.start !== null && a.name !== '')).toBe(true);
    expect(brokenAt(chain)).toBeNull();
  });

  it.each([
    { name: 'a process that is gone', ancestor: { pid: 999_999_999, start: '1', name: 'gone' } },
    { name: 'a pid now used by another process (another start time)', ancestor: { pid: process.ppid, start: 'earlier', name: 'reused' } },
  ])('is broken by $name', ({ ancestor }) => {
    expect(brokenAt([...chain, ancestor])).toEqual(ancestor);
  });
});

describe.runIf(linux)('watchLifeline', () => {
  const gone = { pid: 999_999_999, start: '1', name: 'npm run build:data' };

  it('the guard runs the swap while the lifeline holds, and declines once it is broken', () => {
    const holding = watchLifeline('unused', lifeline());
    let swapped = 0;
    expect(holding.guard(() => swapped++)).toBe(true);
    holding.stop();
    const broken = watchLifeline('unused', [gone]);
    expect(broken.guard(() => swapped++)).toBe(false);
    expect(broken.broken()).toEqual(gone);
    broken.stop();
    expect(swapped).toBe(1);
  });

  it('ends a process busy in synchronous work within a second of its starter being gone', () => {
    const script = `
      import { watchLifeline } from './scripts/build/lifeline.ts';
      watchLifeline('stopped: {who} is gone', [${JSON.stringify(gone)}]);
      const t = Date.now();
      while (Date.now() - t < 10000) {}
      console.log('finished');`;
    const t = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('stopped: "npm run build:data" (pid 999999999) is gone\n');
    expect(Date.now() - t).toBeLessThan(8000);
  }, 20_000);
});
