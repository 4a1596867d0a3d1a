/**
 * npm run extract -- FILE --region SLUG [--year YYYY] [--kind work_report] [--id ID] [--data DIR] [--warnings]
 *
 * Runs the build's extraction on a document that is not in the manifest (next February's work
 * report, another city's report, a news summary of one) and prints its observations as CSV (the
 * columns of observations.csv) to stdout. A work report delivered in --year reviews year−1 and sets
 * targets for --year; the document's own years (its headings) win, with a warning, when they say
 * otherwise. Any region slug is accepted.
 * Unusable input (unreadable, not UTF-8, bad options, a broken catalogue) exits 1 with
 * `file:line: message` on stderr; a partial passage (no review, no target list) only warns, exit 0.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { observationsCsv } from './build/csv.ts';
import { BuildFailure, formatFinding, type BuildFinding } from './build/findings.ts';
import { mergeObservations } from './build/merge.ts';
import { loadCatalogueFile, loadRules } from './build/rules.ts';
import { nameOwn } from './build/translations.ts';
import { decodeUtf8 } from './build/utf8.ts';
import { extractDocument } from './extract/index.ts';
import { findReportSections } from './extract/sections.ts';
import { flatten } from './extract/text.ts';
import { textYears } from './extract/workReport.ts';
import { type DocumentKind, type DocumentMeta, type Observation, type Region } from '../src/lib/types.ts';

const KINDS: readonly DocumentKind[] = ['work_report', 'task_notice', 'five_year_plan', 'policy'];

export interface ExtractCliOptions {
  file: string;
  region: Region;
  /** Year of delivery; null: taken from the document's own headings. */
  year: number | null;
  kind: DocumentKind;
  id: string | null;
  data: string;
  /** Print every warning to stderr, not just their number. */
  warnings: boolean;
}

const USAGE =
  'usage: npm run extract -- FILE --region SLUG [--year YYYY] [--kind work_report|task_notice|five_year_plan|policy] [--id ID] [--data DIR] [--warnings]';

export function parseExtractArgs(argv: readonly string[]): ExtractCliOptions {
  let file: string | null = null;
  let region: string | null = null;
  let year: string | null = null;
  let kind = 'work_report';
  let id: string | null = null;
  let data = 'data';
  let warnings = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--region') region = value();
    else if (a === '--year') year = value();
    else if (a === '--kind') kind = value();
    else if (a === '--id') id = value();
    else if (a === '--data') data = value();
    else if (a === '--warnings') warnings = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (file === null) file = a;
    else throw new Error(`more than one FILE (${file}, ${a})\n${USAGE}`);
  }
  if (!file) throw new Error(`FILE missing\n${USAGE}`);
  if (!region || !/^[a-z][a-z0-9-]{0,39}$/.test(region)) throw new Error(`--region must be a lower-case slug such as zhumadian or hangzhou\n${USAGE}`);
  if (year !== null && !/^(19|20)\d{2}$/.test(year)) throw new Error(`--year must be a year like 2026\n${USAGE}`);
  if (!KINDS.includes(kind as DocumentKind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}\n${USAGE}`);
  return { file, region, year: year === null ? null : Number(year), kind: kind as DocumentKind, id, data, warnings };
}

/** The manifest entry an unknown document gets: delivered in `year`, reviewing year−1 (a plan: the five years before). */
export function documentFor(opts: Pick<ExtractCliOptions, 'file' | 'region' | 'kind' | 'id'> & { year: number | null }): DocumentMeta {
  const { region, year, kind } = opts;
  const plan = kind === 'five_year_plan';
  return {
    id: opts.id ?? `${region}-${kind.replace(/_/g, '-')}-${year ?? 'undated'}`,
    kind,
    title_zh: basename(opts.file),
    title_en: basename(opts.file),
    issuer_zh: '',
    issuer_en: '',
    region,
    delivered: year === null ? '' : String(year),
    reviews: year === null ? [] : plan ? [`${year - 5}-${year - 1}`] : kind === 'work_report' ? [String(year - 1)] : [],
    targets_for: year === null ? [] : plan ? [`${year}-${year + 4}`] : [String(year)],
    begins_with: null,
  };
}

/**
 * The year a report was delivered in, by its own headings (2024年工作回顾 → 2025), and a warning when
 * --year says otherwise: the document's years are used.
 */
export function deliveryYear(text: string, kind: DocumentKind, given: number | null, file: string): { year: number | null; warnings: BuildFinding[] } {
  if (kind !== 'work_report' && kind !== 'task_notice') return { year: given, warnings: [] };
  const own = textYears(findReportSections(flatten(text).text));
  const stated = own.target ? Number(own.target) : null;
  if (stated === null) {
    const warnings: BuildFinding[] = given === null ? [{ level: 'warning', file, line: 1, message: 'the document names no year in its headings and no --year was given: figures whose period only the year would give are left out' }] : [];
    return { year: given, warnings };
  }
  if (given !== null && given !== stated) {
    return {
      year: stated,
      warnings: [{ level: 'warning', file, line: 1, message: `--year ${given} contradicts the document, which reviews ${stated - 1} and sets targets for ${stated}: the document's years are used` }],
    };
  }
  return { year: stated, warnings: [] };
}

export interface ExtractResult {
  observations: Observation[];
  errors: BuildFinding[];
  warnings: BuildFinding[];
  /** Warnings about the whole document (its years): printed even without --warnings, they explain an empty result. */
  documentWarnings: BuildFinding[];
}

export function extractFile(opts: ExtractCliOptions): ExtractResult {
  const file = basename(opts.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(opts.file);
  } catch (e) {
    return { observations: [], errors: [{ level: 'error', file, line: 1, message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e}) — check the path` }], warnings: [], documentWarnings: [] };
  }
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { observations: [], errors: [decoded.finding], warnings: [], documentWarnings: [] };
  let catalogue;
  let rules;
  try {
    catalogue = loadCatalogueFile(opts.data);
    rules = loadRules(opts.data);
  } catch (e) {
    if (e instanceof BuildFailure) return { observations: [], errors: e.findings, warnings: [], documentWarnings: [] };
    throw e;
  }
  const source = decoded.text;
  const years = deliveryYear(source, opts.kind, opts.year, file);
  const doc = documentFor({ ...opts, year: years.year });
  const result = extractDocument({ doc, file, source, start: 0, end: source.length, catalogue, caveatRules: rules.caveatRules, qualifiers: rules.qualifiers });
  const named = nameOwn(result.indicators ?? [], result.observations, rules.names);
  const merged = mergeObservations(named.observations, new Map([[doc.id, 0]]));
  const all = [...years.warnings, ...result.findings, ...merged.findings];
  return {
    observations: merged.observations,
    errors: all.filter((f) => f.level === 'error'),
    warnings: all.filter((f) => f.level === 'warning'),
    documentWarnings: years.warnings,
  };
}

function main(): number {
  let opts: ExtractCliOptions;
  try {
    opts = parseExtractArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const out = extractFile(opts);
  for (const f of out.errors) console.error(formatFinding(f));
  if (opts.warnings) for (const f of out.warnings) console.error(`warning: ${formatFinding(f)}`);
  else {
    for (const f of out.documentWarnings) console.error(`warning: ${formatFinding(f)}`);
    const rest = out.warnings.length - out.documentWarnings.length;
    if (rest > 0) console.error(`${rest} more warning(s): figures left out, each with its reason (--warnings lists them)`);
  }
  process.stdout.write(observationsCsv(out.observations, false));
  console.error(`${out.observations.length} observations`);
  return out.errors.length ? 1 : 0;
}

/** Run only when executed as a script, not when imported (tests import the helpers). */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
