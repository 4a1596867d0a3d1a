/**
 * Vitest globalSetup for the e2e project: builds the app (always, into a private temporary
 * directory, so parallel runs and edits never swap files under a running test), serves it on
 * 127.0.0.1 (free port) with a tiny static server, and provides the base URL to tests as
 * `inject('baseUrl')`. Set E2E_DIST=dist to serve an existing build instead. No external hosts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * Run a build step. Vitest sets NODE_ENV=test, which would make Vite and Svelte build the dev
 * runtime; the e2e build is the production build users get.
 */
function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

/** Build the app into `outDir` (the dataset must exist: `npm run build:data`, run here if missing). */
function build(outDir: string): void {
  if (!existsSync(join(ROOT, 'public/data/index.json'))) run('npm', ['run', '--silent', 'build:data']);
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'production', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
}

/** Serve a directory read-only; "/" and directories map to index.html. */
export function serveStatic(root: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
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
  const given = process.env.E2E_DIST;
  const dir = given ? resolve(ROOT, given) : mkdtempSync(join(tmpdir(), 'zmd-e2e-'));
  if (!given) build(dir);
  const server = serveStatic(dir);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    if (!given) rmSync(dir, { recursive: true, force: true });
  };
}
