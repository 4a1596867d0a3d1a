/** Cutting the dataset the way the build cuts slices: one indicator in one region. */
import type { Dataset, Region, Slice } from './types';

/**
 * The slice of a catalogued indicator in `region`, with only the documents and caveats its
 * observations cite; null for an indicator outside the catalogue (never a series).
 */
export function sliceOf(ds: Dataset, region: Region, indicatorId: string): Slice | null {
  const indicator = ds.indicators.find((i) => i.id === indicatorId && i.catalogued);
  if (!indicator) return null;
  const observations = ds.observations.filter((o) => o.region === region && o.indicator_id === indicatorId && o.catalogued);
  const pairs = ds.pairs.filter((p) => p.region === region && p.indicator_id === indicatorId);
  const docIds = new Set(observations.map((o) => o.document_id));
  const caveatIds = new Set(observations.flatMap((o) => o.caveats.split(' ').filter(Boolean)));
  return {
    schema_version: ds.schema_version,
    version: ds.version,
    region,
    indicator,
    regions: ds.regions.filter((r) => r.id === region),
    documents: ds.documents.filter((d) => docIds.has(d.id)),
    observations,
    pairs,
    caveats: ds.caveats.filter((c) => caveatIds.has(c.id)),
  };
}

/** What a chart may draw of a slice: catalogued rows only (a measure named from its own sentence is never a series). */
export function chartable(slice: Slice): Slice {
  return slice.observations.every((o) => o.catalogued) ? slice : { ...slice, observations: slice.observations.filter((o) => o.catalogued) };
}
