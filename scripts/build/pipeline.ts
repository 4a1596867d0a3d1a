/**
 * The build, in memory: manifest → verified seeds → extraction → merge → pairs → every
 * output file. Nothing is written here; scripts/build-data.ts writes the result atomically.
 * Throws BuildFailure (every error, each naming file and line) when the build must stop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairTargets } from '../../src/lib/pairing.ts';
import { SCHEMA_VERSION, type Caveat, type Dataset, type Indicator, type Observation, type RegionMeta, type Slice } from '../../src/lib/types.ts';
import type { CaveatRule } from '../extract/caveats.ts';
import { loadCatalogue } from '../extract/catalogue.ts';
import type { Qualifier } from '../extract/measure.ts';
import { extractDocument } from '../extract/index.ts';
import type { OutputFiles } from './atomic.ts';
import { buildCoverage, type Coverage } from './coverage.ts';
import { observationsCsv, pairsCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { checkDocuments } from './expectations.ts';
import { documentFacts } from './facts.ts';
import { BuildFailure, error, type BuildFinding } from './findings.ts';
import { describeUnreadable, readInputFile } from './inputFile.ts';
import { locateDocuments, parseManifest, sha256Hex, verifySeed, type LocatedDocument, type SeedText } from './manifest.ts';
import { deriveGrowth } from './derive.ts';
import { mergeObservations } from './merge.ts';
import { CATALOGUE_FILE, loadRules, MANIFEST_FILE } from './rules.ts';
import { nameOwn, translate } from './translations.ts';
import { decodeUtf8 } from './utf8.ts';
import { lineOf } from '../extract/text.ts';
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
  const unreadable: BuildFinding[] = [];
  /** An input of data/, strictly decoded (a leading byte-order mark dropped), or null with a finding. */
  const readText = (name: string, label: string, what: string): string | null => {
    const read = readInputFile(join(opts.dataDir, name));
    if (!read.ok) {
      const problem = read.reason === 'missing' ? 'not found' : describeUnreadable(read, opts.dataDir);
      unreadable.push(error(label, 1, `${what} ${problem} — create it as a UTF-8 file (see README: the dataset)`));
      return null;
    }
    const decoded = decodeUtf8(read.bytes, label);
    if (!decoded.ok) {
      unreadable.push(decoded.finding);
      return null;
    }
    return decoded.text.replace(/^\uFEFF/, '');
  };
  const manifestText = readText(MANIFEST_FILE, manifestLabel, 'manifest');
  const catalogueText = readText(CATALOGUE_FILE, catalogueLabel, 'indicator catalogue');
  if (manifestText === null || catalogueText === null) stop(unreadable);

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
    const read = readInputFile(join(opts.seedsDir, meta.file), opts.seedsDir);
    if (!read.ok && read.reason !== 'missing') {
      findings.push(error(meta.file, 1, `seed ${describeUnreadable(read, `${opts.seedsDir}/`)} — copy the original document into ${opts.seedsDir}/ as a plain file, byte for byte`));
      continue;
    }
    const checked = verifySeed(meta, read.ok ? read.bytes : null, opts.seedsDir);
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
  // Each document against its kind's rules and its manifest entry (years, parts, a text cut short).
  const texts = new Map(seeds.map((s) => [s.meta.file, s.text]));
  findings.push(...checkDocuments({ manifest: manifest.value, manifestText, manifestLabel, texts, located }));
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
    'src/lib/pairing.ts',
    'src/lib/units.ts',
    'src/lib/types.ts',
  ].sort();
  return sha256Hex(files.map((f) => `${f}\n${sha256Hex(readFileSync(join(root, f)))}`).join('\n'));
}

/** Extraction over every located document, then the merge. Errors stop the build. */
export function extractAll(
  seeds: readonly SeedText[],
  located: readonly LocatedDocument[],
  indicators: Indicator[],
  rules: { caveatRules: CaveatRule[]; qualifiers: Qualifier[] } = { caveatRules: [], qualifiers: [] },
): { observations: Observation[]; caveats: Caveat[]; own: Indicator[]; warnings: BuildFinding[] } {
  const texts = new Map(seeds.map((s) => [s.meta.file, s.text]));
  const errors: BuildFinding[] = [];
  const warnings: BuildFinding[] = [];
  const all: Observation[] = [];
  const caveats: Caveat[] = [];
  const own = new Map<string, Indicator>();
  for (const d of located) {
    const result = extractDocument({ doc: d.doc, file: d.file, source: texts.get(d.file)!, start: d.start, end: d.end, catalogue: indicators, caveatRules: rules.caveatRules, qualifiers: rules.qualifiers });
    all.push(...result.observations);
    caveats.push(...result.caveats);
    for (const i of result.indicators ?? []) if (!own.has(i.id)) own.set(i.id, i);
    for (const f of result.findings) {
      // A headline target the catalogue cannot name stops the build (the single-document CLI only warns).
      const stops = f.level === 'error' || /^unclassified headline target/.test(f.message);
      if (stops) errors.push({ ...f, level: 'error', message: / — /.test(f.message) ? f.message : `${f.message} — ${ERROR_HINT}` });
      else warnings.push(f);
    }
    if (d.doc.kind === 'work_report' && !result.observations.some((o) => o.section === 'headline_targets')) {
      errors.push(error(d.file, lineOf(texts.get(d.file)!, d.start), `work report ${d.doc.id} has no headline targets (主要预期目标是：…) — check the document's range in the manifest (begins_with) and its text`));
    }
  }
  const order = new Map(located.map((d, i) => [d.doc.id, i]));
  const merged = mergeObservations(all, order);
  for (const f of merged.findings) (f.level === 'error' ? errors : warnings).push(f);
  if (errors.length) stop(errors);
  // Own measures that rows still name after the merge, in id order.
  const named = new Set(merged.observations.map((o) => o.indicator_id));
  const ownUsed = [...own.values()].filter((i) => named.has(i.id)).sort((a, b) => a.id.localeCompare(b.id));
  return { observations: merged.observations, caveats, own: ownUsed, warnings };
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
  const rules = loadRules(opts.dataDir);
  const facts = documentFacts(opts.dataDir, indicators, seeds, located);
  const version = datasetVersion(manifestText, catalogueText + rules.text + facts.inputText, seeds.map((s) => s.meta.sha256), pipelineCodeHash());
  const extracted = extractAll(seeds, located, indicators, rules);
  const { caveats } = extracted;
  const named = nameOwn(extracted.own, extracted.observations, rules.names);
  const translated = translate(named.observations, rules.departments, rules.deadlines);
  const warnings = [...extracted.warnings, ...translated.warnings];
  const allIndicators = [...indicators, ...named.own];
  const delivered = new Map(located.map((d) => [d.doc.id, d.doc.delivered] as const));
  const observations = [...translated.observations, ...deriveGrowth(translated.observations, indicators, delivered)];
  const pairs = pairTargets({ observations, indicators: allIndicators, documents: located.map((d) => d.doc), caveats });
  const sha = new Map(seeds.map((s) => [s.meta.file, s.meta.sha256]));
  const documents: Dataset['documents'] = located.map((d) => ({
    ...d.doc,
    file: d.file,
    sha256: sha.get(d.file)!,
    line_start: d.line_start,
    line_end: d.line_end,
  }));
  const dataset: Dataset = {
    schema_version: SCHEMA_VERSION,
    version,
    regions,
    documents,
    indicators: allIndicators,
    observations,
    pairs,
    caveats,
    departments: translated.departments,
    categories: facts.categories,
    tables: facts.tables,
  };
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

/** One slice per catalogued indicator × region with observations: what an embedded chart loads. */
export function slicesOf(dataset: Dataset): Slice[] {
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    if (!o.catalogued) continue;
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
