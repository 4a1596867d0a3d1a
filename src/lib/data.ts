/** Loading the dataset and source texts (relative URLs: the app is served from any folder). */
import { SCHEMA_VERSION, type Dataset, type Region, type Slice } from './types';

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: string };

export const DATASET_URL = './data/dataset.json';

/** Fetch and check the dataset; never throws. */
export async function loadDataset(fetcher: typeof fetch = fetch, url = DATASET_URL): Promise<Loaded<Dataset>> {
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, error: `HTTP ${res.status} ${url}` };
    const data = (await res.json()) as Dataset;
    if (!data || !Array.isArray(data.observations) || !Array.isArray(data.indicators)) {
      return { ok: false, error: `${url}: not a dataset` };
    }
    if (data.schema_version !== SCHEMA_VERSION) {
      return { ok: false, error: `${url}: schema ${data.schema_version}, expected ${SCHEMA_VERSION}` };
    }
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** URL of a verbatim source file (file names come from the dataset; only safe names pass). */
export function sourceUrl(file: string): string | null {
  return /^[A-Za-z0-9_.-]+\.txt$/.test(file) ? `./data/sources/${file}` : null;
}

const cache = new Map<string, Promise<Loaded<string>>>();

/** Fetch a source text once per session. */
export function loadSource(file: string, fetcher: typeof fetch = fetch): Promise<Loaded<string>> {
  const url = sourceUrl(file);
  if (!url) return Promise.resolve({ ok: false, error: `bad file name ${file}` });
  let p = cache.get(url);
  if (!p) {
    p = fetcher(url)
      .then(async (res): Promise<Loaded<string>> => (res.ok ? { ok: true, data: await res.text() } : { ok: false, error: `HTTP ${res.status}` }))
      .catch((e: unknown) => ({ ok: false, error: String(e) }));
    p.then((r) => {
      if (!r.ok) cache.delete(url);
    });
    cache.set(url, p);
  }
  return p;
}

/** URL of one chart's slice (ids as validated by the URL state; others → null). */
export function sliceUrl(region: Region, indicatorId: string): string | null {
  return /^[a-z0-9][a-z0-9_]{0,63}$/.test(indicatorId) ? `./data/slices/${region}--${indicatorId}.json` : null;
}

/**
 * Fetch one slice (a few KB), so an indicator link can draw its chart before the whole dataset
 * has arrived and been parsed; never throws.
 */
export async function loadSlice(region: Region, indicatorId: string, fetcher: typeof fetch = fetch): Promise<Loaded<Slice>> {
  const url = sliceUrl(region, indicatorId);
  if (!url) return { ok: false, error: `bad indicator id ${indicatorId}` };
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, error: `HTTP ${res.status} ${url}` };
    const data = (await res.json()) as Slice;
    if (data?.schema_version !== SCHEMA_VERSION || !Array.isArray(data.observations) || data.indicator?.id !== indicatorId) {
      return { ok: false, error: `${url}: not a slice of this schema` };
    }
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
