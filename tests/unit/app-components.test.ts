// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Notice from '../../src/components/app/Notice.svelte';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import SourcePanel from '../../src/components/source/SourcePanel.svelte';
import type { Dataset } from '../../src/lib/types';
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
  const obs = { ...base, source_start: start, source_end: start + 6, quote: '<b>全年生产总值 3342.7 亿元</b>' };
  const dataset: Dataset = { ...DATASET, observations: [obs] };

  it('highlights the figure in its sentence, with document, date and line', async () => {
    vi.stubGlobal('fetch', async () => new Response(SOURCE_TEXT));
    render(SourcePanel, { props: { dataset, obsId: obs.id, lang: 'en', onclose: () => {} }, context });
    await waitFor(() => expect(screen.getByTestId('source-mark').textContent).toBe('3342.7'));
    expect(screen.getByText('Zhumadian Government Work Report 2025')).toBeTruthy();
    expect(screen.getByTestId('source-line').textContent).toBe(String(obs.source_line));
    expect(document.body.textContent).toContain('21 Feb 2025');
  });

  it('falls back to the quote, as text, when the source cannot be loaded', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { container } = render(SourcePanel, {
      props: { dataset: { ...dataset, observations: [{ ...obs, source_file: 'other.txt' }] }, obsId: obs.id, lang: 'zh', onclose: () => {} },
      context,
    });
    await waitFor(() => expect(container.querySelector('blockquote')).not.toBeNull());
    expect(container.querySelector('blockquote b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe(obs.quote);
  });

  it('says so when the observation is unknown', () => {
    vi.stubGlobal('fetch', async () => new Response(''));
    render(SourcePanel, { props: { dataset, obsId: 'nope', lang: 'en', onclose: () => {} }, context });
    expect(screen.getByText('Observation not found.')).toBeTruthy();
  });
});
