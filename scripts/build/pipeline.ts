/**
 * The build, in memory: manifest → verified seeds → extraction → merge → pairs → every
 * output file. Nothing is written here; scripts/build-data.ts writes the result atomically.
 * Throws BuildFailure (every error, each naming file and line) when the build must stop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairTargets } from '../../src/lib/attainment.ts';
import { SCHEMA_VERSION, type Dataset, type Indicator, type Observation, type RegionMeta, type Slice } from '../../src/lib/types.ts';
import { loadCatalogue } from '../extract/catalogue.ts';
import { extractDocument } from '../extract/index.ts';
import type { OutputFiles } from './atomic.ts';
import { buildCoverage, type Coverage } from './coverage.ts';
import { observationsCsv, pairsCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { documentFacts } from './facts.ts';
import { BuildFailure, error, type BuildFinding } from './findings.ts';
import { locateDocuments, parseManifest, sha256Hex, verifySeed, type LocatedDocument, type SeedText } from './manifest.ts';
import { mergeObservations } from './merge.ts';
import { viewFiles } from './views.ts';

export interface BuildOptions {
  /** Directory of the seed files. */
  seedsDir: string;
  /** Directory holding documents.json and indicators.csv. */
  dataDir: string;
}

export interface BuildResult {
  dataset: Dataset;
  coverage: Coverage;
  /** Relative path in the output directory → content. */
  files: OutputFiles;
}

export const MANIFEST_FILE = 'documents.json';
export const CATALOGUE_FILE = 'indicators.csv';

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function stop(findings: BuildFinding[]): never {
  throw new BuildFailure(findings);
}

/** Reads and checks the inputs: manifest, catalogue, seeds. */
export function loadInputs(opts: BuildOptions): {
  manifestText: string;
  catalogueText: string;
  indicators: Indicator[];
  regions: RegionMeta[];
  seeds: SeedText[];
  located: LocatedDocument[];
} {
  const manifestLabel = `${opts.dataDir}/${MANIFEST_FILE}`.replace(/^\.\//, '');
  const catalogueLabel = `${opts.dataDir}/${CATALOGUE_FILE}`.replace(/^\.\//, '');
  const manifestBytes = readOrNull(join(opts.dataDir, MANIFEST_FILE));
  const catalogueBytes = readOrNull(join(opts.dataDir, CATALOGUE_FILE));
  const missing: BuildFinding[] = [];
  if (!manifestBytes) missing.push(error(manifestLabel, 1, 'manifest not found — create it (see README: the dataset)'));
  if (!catalogueBytes) missing.push(error(catalogueLabel, 1, 'indicator catalogue not found — create it (see README: the dataset)'));
  if (!manifestBytes || !catalogueBytes) stop(missing);
  const manifestText = new TextDecoder().decode(manifestBytes);
  const catalogueText = new TextDecoder().decode(catalogueBytes);

  const findings: BuildFinding[] = [];
  const manifest = parseManifest(manifestText, manifestLabel);
  if (!manifest.ok) findings.push(...manifest.findings);
  const catalogue = loadCatalogue(catalogueText, catalogueLabel);
  if (!catalogue.ok) {
    for (const e of catalogue.errors) findings.push(error(e.file, e.line, `${e.message} — fix this row of the catalogue`));
  }
  if (!manifest.ok || !catalogue.ok) stop(findings);

  const seeds: SeedText[] = [];
  const located: LocatedDocument[] = [];
  for (const meta of manifest.value.files) {
    const checked = verifySeed(meta, readOrNull(join(opts.seedsDir, meta.file)), opts.seedsDir);
    if (!checked.ok) {
      findings.push(...checked.findings);
      continue;
    }
    seeds.push(checked.value);
    const docs = locateDocuments(checked.value);
    if (!docs.ok) findings.push(...docs.findings);
    else located.push(...docs.value);
  }
  if (findings.length) stop(findings);
  return { manifestText, catalogueText, indicators: catalogue.indicators, regions: manifest.value.regions, seeds, located };
}

/**
 * Deterministic dataset version (no clock): a hash of the manifest, the catalogue, every seed's
 * hash and the hash of the pipeline's code, so that a change to any of them gives a new version.
 */
export function datasetVersion(manifestText: string, catalogueText: string, seedHashes: readonly string[], codeHash = ''): string {
  return sha256Hex([sha256Hex(manifestText), sha256Hex(catalogueText), ...seedHashes, codeHash].join('\n')).slice(0, 12);
}

/** The code that decides what the dataset holds: extraction, build, attainment rules, types. */
export function pipelineCodeHash(): string {
  const root = join(import.meta.dirname, '../..');
  const dirs = ['scripts/extract', 'scripts/build'];
  const files = [
    ...dirs.flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${d}/${f}`),
    ),
    'src/lib/attainment.ts',
    'src/lib/types.ts',
  ].sort();
  return sha256Hex(files.map((f) => `${f}\n${sha256Hex(readFileSync(join(root, f)))}`).join('\n'));
}

/** Extraction over every located document, then the merge. Errors stop the build. */
export function extractAll(
  seeds: readonly SeedText[],
  located: readonly LocatedDocument[],
  indicators: Indicator[],
): { observations: Observation[]; warnings: BuildFinding[] } {
  const texts = new Map(seeds.map((s) => [s.meta.file, s.text]));
  const errors: BuildFinding[] = [];
  const warnings: BuildFinding[] = [];
  const all: Observation[] = [];
  for (const d of located) {
    const result = extractDocument({ doc: d.doc, file: d.file, source: texts.get(d.file)!, start: d.start, end: d.end, catalogue: indicators });
    all.push(...result.observations);
    for (const f of result.findings) {
      if (f.level === 'error') errors.push(/ — /.test(f.message) ? f : { ...f, message: `${f.message} — ${ERROR_HINT}` });
      else warnings.push(f);
    }
  }
  const order = new Map(located.map((d, i) => [d.doc.id, i]));
  const merged = mergeObservations(all, order);
  for (const f of merged.findings) (f.level === 'error' ? errors : warnings).push(f);
  if (errors.length) stop(errors);
  return { observations: merged.observations, warnings };
}

/** What to do about an extractor error that does not say so itself. */
const ERROR_HINT =
  'check the source text at this line; if it is right, the extractor or the catalogue (data/indicators.csv) needs a rule for it';

/** Pretty JSON for files people read (coverage, datapackage). */
const json = (v: unknown) => JSON.stringify(v, null, 1) + '\n';
/** Compact JSON for files the app and the embed load. */
const compact = (v: unknown) => JSON.stringify(v) + '\n';

export function buildDataset(opts: BuildOptions): BuildResult {
  const { manifestText, catalogueText, indicators, regions, seeds, located } = loadInputs(opts);
  const facts = documentFacts(opts.dataDir, indicators, seeds, located);
  const version = datasetVersion(manifestText, catalogueText + facts.inputText, seeds.map((s) => s.meta.sha256), pipelineCodeHash());
  const { observations, warnings } = extractAll(seeds, located, indicators);
  const reviewed = located.flatMap((d) => d.doc.reviews);
  const pairs = pairTargets(observations, indicators, reviewed);
  const sha = new Map(seeds.map((s) => [s.meta.file, s.meta.sha256]));
  const documents: Dataset['documents'] = located.map((d) => ({
    ...d.doc,
    file: d.file,
    sha256: sha.get(d.file)!,
    line_start: d.line_start,
    line_end: d.line_end,
  }));
  const dataset: Dataset = { schema_version: SCHEMA_VERSION, version, regions, documents, indicators, observations, pairs, caveats: [], categories: facts.categories, tables: facts.tables };
  const coverage = buildCoverage(version, located, observations, pairs, warnings);

  const files: OutputFiles = new Map();
  const obsCsv = Buffer.from(observationsCsv(observations), 'utf8');
  const pairCsv = Buffer.from(pairsCsv(pairs), 'utf8');
  const stat = (b: Buffer) => ({ bytes: b.length, hash: sha256Hex(b) });
  files.set('observations.csv', obsCsv);
  files.set('pairs.csv', pairCsv);
  files.set('dataset.json', compact(dataset));
  files.set('coverage.json', json(coverage));
  files.set(
    'datapackage.json',
    json(
      dataPackage(
        version,
        regions.map((r) => r.id),
        seeds.map((s) => ({ path: `sources/${s.meta.file}`, title: located.filter((d) => d.file === s.meta.file).map((d) => d.doc.title_zh).join('；') })),
        { observations: stat(obsCsv), pairs: stat(pairCsv) },
      ),
    ),
  );
  for (const s of seeds) files.set(`sources/${s.meta.file}`, s.bytes);
  for (const slice of slicesOf(dataset)) files.set(`slices/${slice.region}--${slice.indicator.id}.json`, compact(slice));
  for (const [path, body] of viewFiles(dataset)) files.set(path, body);
  return { dataset, coverage, files };
}

/** One slice per indicator × region with observations: what an embedded chart loads. */
export function slicesOf(dataset: Dataset): Slice[] {
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const k = `${o.region}--${o.indicator_id}`;
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, observations]) => {
      const { region, indicator_id } = observations[0]!;
      const cited = new Set(observations.map((o) => o.document_id));
      const caveats = new Set(observations.flatMap((o) => o.caveats.split(' ').filter(Boolean)));
      return {
        schema_version: dataset.schema_version,
        version: dataset.version,
        region,
        indicator: indicators.get(indicator_id)!,
        regions: dataset.regions.filter((r) => r.id === region),
        documents: dataset.documents.filter((d) => cited.has(d.id)),
        observations,
        pairs: dataset.pairs.filter((p) => p.region === region && p.indicator_id === indicator_id),
        caveats: dataset.caveats.filter((c) => caveats.has(c.id)),
      };
    });
}
