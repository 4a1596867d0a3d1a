/** Cutting the dataset the way the build cuts slices: one indicator in one region. */
import type { Dataset, Indicator, Region, Slice } from './types';

/** The slice of `indicatorId` in `region`, with only the documents its observations cite. */
export function sliceOf(ds: Dataset, region: Region, indicatorId: string): Slice | null {
  const indicator = ds.indicators.find((i) => i.id === indicatorId) ?? fallbackIndicator(ds, indicatorId);
  if (!indicator) return null;
  const observations = ds.observations.filter((o) => o.region === region && o.indicator_id === indicatorId);
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

/** Indicators outside the catalogue (plan-table rows) get one built from their observations. */
function fallbackIndicator(ds: Dataset, id: string): Indicator | null {
  const o = ds.observations.find((x) => x.indicator_id === id);
  if (!o) return null;
  return {
    id,
    zh: o.indicator_zh,
    en: o.indicator_en,
    category: 'other',
    unit: o.unit,
    direction: 'neutral',
    headline: false,
    phrasings: [],
    measure: 'stock',
    qualifiers: [],
    counting_words: [],
    growth: '',
    not_same_as: [],
    note_zh: '',
    note_en: '',
    catalogued: o.catalogued,
  };
}

/** Indicator ids with observations in a region, catalogue order first. */
export function indicatorsIn(ds: Dataset, region: Region): { id: string; zh: string; en: string }[] {
  const seen = new Map<string, { id: string; zh: string; en: string }>();
  for (const i of ds.indicators) if (ds.observations.some((o) => o.region === region && o.indicator_id === i.id)) seen.set(i.id, i);
  for (const o of ds.observations) {
    if (o.region === region && !seen.has(o.indicator_id)) seen.set(o.indicator_id, { id: o.indicator_id, zh: o.indicator_zh, en: o.indicator_en });
  }
  return [...seen.values()];
}
