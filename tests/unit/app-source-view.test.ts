// @vitest-environment jsdom
/**
 * The source view in jsdom, on the real build and the real seed texts: the figure marked as
 * written on the line it cites, previous and next in source order (links and keys), a derived
 * figure linked to the rows it is computed from, text never read as HTML, and a source that is
 * not UTF-8 text (or an HTML page) giving the load error with a retry that works.
 */
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import SourceView from '../../src/components/source/SourceView.svelte';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { dataIndex, documentPart } from '../../scripts/build/views.ts';
import { joinPart } from '../../src/lib/parts';
import { documentFigures } from '../../src/lib/source-figures';
import type { Observation } from '../../src/lib/types';
import { appUrl, DEFAULT_STATE, type AppState } from '../../src/lib/url-state';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const index = dataIndex(dataset);
const seed = (file: string) => readFileSync(`seeds/${file}`);

const go = vi.fn();
const context = new Map([[NAV_KEY, { href: (patch: Partial<AppState>) => appUrl({ ...DEFAULT_STATE, ...patch }), go }]]);
const scrolled = vi.fn();

beforeAll(() => {
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(() => {
  vi.unstubAllGlobals();
  go.mockReset();
  scrolled.mockReset();
});

/** A fetch that serves each source file with `body(file)`. */
const serve = (body: (file: string) => BodyInit, type = 'text/plain') =>
  vi.fn(async (url: string) => new Response(body(String(url).split('/').pop()!), { headers: { 'content-type': type } }));

function open(docId: string, obs: Observation | null, lang: 'zh' | 'en' = 'en') {
  const data = joinPart(index, documentPart(dataset, docId));
  const app: AppState = { ...DEFAULT_STATE, view: 'source', lang, doc: docId, obs: obs?.id ?? '' };
  return render(SourceView, { props: { app, index, data }, context });
}

/** The marked figure as shown: the text of every mark, in order. */
const marked = (root: HTMLElement) => [...root.querySelectorAll('mark')].map((m) => m.textContent).join('');
const shown = (s: string) =>
  s
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .join('');

// Each case a file of its own, served broken before any test has loaded it (the loader keeps a text once loaded).
describe('a source that cannot be shown', () => {
  it.each([
    { name: 'bytes that are not UTF-8 (GB18030)', docId: 'zmd-gwr-2024', body: (f: string) => new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, ...seed(f)]), type: 'text/plain', kind: 'not_text' },
    { name: 'an HTML error page', docId: 'zmd-digital-gov-2021', body: () => '<!doctype html><title>502</title><h1>Bad gateway</h1>', type: 'text/html', kind: 'html' },
  ])('$name: the load error with a retry that shows the text', async ({ docId, body, type, kind }) => {
    const doc = dataset.documents.find((d) => d.id === docId)!;
    const obs = documentFigures(dataset.observations, doc.id)[0]!;
    vi.stubGlobal('fetch', serve(body, type));
    const { container } = open(doc.id, obs);
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.failure).toBe(kind);
    expect(alert.textContent).toContain('The source text could not be loaded.');
    expect(container.textContent).not.toContain('Bad gateway');
    expect(container.querySelector('mark, h1 + h1, title')).toBeNull();
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(container.querySelector('mark')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the figure in its document', () => {
  const doc = dataset.documents.find((d) => d.id === 'zmd-gwr-2025')!;
  const text = seed(doc.file).toString('utf8');
  const figures = documentFigures(dataset.observations, doc.id);
  // One figure on one line, one broken across lines.
  const cases = [
    { name: 'a figure on one line', obs: figures.find((o) => !text.slice(o.source_start, o.source_end).includes('\n'))! },
    { name: 'a figure broken across lines', obs: figures.find((o) => text.slice(o.source_start, o.source_end).includes('\n'))! },
  ];

  it.each(cases)('$name: marked as written, on the line it cites, scrolled to', async ({ obs }) => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    const { container } = open(doc.id, obs);
    await waitFor(() => expect(container.querySelector('mark')).not.toBeNull());
    expect(marked(container)).toBe(shown(text.slice(obs.source_start, obs.source_end)));
    const li = container.querySelector('mark')!.closest('li')!;
    expect(Number(li.dataset.line)).toBe(obs.source_line);
    // The number the list shows is the line's: the list's start plus the item's place in it.
    const ol = li.closest('ol')!;
    expect(ol.start + [...ol.children].indexOf(li)).toBe(obs.source_line);
    expect(text.slice(0, obs.source_start).split('\n').length).toBe(obs.source_line);
    expect(screen.getByTestId('figure-where').textContent).toContain(`line ${obs.source_line}`);
    expect(scrolled).toHaveBeenCalled();
    expect(scrolled.mock.contexts.at(-1)).toBe(container.querySelector('mark'));
    // The sentence it was quoted from is marked around it.
    expect(container.querySelectorAll('.quoted').length).toBeGreaterThan(0);
  });

  it('shows the document’s lines, numbered as in its file', async () => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    const { container } = open(doc.id, figures[0]!);
    await waitFor(() => expect(container.querySelector('mark')).not.toBeNull());
    const items = [...container.querySelectorAll<HTMLLIElement>('[data-testid="source-text"] li')];
    expect(items.length).toBe(doc.line_end - doc.line_start + 1);
    expect(Number(items[0]!.dataset.line)).toBe(doc.line_start);
    const lines = text.split('\n');
    for (const li of items.filter((_, i) => i % 97 === 0)) expect(li.textContent).toBe(lines[Number(li.dataset.line) - 1]!.trim() ? lines[Number(li.dataset.line) - 1] : '');
  });

  it('links the previous and next figure in source order; N and P go there', async () => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    const at = 5;
    open(doc.id, figures[at]!);
    const prev = screen.getByRole('link', { name: /Previous figure/ });
    const next = screen.getByRole('link', { name: /Next figure/ });
    expect(new URL(prev.getAttribute('href')!, 'http://x/').searchParams.get('obs')).toBe(figures[at - 1]!.id);
    expect(new URL(next.getAttribute('href')!, 'http://x/').searchParams.get('obs')).toBe(figures[at + 1]!.id);
    expect(screen.getByTestId('figure-where').textContent).toContain(`figure ${at + 1} of ${figures.length}`);
    await fireEvent.keyDown(window, { key: 'n' });
    expect(go).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'source', doc: doc.id, obs: figures[at + 1]!.id }));
    await fireEvent.keyDown(window, { key: 'p' });
    expect(go).toHaveBeenLastCalledWith(expect.objectContaining({ obs: figures[at - 1]!.id }));
    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(go).toHaveBeenCalledTimes(2);
  });

  it('every other figure in the text links to itself; a plain click goes there in the app', async () => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    const at = 7;
    const { container } = open(doc.id, figures[at]!);
    await waitFor(() => expect(container.querySelector('a.figure-link')).not.toBeNull());
    const linkTo = (id: string) => [...container.querySelectorAll<HTMLAnchorElement>('a.figure-link')].find((a) => a.dataset.obs === id);
    const link = linkTo(figures[at + 1]!.id)!;
    expect(link.textContent).toBe(shown(text.slice(figures[at + 1]!.source_start, figures[at + 1]!.source_end)));
    expect(new URL(link.getAttribute('href')!, 'http://x/').searchParams.get('obs')).toBe(figures[at + 1]!.id);
    expect(link.title).toContain(figures[at + 1]!.indicator_en);
    expect(linkTo(figures[at]!.id)).toBeUndefined();
    await fireEvent.click(link);
    expect(go).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'source', doc: doc.id, obs: figures[at + 1]!.id }));
    await fireEvent.click(link, { ctrlKey: true });
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('at the first figure there is no previous one', () => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    open(doc.id, figures[0]!);
    expect(screen.queryByRole('link', { name: /Previous figure/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Next figure/ })).toBeTruthy();
  });

  it('a derived figure: no mark in the text, its inputs linked in their documents', async () => {
    vi.stubGlobal('fetch', serve((f) => seed(f)));
    const derived = dataset.observations.find((o) => o.document_id === doc.id && o.derived)!;
    const { container } = open(doc.id, derived);
    await waitFor(() => expect(container.querySelector('[data-testid="source-text"] li')).not.toBeNull());
    expect(container.querySelector('mark')).toBeNull();
    expect(screen.getByTestId('derived')).toBeTruthy();
    const inputs = derived.derived_from.split(' ');
    const hrefs = [...container.querySelectorAll<HTMLAnchorElement>('.derived-from a')].map((a) => new URL(a.getAttribute('href')!, 'http://x/').searchParams);
    expect(hrefs.map((p) => p.get('obs'))).toEqual(inputs);
    expect(hrefs.map((p) => p.get('doc'))).toEqual(inputs.map((id) => dataset.observations.find((o) => o.id === id)!.document_id));
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('renders the text as text, never as HTML', async () => {
    // A document without figures, one of its lines made hostile.
    const quiet = dataset.documents.find((d) => d.id === 'zmd-housing-2023')!;
    const hostile = (f: string) => {
      const lines = seed(f).toString('utf8').split('\n');
      lines[quiet.line_start + 5] = '<img src=x onerror="alert(1)"><b>bold</b>';
      return lines.join('\n');
    };
    vi.stubGlobal('fetch', serve(hostile));
    const { container } = open(quiet.id, null);
    await waitFor(() => expect(container.textContent).toContain('<img src=x'));
    expect(container.querySelector('img, b')).toBeNull();
  });
});

describe('without a document', () => {
  it('lists the documents, each linked to its text', () => {
    render(SourceView, { props: { app: { ...DEFAULT_STATE, view: 'source', lang: 'zh' }, index, data: null }, context });
    const links = screen.getByTestId('document-list').querySelectorAll('a');
    expect([...links].map((a) => new URL(a.getAttribute('href')!, 'http://x/').searchParams.get('doc'))).toEqual(index.documents.map((d) => d.id));
  });
});
