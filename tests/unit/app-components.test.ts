// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Notice from '../../src/components/app/Notice.svelte';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import SourcePanel from '../../src/components/source/SourcePanel.svelte';
import { sourceContext } from '../../src/lib/source-context';
import { ruleText } from '../../src/lib/attainment';
import { formatDate } from '../../src/lib/format';
import { t } from '../../src/lib/i18n';
import { reasonWords, statusWord } from '../../src/lib/status';
import type { Dataset, Observation } from '../../src/lib/types';
import * as W from '../../src/lib/words';
import { realDataset } from '../fixtures/real-slices';
import { sourceText } from '../fixtures/real-views';

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
  const data = realDataset();
  /** A figure a work report states in its review, on one line of its seed. */
  const stated = data.observations.find(
    (o) => o.kind === 'actual' && o.section === 'review_headline' && o.catalogued && !o.derived && !o.caveats && !sourceText(o.source_file).slice(o.source_start, o.source_end).includes('\n'),
  )!;
  const doc = data.documents.find((d) => d.id === stated.document_id)!;
  const open = (o: Observation, lang: 'zh' | 'en' = 'en', d: Dataset = data) => {
    const ctx = sourceContext([{ ...d, observations: [o, ...d.observations.filter((x) => x.id !== o.id)] }], o.id);
    return render(SourcePanel, { props: { context: ctx, failure: null, lang, onclose: () => {}, onretry: () => {} }, context });
  };
  const text = (body: string, type = 'text/plain; charset=utf-8', status = 200) => async () => new Response(body, { status, headers: { 'content-type': type } });
  const seed = (o: Observation) => text(sourceText(o.source_file));

  it('highlights the figure in its sentence, with document, date and line', async () => {
    vi.stubGlobal('fetch', seed(stated));
    open(stated);
    await waitFor(() => expect(screen.getByTestId('source-mark').textContent).toBe(stated.value_text));
    expect(screen.getByText(doc.title_en)).toBeTruthy();
    expect(screen.getByTestId('source-line').textContent).toBe(String(stated.source_line));
    expect(document.body.textContent).toContain(formatDate(doc.delivered, 'en'));
    expect(screen.getByTestId('source-panel').querySelector('blockquote')!.textContent).toContain(stated.quote);
  });

  it('links the figure to its place in the whole text (the source view)', () => {
    vi.stubGlobal('fetch', seed(stated));
    const href = vi.fn(() => '#');
    const ctx = sourceContext([data], stated.id);
    render(SourcePanel, { props: { context: ctx, failure: null, lang: 'en', onclose: () => {}, onretry: () => {} }, context: new Map([[NAV_KEY, { href, go }]]) });
    screen.getByRole('link', { name: 'Show in the full text' });
    expect(href).toHaveBeenCalledWith({ view: 'source', doc: stated.document_id, obs: stated.id, source: '' });
  });

  // The seeds hold no markup: a quote made hostile here must still be shown as text.
  const hostile = { ...stated, quote: `<b>${stated.quote}</b>` };
  const refused = [
    { name: 'a missing file', file: 'missing.txt', fetch: text('', 'text/plain', 404), says: 'HTTP 404' },
    { name: 'an HTML error page served as the source', file: 'html-page.txt', fetch: text('<!doctype html><title>502</title><h1>Bad gateway</h1>', 'text/html'), says: 'HTML' },
    { name: 'an HTML page served as text/plain', file: 'html-plain.txt', fetch: text('<html><body>oops</body></html>'), says: 'HTML' },
    { name: 'JSON served as the source', file: 'json.txt', fetch: text('{"a":1}', 'application/json'), says: 'not text/plain' },
    { name: 'a text that does not hold the figure', file: 'other-text.txt', fetch: text('完全不同的一段文字。'.repeat(40)), says: 'does not match' },
  ];
  it.each(refused)('shows the quote, as text, never the body, for $name', async ({ file, fetch, says }) => {
    vi.stubGlobal('fetch', fetch);
    const { container } = open({ ...hostile, source_file: file });
    await waitFor(() => expect(screen.getByTestId('source-error')).toBeTruthy());
    expect(screen.getByTestId('source-error').textContent).toContain(says);
    expect(container.querySelector('blockquote')!.textContent).toBe(hostile.quote);
    expect(container.querySelector('blockquote b, h1, title')).toBeNull();
    expect(container.textContent).not.toMatch(/Bad gateway|oops/);
    expect(container.querySelector('mark')).toBeNull();
  });

  it('offers a retry when the source text could not be loaded, and shows the figure once it loads', async () => {
    const answers = [text('', 'text/plain', 503), seed(stated)];
    vi.stubGlobal('fetch', vi.fn(() => answers.shift()!()));
    open({ ...stated, source_file: 'retry.txt' });
    await waitFor(() => expect(screen.getByTestId('source-error').textContent).toContain('HTTP 503'));
    screen.getByRole('button', { name: 'Retry' }).click();
    await waitFor(() => expect(screen.getByTestId('source-mark').textContent).toBe(stated.value_text));
    expect(answers).toEqual([]);
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

  it('labels a derived figure and names the rows it is computed from, with their quotes', () => {
    const derived = data.observations.find((o) => o.derived && o.derived_from)!;
    const from = derived.derived_from.split(' ').map((id) => data.observations.find((o) => o.id === id)!);
    expect(from.length).toBeGreaterThan(0);
    vi.stubGlobal('fetch', seed(derived));
    open(derived, 'zh');
    expect(screen.getByTestId('derived').textContent).toBe('推算');
    for (const o of from) expect(document.body.textContent).toContain(o.quote);
  });

  /** For each reason the build gives for not judging a target, one target that has it. */
  const reasons = [...new Set(data.pairs.map((p) => p.reason).filter(Boolean))].map((reason) => data.pairs.find((p) => p.reason === reason)!);
  it('the build gives targets more than one reason not to judge them, among them a different measure', () => {
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons.map((p) => p.reason)).toContain('different_measure');
  });
  it.each(reasons.map((pair) => ({ reason: pair.reason, pair })))('gives the reason of a target not judged ($reason), and the rule', ({ pair }) => {
    const target = data.observations.find((o) => o.id === pair.target_id)!;
    vi.stubGlobal('fetch', seed(target));
    open(target);
    expect(document.querySelectorAll('[data-testid="source-panel"]')).toHaveLength(1);
    const shown = document.body.textContent!;
    expect(shown).toContain(statusWord(pair.status, 'en'));
    expect(shown).toContain(reasonWords(pair, 'en'));
    expect(shown).toContain(ruleText(pair.rule)!.en);
    if (pair.related_actual_id) {
      const related = data.observations.find((o) => o.id === pair.related_actual_id)!;
      expect(shown).toContain(`${t('en', W.relatedActual)}: ${related.indicator_en}`);
    }
  });
  it('says in words why a target without a stated outcome is not assessed', () => {
    const pair = data.pairs.find((p) => p.status === 'not_assessable' && p.reason === 'not_stated')!;
    vi.stubGlobal('fetch', seed(data.observations.find((o) => o.id === pair.target_id)!));
    open(data.observations.find((o) => o.id === pair.target_id)!);
    expect(document.body.textContent).toContain('not assessable');
    expect(document.body.textContent).toContain('the review states no figure for this measure');
  });
});
