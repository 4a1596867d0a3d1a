import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetMiddleware } from '../../scripts/utf8-text.ts';

/** A server that answers as a static file server would: some with setHeader, some with writeHead. */
const send: Record<string, (res: ServerResponse) => void> = {
  '/data/sources/a.txt': (res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('驻马店');
  },
  '/data/observations.csv': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/csv' });
    res.end('a,b');
  },
  '/data/sources/b.txt?x=1': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=gbk' });
    res.end('');
  },
  '/data/index.json': (res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end('{}');
  },
};
const server = createServer((req, res) => charsetMiddleware(req, res, () => send[req.url ?? '']!(res)));
let base = '';
beforeAll(async () => {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.close());

describe('dev and preview servers: texts and CSV as UTF-8', () => {
  it.each([
    ['/data/sources/a.txt', 'text/plain; charset=utf-8'],
    ['/data/observations.csv', 'text/csv; charset=utf-8'],
    ['/data/sources/b.txt?x=1', 'text/plain; charset=gbk'], // a charset already said is left as it is
    ['/data/index.json', 'application/json'],
  ])('%s → %s', async (path, type) => {
    const r = await fetch(base + path);
    expect(r.headers.get('content-type')).toBe(type);
    await r.arrayBuffer();
  });
});
