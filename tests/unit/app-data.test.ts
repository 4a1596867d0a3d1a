import { describe, expect, it } from 'vitest';
import { loadDataset, loadSlice, loadSource, sliceUrl, sourceUrl } from '../../src/lib/data';
import { DATASET, GDP_SLICE } from '../fixtures/dataset';

const respond = (status: number, body: unknown) =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('loadDataset', () => {
  const cases = [
    { name: 'a dataset', fetcher: respond(200, DATASET), ok: true },
    { name: 'HTTP error', fetcher: respond(503, 'down'), ok: false, error: 'HTTP 503' },
    { name: 'not JSON', fetcher: respond(200, '<html>'), ok: false },
    { name: 'wrong shape', fetcher: respond(200, { hello: 1 }), ok: false, error: 'not a dataset' },
    { name: 'other schema', fetcher: respond(200, { ...DATASET, schema_version: 99 }), ok: false, error: 'schema 99' },
    { name: 'network failure', fetcher: (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch, ok: false, error: 'Failed to fetch' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await loadDataset(c.fetcher);
      expect(r.ok).toBe(c.ok);
      if (!r.ok && c.error) expect(r.error).toContain(c.error);
    });
  }
});

describe('sources', () => {
  it('accepts only plain file names', () => {
    expect(sourceUrl('000_bbb7e12bb1a91af9.txt')).toBe('./data/sources/000_bbb7e12bb1a91af9.txt');
    expect(sourceUrl('../secret.txt')).toBeNull();
    expect(sourceUrl('x.html')).toBeNull();
  });
  it('loads a source once and retries after a failure', async () => {
    let calls = 0;
    const fetcher = (async () => {
      calls++;
      return calls === 1 ? new Response('', { status: 500 }) : new Response('全文');
    }) as unknown as typeof fetch;
    expect((await loadSource('t1.txt', fetcher)).ok).toBe(false);
    expect(await loadSource('t1.txt', fetcher)).toEqual({ ok: true, data: '全文' });
    expect(await loadSource('t1.txt', fetcher)).toEqual({ ok: true, data: '全文' });
    expect(calls).toBe(2);
  });
});

describe('loadSlice', () => {
  it('builds slice URLs from valid ids only', () => {
    expect(sliceUrl('zhumadian', 'gdp')).toBe('./data/slices/zhumadian--gdp.json');
    expect(sliceUrl('yicheng', '../x')).toBeNull();
  });
  const cases = [
    { name: 'the slice asked for', fetcher: respond(200, GDP_SLICE), id: 'gdp', ok: true },
    { name: 'another indicator’s slice', fetcher: respond(200, GDP_SLICE), id: 'cpi', ok: false },
    { name: 'missing', fetcher: respond(404, ''), id: 'gdp', ok: false },
    { name: 'bad id, no request', fetcher: (async () => { throw new Error('fetched'); }) as unknown as typeof fetch, id: '<img>', ok: false },
  ];
  for (const c of cases) it(c.name, async () => expect((await loadSlice('zhumadian', c.id, c.fetcher)).ok).toBe(c.ok));
});
