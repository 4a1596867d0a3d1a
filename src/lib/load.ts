/**
 * The one loader of the app and the embed: fetch a data file (relative URL: the site is served
 * from any folder), refuse what is not what it should be — an HTTP error, an HTML page in place
 * of JSON, broken JSON, a file of another schema or shape, a source that is not UTF-8 text —
 * and say which, so the page can show a clear message and a retry. Never throws, never hangs
 * (a timeout ends every request). No DOM.
 */
import { checkDataset, checkDocumentPart, checkIndex, checkIndicators, checkPart, checkScorecardPart, checkSlice, type Checker } from './schema';
import type { DatasetPart, DocumentPart, IndicatorIndex, Lang, Region, ScorecardPart, Slice, ViewPart } from './types';
import { isId, isRegionId, PATTERNS } from './url-state';

/** Why a file could not be used (the interface names each in words: lib/i18n.ts `loadFailure_*`). */
export type FailureKind = 'http' | 'network' | 'timeout' | 'html' | 'not_json' | 'shape' | 'not_text' | 'mismatch' | 'bad_name';

export type Loaded<T> = { ok: true; data: T } | { ok: false; kind: FailureKind; error: string; status?: number };

export interface LoadOptions {
  fetcher?: typeof fetch;
  /** Give up after this many milliseconds (default 30 s). */
  timeoutMs?: number;
}

export const DATA_DIR = './data/';
export const INDEX_URL = `${DATA_DIR}index.json`;
/** URL of the indicator view's lists in `lang`. */
export const indicatorsUrl = (lang: Lang) => `${DATA_DIR}indicators.${lang}.json`;
export const DATASET_URL = `${DATA_DIR}dataset.json`;
const DEFAULT_TIMEOUT = 30_000;

const fail = (kind: FailureKind, error: string, status?: number): Loaded<never> => (status === undefined ? { ok: false, kind, error } : { ok: false, kind, error, status });

/** URL of a view's part. */
export const partUrl = (name: ViewPart) => `${DATA_DIR}views/${name}.json`;

/** URL of a document's part (the source view's rows); null unless the id is well formed (see url-state). */
export function documentPartUrl(docId: string): string | null {
  return PATTERNS.document.test(docId) ? `${DATA_DIR}views/documents/${docId}.json` : null;
}

/** URL of one chart's slice; null unless both ids are well formed (see url-state). */
export function sliceUrl(region: Region, indicatorId: string): string | null {
  return isRegionId(region) && isId(indicatorId) ? `${DATA_DIR}slices/${region}--${indicatorId}.json` : null;
}

/** URL of a verbatim source file (file names come from the data; only plain names pass). */
export function sourceUrl(file: string): string | null {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.txt$/.test(file) ? `${DATA_DIR}sources/${file}` : null;
}

/** Whether a body is an HTML page (a server's error or fallback page) rather than data. */
export function looksLikeHtml(body: string, contentType: string): boolean {
  return /text\/html|application\/xhtml/i.test(contentType) || /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i.test(body);
}

/** Fetch `url` and read its body as bytes, within the timeout; never throws. */
async function fetchBytes(url: string, { fetcher = fetch, timeoutMs = DEFAULT_TIMEOUT }: LoadOptions): Promise<Loaded<{ bytes: Uint8Array; type: string }>> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Loaded<never>>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve(fail('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s: ${url}`));
    }, timeoutMs);
  });
  const request = (async (): Promise<Loaded<{ bytes: Uint8Array; type: string }>> => {
    try {
      const res = await fetcher(url, { signal: abort.signal });
      if (!res.ok) return fail('http', `HTTP ${res.status} ${url}`, res.status);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { ok: true, data: { bytes, type: res.headers.get('content-type') ?? '' } };
    } catch (e) {
      return fail('network', `${e instanceof Error ? e.message : String(e)}: ${url}`);
    }
  })();
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Decode UTF-8 strictly; null when the bytes are not UTF-8 text. */
function utf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

/** Fetch a JSON file and check it with `check` (lib/schema.ts). */
export async function loadJson<T>(check: Checker<T>, url: string, options: LoadOptions = {}): Promise<Loaded<T>> {
  const got = await fetchBytes(url, options);
  if (!got.ok) return got;
  const text = utf8(got.data.bytes);
  if (text === null) return fail('not_text', `not UTF-8 text: ${url}`);
  if (looksLikeHtml(text, got.data.type)) return fail('html', `a web page (HTML) instead of JSON: ${url}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('not_json', `not JSON (${e instanceof Error ? e.message : String(e)}): ${url}`);
  }
  const checked = check(value);
  return checked.ok ? { ok: true, data: checked.value } : fail('shape', `${url}: ${checked.error}`);
}

export const loadIndex = (options?: LoadOptions) => loadJson(checkIndex, INDEX_URL, options);
/** The indicator view's lists in `lang`, checked to be in that language. */
export async function loadIndicators(lang: Lang, options?: LoadOptions): Promise<Loaded<IndicatorIndex>> {
  const r = await loadJson(checkIndicators, indicatorsUrl(lang), options);
  return r.ok && r.data.lang !== lang ? fail('mismatch', `${indicatorsUrl(lang)} is in ${r.data.lang}`) : r;
}
/** A view's part; the scorecard's is checked with its summary. */
export function loadPart(name: 'scorecard', options?: LoadOptions): Promise<Loaded<ScorecardPart>>;
export function loadPart(name: ViewPart, options?: LoadOptions): Promise<Loaded<DatasetPart>>;
export function loadPart(name: ViewPart, options?: LoadOptions): Promise<Loaded<DatasetPart>> {
  return name === 'scorecard' ? loadJson(checkScorecardPart, partUrl(name), options) : loadJson(checkPart, partUrl(name), options);
}
export const loadDataset = (options?: LoadOptions) => loadJson(checkDataset, DATASET_URL, options);

/** A document's part (its rows with the rows, pairs and caveats they cite), checked to be that document's. */
export async function loadDocumentPart(docId: string, options?: LoadOptions): Promise<Loaded<DocumentPart>> {
  const url = documentPartUrl(docId);
  if (!url) return fail('bad_name', `not a document id: ${docId}`);
  const r = await loadJson(checkDocumentPart, url, options);
  return r.ok && r.data.document_id !== docId ? fail('mismatch', `${url} holds ${r.data.document_id}`) : r;
}

/** One chart's slice, checked to be the slice asked for. */
export async function loadSlice(region: Region, indicatorId: string, options?: LoadOptions): Promise<Loaded<Slice>> {
  const url = sliceUrl(region, indicatorId);
  if (!url) return fail('bad_name', `not a region and indicator id: ${region}, ${indicatorId}`);
  const r = await loadJson(checkSlice, url, options);
  if (r.ok && (r.data.region !== region || r.data.indicator.id !== indicatorId)) {
    return fail('mismatch', `${url} holds ${r.data.region}--${r.data.indicator.id}`);
  }
  return r;
}

/** Whether a failure means "no such file" (the embed then falls back to its default chart). */
export function isMissing(r: Loaded<unknown>): boolean {
  return !r.ok && ((r.kind === 'http' && r.status === 404) || r.kind === 'html');
}

const sources = new Map<string, Promise<Loaded<string>>>();

/**
 * A source text, fetched once per session (a failure is forgotten, so a retry fetches again).
 * Only UTF-8 plain text is accepted: an HTML page (an error page, a fallback index.html) or
 * binary content is refused, so it is never shown as the source.
 */
export function loadSource(file: string, options: LoadOptions = {}): Promise<Loaded<string>> {
  const url = sourceUrl(file);
  if (!url) return Promise.resolve(fail('bad_name', `not a source file name: ${file}`));
  let p = sources.get(url);
  if (!p) {
    p = fetchBytes(url, options).then((got): Loaded<string> => {
      if (!got.ok) return got;
      const text = utf8(got.data.bytes);
      if (text === null) return fail('not_text', `not UTF-8 text: ${url}`);
      if (looksLikeHtml(text, got.data.type)) return fail('html', `a web page (HTML) instead of the source text: ${url}`);
      if (got.data.type && !/^text\/plain\b/i.test(got.data.type)) return fail('not_text', `served as ${got.data.type}, not text/plain: ${url}`);
      return { ok: true, data: text };
    });
    p.then((r) => {
      if (!r.ok) sources.delete(url);
    });
    sources.set(url, p);
  }
  return p;
}
