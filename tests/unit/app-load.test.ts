/**
 * The one loader and its checks, against hostile payloads: whatever arrives — an error page, a
 * file cut short, null rows, a missing list, another schema, numbers as text, unknown statuses,
 * bytes that are not UTF-8, no answer at all — the result names the failure and nothing throws.
 * Good payloads are the real files of the build.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { documentPartUrl, isMissing, loadDataset, loadDocumentPart, loadIndex, loadIndicators, loadJson, loadPart, loadSlice, loadSource, sliceUrl, sourceUrl, type FailureKind } from '../../src/lib/load';
import { checkDataset, checkIndex, checkIndicators, checkPart, checkSlice } from '../../src/lib/schema';

const { files } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const json = (path: string) => JSON.parse(String(files.get(path))) as Record<string, unknown>;
const GOOD = {
  index: json('index.json'),
  indicators: json('indicators.zh.json'),
  part: json('views/scorecard.json'),
  dataset: json('dataset.json'),
  slice: json('slices/zhumadian--gdp.json'),
};

type Body = string | Uint8Array;
/** A fetch that answers every request with `body`. */
const respond = (body: Body, { status = 200, type = 'application/json; charset=utf-8' } = {}) =>
  (async () => new Response(body as BodyInit, { status, headers: type ? { 'content-type': type } : {} })) as unknown as typeof fetch;
const throws = (e: unknown) => (async () => Promise.reject(e)) as unknown as typeof fetch;
const never = (() => new Promise<Response>(() => {})) as unknown as typeof fetch;

/** A deep copy of `value` with `edit` applied. */
function edited<T>(value: T, edit: (v: any) => void): string {
  const copy = structuredClone(value);
  edit(copy);
  return JSON.stringify(copy);
}

describe('loadJson refuses what is not the file it should be', () => {
  const cases: { name: string; fetcher: typeof fetch; kind: FailureKind; says?: string }[] = [
    { name: 'HTTP 404', fetcher: respond('not found', { status: 404, type: 'text/plain' }), kind: 'http', says: 'HTTP 404' },
    { name: 'HTTP 503', fetcher: respond('down', { status: 503, type: 'text/plain' }), kind: 'http', says: 'HTTP 503' },
    { name: 'a network failure', fetcher: throws(new TypeError('Failed to fetch')), kind: 'network', says: 'Failed to fetch' },
    { name: 'an HTML error page (text/html)', fetcher: respond('<!doctype html><h1>502 Bad Gateway</h1>', { type: 'text/html' }), kind: 'html' },
    { name: 'an HTML page served as JSON', fetcher: respond('<html><body>Sorry</body></html>'), kind: 'html' },
    { name: 'an HTML fallback index.html', fetcher: respond('\n  <!DOCTYPE html>\n<html lang="zh-Hans">', { type: '' }), kind: 'html' },
    { name: 'an empty body', fetcher: respond(''), kind: 'not_json' },
    { name: 'JSON cut short', fetcher: respond(JSON.stringify(GOOD.part).slice(0, 500)), kind: 'not_json' },
    { name: 'bytes that are not UTF-8 (GBK)', fetcher: respond(new Uint8Array([0x7b, 0xc4, 0xe3, 0xba, 0xc3, 0x7d])), kind: 'not_text' },
    { name: 'JSON null', fetcher: respond('null'), kind: 'shape', says: 'found null' },
    { name: 'a JSON list', fetcher: respond('[]'), kind: 'shape', says: 'found a list' },
    { name: 'no schema_version', fetcher: respond('{"observations":[]}'), kind: 'shape', says: 'schema_version missing' },
    { name: 'another schema', fetcher: respond(edited(GOOD.part, (v) => (v.schema_version = 3))), kind: 'shape', says: 'schema_version number 3' },
    { name: 'the schema version as text', fetcher: respond(edited(GOOD.part, (v) => (v.schema_version = '2'))), kind: 'shape', says: 'schema_version "2"' },
    { name: 'a null row', fetcher: respond(edited(GOOD.part, (v) => v.observations.splice(3, 0, null))), kind: 'shape', says: 'observations[3]: expected an object, found null' },
    { name: 'missing pairs', fetcher: respond(edited(GOOD.part, (v) => delete v.pairs)), kind: 'shape', says: 'pairs: missing' },
    { name: 'pairs as an object', fetcher: respond(edited(GOOD.part, (v) => (v.pairs = {}))), kind: 'shape', says: 'pairs: expected a list' },
    { name: 'a value as text', fetcher: respond(edited(GOOD.part, (v) => (v.observations[0].value = '6.5'))), kind: 'shape', says: 'observations[0].value: expected a number or null, found "6.5"' },
    { name: 'an infinite value', fetcher: respond(JSON.stringify(GOOD.part).replace(/"value":[0-9.]+/, '"value":1e999')), kind: 'shape', says: '.value: expected a number or null' },
    { name: 'an unknown status', fetcher: respond(edited(GOOD.part, (v) => (v.pairs[0].status = 'done'))), kind: 'shape', says: 'pairs[0].status: unknown value "done"' },
    { name: 'an unknown reason', fetcher: respond(edited(GOOD.part, (v) => (v.pairs[0].reason = 'because'))), kind: 'shape', says: 'pairs[0].reason' },
    { name: 'a missing quote', fetcher: respond(edited(GOOD.part, (v) => delete v.observations[1].quote)), kind: 'shape', says: 'observations[1].quote: missing' },
    { name: 'a null indicator list', fetcher: respond(edited(GOOD.part, (v) => (v.indicators = null))), kind: 'shape', says: 'indicators: expected a list, found null' },
    { name: 'a caveat that breaks nothing as text', fetcher: respond(edited(GOOD.part, (v) => (v.caveats = [{ id: 'c', breaks_comparison: 'no' }]))), kind: 'shape', says: 'caveats[0]' },
  ];
  it.each(cases)('$name → $kind', async ({ fetcher, kind, says }) => {
    const r = await loadJson(checkPart, './data/views/scorecard.json', { fetcher });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe(kind);
    expect(r.error).toContain('./data/views/scorecard.json');
    if (says) expect(r.error).toContain(says);
  });

  it('gives up after the timeout when no answer comes', async () => {
    const r = await loadJson(checkPart, './data/views/scorecard.json', { fetcher: never, timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('reads a file with a byte-order mark', async () => {
    const r = await loadJson(checkPart, 'x.json', { fetcher: respond(`\uFEFF${JSON.stringify(GOOD.part)}`) });
    expect(r.ok).toBe(true);
  });
});

describe('every file of the build passes its own check, and only its own', () => {
  const checks = { index: checkIndex, indicators: checkIndicators, part: checkPart, dataset: checkDataset, slice: checkSlice };
  const kinds = Object.keys(checks) as (keyof typeof checks)[];
  // The whole dataset holds everything an index and a part hold (extra fields are allowed).
  const superset = (kind: string, other: string) => other === 'dataset' && (kind === 'part' || kind === 'index');
  it.each(kinds)('%s', (kind) => {
    expect(checks[kind](GOOD[kind])).toMatchObject({ ok: true });
    for (const other of kinds.filter((k) => k !== kind && !superset(kind, k))) {
      expect(checks[kind](GOOD[other]).ok, `${other} read as ${kind}`).toBe(false);
    }
  });
});

describe('the loaders', () => {
  it('load the index, the lists, a part and the dataset through the same checks', async () => {
    expect((await loadIndex({ fetcher: respond(JSON.stringify(GOOD.index)) })).ok).toBe(true);
    expect((await loadPart('scorecard', { fetcher: respond(JSON.stringify(GOOD.part)) })).ok).toBe(true);
    expect((await loadDataset({ fetcher: respond(JSON.stringify(GOOD.dataset)) })).ok).toBe(true);
    expect((await loadIndex({ fetcher: respond(JSON.stringify(GOOD.part)) })).ok).toBe(false);
  });

  it('refuse the lists of the other language', async () => {
    expect((await loadIndicators('zh', { fetcher: respond(JSON.stringify(GOOD.indicators)) })).ok).toBe(true);
    expect(await loadIndicators('en', { fetcher: respond(JSON.stringify(GOOD.indicators)) })).toMatchObject({ ok: false, kind: 'mismatch' });
  });

  it('refuse another chart’s slice, and ask for no file with a malformed id', async () => {
    expect((await loadSlice('zhumadian', 'gdp', { fetcher: respond(JSON.stringify(GOOD.slice)) })).ok).toBe(true);
    expect(await loadSlice('zhumadian', 'cpi', { fetcher: respond(JSON.stringify(GOOD.slice)) })).toMatchObject({ ok: false, kind: 'mismatch' });
    expect(await loadSlice('zhumadian', '../x', { fetcher: throws(new Error('fetched')) })).toMatchObject({ ok: false, kind: 'bad_name' });
    expect(await loadSlice('<b>', 'gdp', { fetcher: throws(new Error('fetched')) })).toMatchObject({ ok: false, kind: 'bad_name' });
  });

  it('load a document’s part; refuse a part of another document, and ask for no file with a malformed id', async () => {
    const part = String(files.get('views/documents/zmd-gwr-2025.json'));
    const r = await loadDocumentPart('zmd-gwr-2025', { fetcher: respond(part) });
    expect(r.ok && r.data.observations.some((o) => o.document_id === 'zmd-gwr-2025')).toBe(true);
    expect(await loadDocumentPart('zmd-gwr-2024', { fetcher: respond(part) })).toMatchObject({ ok: false, kind: 'mismatch', error: expect.stringContaining('holds zmd-gwr-2025') });
    expect(await loadDocumentPart('zmd-gwr-2025', { fetcher: respond(String(files.get('views/scorecard.json'))) })).toMatchObject({ ok: false, kind: 'shape', error: expect.stringContaining('document_id: missing') });
    expect((await loadDocumentPart('zmd-housing-2023', { fetcher: respond(String(files.get('views/documents/zmd-housing-2023.json'))) })).ok).toBe(true);
    expect(await loadDocumentPart('../index', { fetcher: throws(new Error('fetched')) })).toMatchObject({ ok: false, kind: 'bad_name' });
    expect(await loadDocumentPart('zmd-gwr-2025', { fetcher: respond('<!doctype html><h1>502</h1>', { type: 'text/html' }) })).toMatchObject({ ok: false, kind: 'html' });
    expect(documentPartUrl('zmd-gwr-2025')).toBe('./data/views/documents/zmd-gwr-2025.json');
  });

  it.each([
    { name: 'a 404', r: { ok: false, kind: 'http', status: 404, error: '' } as const, missing: true },
    { name: 'an HTML page', r: { ok: false, kind: 'html', error: '' } as const, missing: true },
    { name: 'a 500', r: { ok: false, kind: 'http', status: 500, error: '' } as const, missing: false },
    { name: 'a bad shape', r: { ok: false, kind: 'shape', error: '' } as const, missing: false },
  ])('isMissing: $name → $missing', ({ r, missing }) => expect(isMissing(r)).toBe(missing));

  it('build file URLs from well-formed names only', () => {
    expect(sliceUrl('zhumadian', 'gdp')).toBe('./data/slices/zhumadian--gdp.json');
    expect(sliceUrl('yicheng', '../x')).toBeNull();
    expect(sourceUrl('000_bbb7e12bb1a91af9.txt')).toBe('./data/sources/000_bbb7e12bb1a91af9.txt');
    expect(sourceUrl('../secret.txt')).toBeNull();
    expect(sourceUrl('x.html')).toBeNull();
  });
});

describe('loadSource shows only text', () => {
  const cases: { name: string; file: string; fetcher: typeof fetch; kind: FailureKind | 'ok' }[] = [
    { name: 'UTF-8 plain text', file: 's-ok.txt', fetcher: respond('全年生产总值 3342.7 亿元', { type: 'text/plain' }), kind: 'ok' },
    { name: 'plain text without a charset', file: 's-nocharset.txt', fetcher: respond('增长 6.1%', { type: 'text/plain' }), kind: 'ok' },
    { name: 'an HTML error page', file: 's-html.txt', fetcher: respond('<!doctype html><title>404</title>', { type: 'text/html' }), kind: 'html' },
    { name: 'HTML served as text/plain', file: 's-html-plain.txt', fetcher: respond('<html><body>x</body></html>', { type: 'text/plain' }), kind: 'html' },
    { name: 'JSON', file: 's-json.txt', fetcher: respond('{"a":1}'), kind: 'not_text' },
    { name: 'GBK bytes', file: 's-gbk.txt', fetcher: respond(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), { type: 'text/plain' }), kind: 'not_text' },
    { name: 'binary with NUL bytes', file: 's-bin.txt', fetcher: respond(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { type: 'text/plain' }), kind: 'not_text' },
    { name: 'a 404', file: 's-404.txt', fetcher: respond('', { status: 404, type: 'text/plain' }), kind: 'http' },
  ];
  it.each(cases)('$name → $kind', async ({ file, fetcher, kind }) => {
    const r = await loadSource(file, { fetcher });
    expect(r.ok ? 'ok' : r.kind).toBe(kind);
  });

  it('fetches a source once, and again after a failure', async () => {
    let calls = 0;
    const fetcher = (async () => {
      calls++;
      return calls === 1 ? new Response('', { status: 500 }) : new Response('全文', { headers: { 'content-type': 'text/plain' } });
    }) as unknown as typeof fetch;
    expect((await loadSource('t1.txt', { fetcher })).ok).toBe(false);
    expect(await loadSource('t1.txt', { fetcher })).toEqual({ ok: true, data: '全文' });
    expect(await loadSource('t1.txt', { fetcher })).toEqual({ ok: true, data: '全文' });
    expect(calls).toBe(2);
  });
});
