/**
 * What the app has loaded, file by file: the index, the views' parts, slices and (for the data
 * view only) the whole dataset. Each file is fetched once, when a view first needs it, through the
 * one checked loader (lib/load.ts); a failure stays until `retry`. Components get it from context
 * (`useStore()`).
 */
import { getContext, setContext } from 'svelte';
import { loadDataset, loadDocumentPart, loadIndex, loadIndicators, loadPart, loadSlice, type Loaded } from '../../lib/load';
import type { DataIndex, Dataset, DatasetPart, DocumentPart, IndicatorIndex, Lang, Region, ScorecardPart, Slice, ViewPart } from '../../lib/types';
import type { AppState } from '../../lib/url-state';

/** A file the app loads: the index, the indicator lists, a view's part, a document's part, the whole dataset, or one chart's slice. */
export type DataKey = 'index' | `indicators:${Lang}` | 'dataset' | `part:${ViewPart}` | `document:${string}` | `slice:${string}`;

export const sliceKey = (region: Region, indicator: string) => `slice:${region}--${indicator}` as const;

/**
 * The files a screen needs (the source panel finds its figure in these first). The indicator view
 * draws its chart from the slice alone; its pickers' lists (`lists`) are needed once the reader
 * reaches for the pickers, or to tell an unknown indicator from a failed slice.
 */
export function needsOf(app: Pick<AppState, 'view' | 'region' | 'indicator' | 'lang' | 'doc'>, lists = false): DataKey[] {
  switch (app.view) {
    case 'scorecard':
    case 'promises':
    case 'plan':
      return ['index', `part:${app.view}`];
    case 'indicator':
      return lists ? [`indicators:${app.lang}`, sliceKey(app.region, app.indicator)] : [sliceKey(app.region, app.indicator)];
    case 'data':
      return ['index', 'dataset'];
    case 'source':
      return app.doc ? ['index', `document:${app.doc}`] : ['index'];
    default:
      return ['index'];
  }
}

function fetcherOf(key: DataKey): () => Promise<Loaded<unknown>> {
  if (key === 'index') return loadIndex;
  if (key.startsWith('indicators:')) return () => loadIndicators(key.slice(11) as Lang);
  if (key === 'dataset') return loadDataset;
  if (key.startsWith('part:')) return () => loadPart(key.slice(5) as ViewPart);
  if (key.startsWith('document:')) return () => loadDocumentPart(key.slice(9));
  const [region, indicator] = key.slice(6).split('--') as [string, string];
  return () => loadSlice(region, indicator);
}

export class DataStore {
  /** null while loading. Raw state: the data is replaced, never mutated. */
  #entries = $state.raw<Partial<Record<DataKey, Loaded<unknown> | null>>>({});

  /** Start loading `key` unless it is loaded, loading or failed. */
  need(key: DataKey): void {
    if (key in this.#entries) return;
    this.#load(key);
  }

  /** Load `key` again (after a failure). */
  retry(key: DataKey): void {
    this.#load(key);
  }

  #load(key: DataKey): void {
    this.#entries = { ...this.#entries, [key]: null };
    fetcherOf(key)().then((r) => {
      this.#entries = { ...this.#entries, [key]: r };
    });
  }

  /** undefined: not asked for; null: loading. */
  get(key: 'index'): Loaded<DataIndex> | null | undefined;
  get(key: `indicators:${Lang}`): Loaded<IndicatorIndex> | null | undefined;
  get(key: 'dataset'): Loaded<Dataset> | null | undefined;
  get(key: 'part:scorecard'): Loaded<ScorecardPart> | null | undefined;
  get(key: `part:${ViewPart}`): Loaded<DatasetPart> | null | undefined;
  get(key: `document:${string}`): Loaded<DocumentPart> | null | undefined;
  get(key: `slice:${string}`): Loaded<Slice> | null | undefined;
  get(key: DataKey): Loaded<unknown> | null | undefined {
    return this.#entries[key];
  }

  /** Whether every one of `keys` has arrived or failed. */
  settled(keys: readonly DataKey[]): boolean {
    return keys.every((k) => this.#entries[k] !== undefined && this.#entries[k] !== null);
  }

  /** The first failure among `keys`, with its key (for the message and the retry). */
  failure(keys: readonly DataKey[]): { key: DataKey; result: Extract<Loaded<unknown>, { ok: false }> } | null {
    for (const key of keys) {
      const r = this.#entries[key];
      if (r && !r.ok) return { key, result: r };
    }
    return null;
  }

  /** Everything loaded so far that holds observations, the view's own files first. */
  holdings(first: readonly DataKey[]): (Dataset | DatasetPart | Slice)[] {
    const keys = [...first, ...(Object.keys(this.#entries) as DataKey[]).filter((k) => !first.includes(k))];
    return keys
      .filter((k) => k !== 'index' && !k.startsWith('indicators:'))
      .map((k) => this.#entries[k])
      .filter((r): r is { ok: true; data: Dataset | DatasetPart | Slice } => !!r && r.ok)
      .map((r) => r.data);
  }
}

const STORE_KEY = Symbol('store');

export function provideStore(store: DataStore): void {
  setContext(STORE_KEY, store);
}

export function useStore(): DataStore {
  return getContext<DataStore>(STORE_KEY);
}
