// @vitest-environment jsdom
/**
 * The promises view rendered with the real build's promises part (the file the app loads): on a
 * phone, cards with the document named once and the filters behind a toggle that counts them; on
 * a wider screen, the table without a document column when grouped by document; departments and
 * deadlines in English.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { dataIndex, promisesPart } from '../../scripts/build/views.ts';
import { NAV_KEY } from '../../src/components/app/navigation.svelte';
import PromisesView from '../../src/components/promises/PromisesView.svelte';
import { joinPart } from '../../src/lib/parts';
import { DEFAULT_STATE, type AppState } from '../../src/lib/url-state';

const { dataset: built } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const dataset = joinPart(dataIndex(built), promisesPart(built));
const CJK = /[\u3400-\u9fff]/;

/** A stand-in for the app's navigation: links point nowhere, `go` is recorded. */
const go = vi.fn();
const context = new Map([[NAV_KEY, { href: () => '#', go, setKnown: () => {} }]]);

/** A window as wide as a phone (matches the phone's media query) or not. */
function screenWidth(phone: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const show = (app: Partial<AppState>) => render(PromisesView, { props: { dataset, app: { ...DEFAULT_STATE, view: 'promises', ...app } }, context });

afterEach(() => {
  vi.unstubAllGlobals();
  go.mockReset();
});

describe('PromisesView on a phone', () => {
  // The whole view with every group: slow in jsdom on a shared machine.
  it('shows cards, at most eight a group until asked for all, each document named once', { timeout: 30_000 }, async () => {
    screenWidth(true);
    const { container } = show({ lang: 'zh' });
    expect(container.querySelector('table')).toBeNull();
    const groups = [...container.querySelectorAll('main h2, section h2')];
    expect(groups.length).toBeGreaterThan(3);
    const cards = container.querySelectorAll('.promise-card');
    expect(cards.length).toBeLessThanOrEqual(groups.length * 8);
    const titles = dataset.documents.map((d) => d.title_zh);
    for (const card of cards) for (const title of titles) expect(card.textContent).not.toContain(title);
    const before = cards.length;
    await fireEvent.click(container.querySelector('button.show-all')!);
    expect(container.querySelectorAll('.promise-card').length).toBeGreaterThan(before);
  });

  it('keeps the filters behind a toggle that says how many are set', async () => {
    screenWidth(true);
    const { container } = show({ lang: 'en', status: 'pending', dept: '市发改委' });
    const toggle = screen.getByRole('button', { name: /Filters \(2 active\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const box = container.querySelector('#promise-filters') as HTMLElement;
    expect(box.hidden).toBe(true);
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(box.hidden).toBe(false);
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('says "Filters" alone when none is set', () => {
    screenWidth(true);
    show({ lang: 'en' });
    expect(screen.getByRole('button', { name: /^Filters\W*$/ })).toBeTruthy();
  });

  it('names the departments and deadlines of the cards in English', () => {
    screenWidth(true);
    const { container } = show({ lang: 'en', dept: '市科技局', group: 'due' });
    const meta = [...container.querySelectorAll('.pc-meta')].map((m) => m.textContent ?? '');
    expect(meta.length).toBeGreaterThan(0);
    for (const m of meta) expect(m).toContain('Municipal Science and Technology Bureau');
    expect(meta.some((m) => m.includes('by the end of'))).toBe(true);
    expect(meta.filter((m) => CJK.test(m))).toEqual([]);
  });
});

describe('PromisesView on a wider screen', () => {
  it('keeps the table; grouped by document it has no document column', () => {
    screenWidth(false);
    const { container } = show({ lang: 'en', doc: 'zmd-digital-gov-2021' });
    expect(container.querySelector('.promise-card')).toBeNull();
    const heads = [...container.querySelector('table.promises thead')!.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(heads).not.toContain('Document');
    expect(container.querySelector('button.filter-toggle')).toBeNull();
    expect((container.querySelector('#promise-filters') as HTMLElement).hidden).toBe(false);
  });

  it('grouped by status, the document is a column again; departments in English in the filter', () => {
    screenWidth(false);
    const { container } = show({ lang: 'en', group: 'status', status: 'missed' });
    const heads = [...container.querySelector('table.promises thead')!.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(heads).toContain('Document');
    const select = container.querySelectorAll('.promise-filters select')[2]!;
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent ?? '');
    expect(options.filter((o) => CJK.test(o))).toEqual([]);
    expect(options.filter((o) => o.startsWith('Municipal Bureau of Agriculture and Rural Affairs'))).toHaveLength(1);
  });
});
