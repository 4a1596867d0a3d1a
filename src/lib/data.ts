/** Loading the dataset and source texts (relative URLs: the app is served from any folder). */
import { SCHEMA_VERSION, type Dataset } from './types';

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
