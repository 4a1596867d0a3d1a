// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Notice from '../../src/components/app/Notice.svelte';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import SourcePanel from '../../src/components/source/SourcePanel.svelte';
import { sourceContext } from '../../src/lib/source-context';
import type { Dataset, Observation } from '../../src/lib/types';
import { DATASET, SOURCE_TEXT } from '../fixtures/dataset';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Notice', () => {
  it('shows rejected parameters as text, never as HTML', () => {
    const { container } = render(Notice, {
      rejected: [{ param: 'indicator', raw: '<img src=x onerror=alert(1)>' }, { param: 'zzz', raw: '' }],
      lang: 'en',
      ondismiss: () => {},
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('indicator=<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('zzz');
  });
});

/** A stand-in for the app's navigation: links point nowhere, `go` is recorded. */
const go = vi.fn();
const context = new Map([[NAV_KEY, { href: () => '#', go }]]);

describe('SourcePanel', () => {
  const start = SOURCE_TEXT.indexOf('3342.7');
  const base = DATASET.observations.find((o) => o.indicator_id === 'gdp' && o.unit === '亿元')!;
  const obs = { ...base, source_start: start, source_end: start + 6, value_text: '3342.7', quote: '<b>全年生产总值 3342.7 亿元</b>' };
  const dataset: Dataset = { ...DATASET, observations: [obs, ...DATASET.observations.filter((o) => o.id !== obs.id)] };
  const open = (o: Observation, data: Dataset = dataset, lang: 'zh' | 'en' = 'en') => {
    const ctx = sourceContext([{ ...data, observations: [o, ...data.observations.filter((x) => x.id !== o.id)] }], o.id);
    return render(SourcePanel, { props: { context: ctx, failure: null, lang, onclose: () => {}, onretry: () => {} }, context });
  };
  const text = (body: string, type = 'text/plain; charset=utf-8', status = 200) => async () => new Response(body, { status, headers: { 'content-type': type } });

  it('highlights the figure in its sentence, with document, date and line', async () => {
    vi.stubGlobal('fetch', text(SOURCE_TEXT));
    open(obs);
    await waitFor(() => expect(screen.getByTestId('source-mark').textContent).toBe('3342.7'));
    expect(screen.getByText('Zhumadian Government Work Report 2025')).toBeTruthy();
    expect(screen.getByTestId('source-line').textContent).toBe(String(obs.source_line));
    expect(document.body.textContent).toContain('21 Feb 2025');
  });

  it('links the figure to its place in the whole text (the source view)', () => {
    vi.stubGlobal('fetch', text(SOURCE_TEXT));
    const href = vi.fn(() => '#');
    const ctx = sourceContext([dataset], obs.id);
    render(SourcePanel, { props: { context: ctx, failure: null, lang: 'en', onclose: () => {}, onretry: () => {} }, context: new Map([[NAV_KEY, { href, go }]]) });
    screen.getByRole('link', { name: 'Show in the full text' });
    expect(href).toHaveBeenCalledWith({ view: 'source', doc: obs.document_id, obs: obs.id, source: '' });
  });

  const refused = [
    { name: 'a missing file', file: 'missing.txt', fetch: text('', 'text/plain', 404), says: 'HTTP 404' },
    { name: 'an HTML error page served as the source', file: 'html-page.txt', fetch: text('<!doctype html><title>502</title><h1>Bad gateway</h1>', 'text/html'), says: 'HTML' },
    { name: 'an HTML page served as text/plain', file: 'html-plain.txt', fetch: text('<html><body>oops</body></html>'), says: 'HTML' },
    { name: 'JSON served as the source', file: 'json.txt', fetch: text('{"a":1}', 'application/json'), says: 'not text/plain' },
    { name: 'a text that does not hold the figure', file: 'other-text.txt', fetch: text('完全不同的一段文字。'.repeat(40)), says: 'does not match' },
  ];
  it.each(refused)('shows the quote, as text, never the body, for $name', async ({ file, fetch, says }) => {
    vi.stubGlobal('fetch', fetch);
    const { container } = open({ ...obs, source_file: file });
    await waitFor(() => expect(screen.getByTestId('source-error')).toBeTruthy());
    expect(screen.getByTestId('source-error').textContent).toContain(says);
    expect(container.querySelector('blockquote')!.textContent).toBe(obs.quote);
    expect(container.querySelector('blockquote b, h1, title')).toBeNull();
    expect(container.textContent).not.toMatch(/Bad gateway|oops/);
    expect(container.querySelector('mark')).toBeNull();
  });

  it('shows a load failure with a retry when the data holding the figure could not be loaded', async () => {
    const onretry = vi.fn();
    render(SourcePanel, {
      props: { context: null, failure: { ok: false, kind: 'html', error: 'a web page (HTML) instead of JSON: ./data/dataset.json' }, lang: 'en', onclose: () => {}, onretry },
      context,
    });
    expect(screen.getByRole('alert').textContent).toContain('A web page (perhaps an error page) arrived instead of the data.');
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(onretry).toHaveBeenCalledOnce();
  });

  it('labels a derived figure and names the rows it is computed from, with their quotes', async () => {
    vi.stubGlobal('fetch', text(SOURCE_TEXT));
    const from = DATASET.observations.filter((o) => o.indicator_id === 'gdp' && o.kind === 'actual').slice(0, 2);
    open({ ...obs, derived: true, derived_from: from.map((o) => o.id).join(' ') }, dataset, 'zh');
    expect(screen.getByTestId('derived').textContent).toBe('推算');
    for (const o of from) expect(document.body.textContent).toContain(o.quote);
  });

  it('gives the reason of a target that is not assessed, and the rule', () => {
    vi.stubGlobal('fetch', text(SOURCE_TEXT));
    const pair = DATASET.pairs.find((p) => p.status === 'not_assessable')!;
    const target = DATASET.observations.find((o) => o.id === pair.target_id)!;
    const data = { ...DATASET, pairs: DATASET.pairs.map((p) => (p === pair ? { ...p, reason: 'not_stated' as const, rule: 'not_stated' } : p)) };
    open(target, data);
    expect(document.body.textContent).toContain('not assessable');
    expect(document.body.textContent).toContain('the review states no figure for this measure');
    expect(document.body.textContent).toContain('the review states no figure of the same measure: not assessable');
  });
});
