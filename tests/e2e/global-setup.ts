/**
 * Vitest globalSetup for the e2e project: builds the app when dist/ is missing or older than its
 * inputs, serves dist/ on 127.0.0.1 (free port) with a tiny static server, and provides the base
 * URL to tests as `inject('baseUrl')`. No external hosts are involved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served dist/, ending with "/". */
    baseUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Newest modification time (ms) of a file or of any file below a directory. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

/** Build dist/ unless it is newer than every input (sources, public data, html, config). */
function ensureBuilt(): void {
  if (!existsSync(join(ROOT, 'public/data/dataset.json'))) run('npm', ['run', '--silent', 'build:data']);
  const inputs = ['src', 'public', 'index.html', 'embed.html', 'vite.config.ts'].map((p) => newest(join(ROOT, p)));
  const built = existsSync(join(DIST, 'index.html')) ? newest(DIST) : 0;
  if (built === 0 || Math.max(...inputs) > built) run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
}

/** Serve a directory read-only; "/" and directories map to index.html. */
export function serveStatic(root: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      },
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBuilt();
  const server = serveStatic(DIST);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
