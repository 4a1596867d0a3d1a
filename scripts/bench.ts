/**
 * npm run bench: runs every module of scripts/bench/ in name order; each exports
 * `async function run(): Promise<void>` and prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

let failed = 0;
for (const file of modules) {
  console.log(`\n== ${file} ==`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    await mod.run();
  } catch (e) {
    failed++;
    console.error(`${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
process.exitCode = failed ? 1 : 0;
