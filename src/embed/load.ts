/** Fetch one chart's slice (never the whole dataset), relative to the embed page. */
import type { Region, Slice } from '../lib/types';

export type SliceResult =
  | { status: 'ok'; slice: Slice }
  | { status: 'not_found' }
  | { status: 'error'; message: string };

/** Path of a slice relative to embed.html; `indicator` must already be a validated id. */
export function slicePath(region: Region, indicator: string): string {
  return `./data/slices/${region}--${indicator}.json`;
}

function looksLikeSlice(value: unknown): value is Slice {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Slice>;
  return Array.isArray(v.observations) && Array.isArray(v.pairs) && Array.isArray(v.documents) && typeof v.indicator === 'object';
}

export async function loadSlice(region: Region, indicator: string, fetcher: typeof fetch = fetch): Promise<SliceResult> {
  try {
    const response = await fetcher(slicePath(region, indicator));
    // A missing file is a 404, or an HTML fallback page on servers that rewrite unknown paths.
    const html = (response.headers.get('content-type') ?? '').includes('text/html');
    if (response.status === 404 || (response.ok && html)) return { status: 'not_found' };
    if (!response.ok) return { status: 'error', message: `HTTP ${response.status}` };
    const body: unknown = await response.json();
    return looksLikeSlice(body) ? { status: 'ok', slice: body } : { status: 'error', message: 'not a slice' };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
