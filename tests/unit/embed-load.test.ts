import { describe, expect, test } from 'vitest';
import { loadSlice, slicePath } from '../../src/embed/load';
import { slice } from '../e2e/fixtures/slice';

const respond = (status: number, body: string, type = 'application/json') =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as unknown as typeof fetch;

describe('slicePath', () => {
  test('one file per region and indicator, relative to the embed page', () => {
    expect(slicePath('yicheng', 'gdp')).toBe('./data/slices/yicheng--gdp.json');
  });
});

describe('loadSlice', () => {
  test.each([
    { name: 'a slice', fetcher: respond(200, JSON.stringify(slice)), expected: 'ok' },
    { name: '404', fetcher: respond(404, 'not found', 'text/plain'), expected: 'not_found' },
    { name: 'an HTML fallback page', fetcher: respond(200, '<!doctype html>', 'text/html; charset=utf-8'), expected: 'not_found' },
    { name: 'a server error', fetcher: respond(500, ''), expected: 'error' },
    { name: 'JSON that is not a slice', fetcher: respond(200, '{"a":1}'), expected: 'error' },
    { name: 'broken JSON', fetcher: respond(200, '{'), expected: 'error' },
    {
      name: 'a network failure',
      fetcher: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
      expected: 'error',
    },
  ])('$name → $expected', async ({ fetcher, expected }) => {
    expect((await loadSlice('zhumadian', 'gdp', fetcher)).status).toBe(expected);
  });
});
