/**
 * Per-view data, so that a view loads only what it shows: index.json (regions, documents,
 * category names, tables) with views/{scorecard,promises,plan}.json, each holding only the rows
 * its view shows and the rows, pairs and caveats those cite (the app joins the index back in:
 * lib/parts.ts); indicators.json (regions and charted indicators) for the indicator view, whose
 * chart comes from a slice (pipeline.ts); views/documents/{id}.json (a document's rows) for the
 * source view. The whole dataset.json is left for the data view and downloads. Pure.
 */
import { statusSummary } from '../../src/lib/summary.ts';
import { LANGS, type Dataset, type DataIndex, type DatasetPart, type DocumentPart, type IndexIndicator, type IndicatorIndex, type Lang, type Observation, type Pair, type Region, type ScorecardPart, type ViewPart } from '../../src/lib/types.ts';

const ids = (list: string) => list.split(' ').filter(Boolean);

/**
 * A part of `rows` and `pairs` (with `indicators`), closed over what they cite: the actuals of
 * the pairs (and related actuals), the rows a derived value is computed from, and the caveats of
 * all of these.
 */
export function partOf(ds: Dataset, rows: readonly Observation[], pairs: readonly Pair[], indicators: Dataset['indicators']): DatasetPart {
  const byId = new Map(ds.observations.map((o) => [o.id, o]));
  const keep = new Map(rows.map((o) => [o.id, o]));
  const add = (id: string | null) => {
    const o = id ? byId.get(id) : undefined;
    if (o && !keep.has(o.id)) {
      keep.set(o.id, o);
      for (const d of ids(o.derived_from)) add(d);
    }
  };
  for (const p of pairs) {
    add(p.actual_id);
    add(p.related_actual_id);
  }
  for (const o of rows) for (const d of ids(o.derived_from)) add(d);
  // Dataset order, so a part lists rows as the whole dataset does.
  const observations = ds.observations.filter((o) => keep.has(o.id));
  const caveatIds = new Set([...observations.flatMap((o) => ids(o.caveats)), ...pairs.flatMap((p) => ids(p.caveats))]);
  return {
    schema_version: ds.schema_version,
    version: ds.version,
    indicators,
    observations,
    pairs: [...pairs],
    caveats: ds.caveats.filter((c) => caveatIds.has(c.id)),
    departments: ds.departments.filter((d) => observations.some((o) => o.lead_departments.split('、').includes(d.zh))),
  };
}

const pairsOf = (ds: Dataset, rows: readonly Observation[]) => {
  const targets = new Set(rows.filter((o) => o.kind === 'target').map((o) => o.id));
  return ds.pairs.filter((p) => targets.has(p.target_id));
};

/** Regions with a document of `kind`, in manifest order. */
function regionsWith(ds: Dataset, kind: Dataset['documents'][number]['kind']): Set<Region> {
  return new Set(ds.regions.map((r) => r.id).filter((r) => ds.documents.some((d) => d.kind === kind && d.region === r)));
}

/**
 * The scorecard: every catalogued row of a headline indicator in a region with work reports, and
 * the landing's summary of statuses by year (counted over every target, which the part leaves out).
 */
export function scorecardPart(ds: Dataset): ScorecardPart {
  const headline = ds.indicators.filter((i) => i.headline);
  const headlineIds = new Set(headline.map((i) => i.id));
  const regions = regionsWith(ds, 'work_report');
  const rows = ds.observations.filter((o) => o.catalogued && headlineIds.has(o.indicator_id) && regions.has(o.region));
  return { ...partOf(ds, rows, pairsOf(ds, rows), headline), summary: statusSummary(ds) };
}

/** The promises view: every target (catalogued or not) with its pair. */
export function promisesPart(ds: Dataset): DatasetPart {
  const rows = ds.observations.filter((o) => o.kind === 'target');
  return partOf(ds, rows, pairsOf(ds, rows), []);
}

/** The plan view: every row of the documents' tables, and every row of those indicators in the same region (for implied paths). */
export function planPart(ds: Dataset): DatasetPart {
  const sections = new Set(ds.tables.map((t) => `${t.document_id}|${t.section}`));
  const inTables = ds.observations.filter((o) => sections.has(`${o.document_id}|${o.section}`));
  const keys = new Set(inTables.map((o) => `${o.region}|${o.indicator_id}`));
  const rows = ds.observations.filter((o) => keys.has(`${o.region}|${o.indicator_id}`));
  return partOf(ds, rows, pairsOf(ds, rows), []);
}

/**
 * A document's part, for the source view: every row of the document (stated or derived), the
 * pairs they are on either side of, and the rows those pairs name (the target of an actual's
 * pair too), closed over what they cite.
 */
export function documentPart(ds: Dataset, docId: string): DocumentPart {
  const own = ds.observations.filter((o) => o.document_id === docId);
  const ownIds = new Set(own.map((o) => o.id));
  const pairs = ds.pairs.filter((p) => ownIds.has(p.target_id) || (p.actual_id !== null && ownIds.has(p.actual_id)) || (p.related_actual_id !== null && ownIds.has(p.related_actual_id)));
  const targets = new Set(pairs.map((p) => p.target_id));
  const rows = ds.observations.filter((o) => ownIds.has(o.id) || targets.has(o.id));
  return { ...partOf(ds, rows, pairs, []), document_id: docId };
}

/** The index: what the views need besides their own part. */
export function dataIndex(ds: Dataset): DataIndex {
  return {
    schema_version: ds.schema_version,
    version: ds.version,
    regions: ds.regions,
    documents: ds.documents,
    categories: ds.categories,
    tables: ds.tables,
  };
}

/** The indicator view's lists in `lang`: regions, and the catalogued indicators with catalogued rows (and where). */
export function indicatorIndex(ds: Dataset, lang: Lang): IndicatorIndex {
  const regions = new Map<string, Set<Region>>();
  for (const o of ds.observations) {
    if (!o.catalogued) continue;
    const set = regions.get(o.indicator_id) ?? new Set<Region>();
    set.add(o.region);
    regions.set(o.indicator_id, set);
  }
  const order = ds.regions.map((r) => r.id);
  const indicators: IndexIndicator[] = ds.indicators
    .filter((i) => i.catalogued && regions.has(i.id))
    .map((i) => ({ id: i.id, name: i[lang], regions: order.filter((r) => regions.get(i.id)!.has(r)) }));
  return { schema_version: ds.schema_version, version: ds.version, lang, regions: ds.regions, indicators };
}

const PARTS: Record<ViewPart, (ds: Dataset) => DatasetPart> = { scorecard: scorecardPart, promises: promisesPart, plan: planPart };

/** Every per-view file: path in the output directory → compact JSON. */
export function viewFiles(ds: Dataset): [path: string, json: string][] {
  const compact = (v: unknown) => JSON.stringify(v) + '\n';
  return [
    ['index.json', compact(dataIndex(ds))],
    ...LANGS.map((lang): [string, string] => [`indicators.${lang}.json`, compact(indicatorIndex(ds, lang))]),
    ...Object.entries(PARTS).map(([name, part]): [string, string] => [`views/${name}.json`, compact(part(ds))]),
    ...ds.documents.map((d): [string, string] => [`views/documents/${d.id}.json`, compact(documentPart(ds, d.id))]),
  ];
}
