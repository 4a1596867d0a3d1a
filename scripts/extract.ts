/**
 * npm run extract -- FILE --region zhumadian --year 2026 [--kind work_report] [--id ID] [--data DIR] [--warnings]
 *
 * Runs the build's extraction on a document that is not in the manifest (next February's work
 * report, say) and prints its observations as CSV (the columns of observations.csv) to stdout.
 * A work report delivered in --year reviews year−1 and sets targets for --year.
 * Errors go to stderr as `file:line: message`, exit code 1; warnings are counted on stderr.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalogue } from './extract/catalogue.ts';
import { extractDocument } from './extract/index.ts';
import { observationsCsv } from './build/csv.ts';
import { formatFinding, type BuildFinding } from './build/findings.ts';
import { mergeObservations } from './build/merge.ts';
import { decodeUtf8 } from './build/utf8.ts';
import { type DocumentKind, type DocumentMeta, type Observation, type Region } from '../src/lib/types.ts';

const KINDS: readonly DocumentKind[] = ['work_report', 'task_notice', 'five_year_plan', 'policy'];

export interface ExtractCliOptions {
  file: string;
  region: Region;
  year: number;
  kind: DocumentKind;
  id: string | null;
  data: string;
  /** Print every warning to stderr, not just their number. */
  warnings: boolean;
}

const USAGE = 'usage: npm run extract -- FILE --region zhumadian|yicheng --year YYYY [--kind work_report|task_notice|five_year_plan|policy] [--id ID] [--data DIR] [--warnings]';

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
  if (!region || !/^[a-z][a-z0-9-]{0,39}$/.test(region)) throw new Error(`--region must be a lower-case slug such as zhumadian\n${USAGE}`);
  if (!year || !/^\d{4}$/.test(year)) throw new Error(`--year must be a year like 2026\n${USAGE}`);
  if (!KINDS.includes(kind as DocumentKind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}\n${USAGE}`);
  return { file, region: region as Region, year: Number(year), kind: kind as DocumentKind, id, data, warnings };
}

/** The manifest entry an unknown document gets: delivered in `year`, reviewing year−1. */
export function documentFor(opts: ExtractCliOptions): DocumentMeta {
  const { region, year, kind } = opts;
  const plan = kind === 'five_year_plan';
  return {
    id: opts.id ?? `${region}-${kind.replace(/_/g, '-')}-${year}`,
    kind,
    title_zh: basename(opts.file),
    title_en: basename(opts.file),
    issuer_zh: '',
    issuer_en: '',
    region,
    delivered: String(year),
    reviews: plan ? [`${year - 5}-${year - 1}`] : kind === 'work_report' ? [String(year - 1)] : [],
    targets_for: plan ? [`${year}-${year + 4}`] : [String(year)],
    begins_with: null,
  };
}

export function extractFile(opts: ExtractCliOptions): { observations: Observation[]; errors: BuildFinding[]; warnings: BuildFinding[] } {
  const file = basename(opts.file);
  const decoded = decodeUtf8(readFileSync(opts.file), file);
  if (!decoded.ok) return { observations: [], errors: [decoded.finding], warnings: [] };
  const catalogueName = join(opts.data, 'indicators.csv');
  const catalogue = loadCatalogue(readFileSync(catalogueName, 'utf8'), catalogueName);
  if (!catalogue.ok) return { observations: [], errors: catalogue.errors.map((e) => ({ level: 'error' as const, ...e })), warnings: [] };
  const doc = documentFor(opts);
  const source = decoded.text;
  const result = extractDocument({ doc, file, source, start: 0, end: source.length, catalogue: catalogue.indicators });
  const merged = mergeObservations(result.observations, new Map([[doc.id, 0]]));
  return {
    observations: merged.observations,
    errors: [...result.findings, ...merged.findings].filter((f) => f.level === 'error'),
    warnings: [...result.findings, ...merged.findings].filter((f) => f.level === 'warning'),
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
  let out: ReturnType<typeof extractFile>;
  try {
    out = extractFile(opts);
  } catch (e) {
    console.error(`${opts.file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  for (const f of out.errors) console.error(formatFinding(f));
  if (opts.warnings) for (const f of out.warnings) console.error(`warning: ${formatFinding(f)}`);
  else if (out.warnings.length) console.error(`${out.warnings.length} warning(s), e.g. figures not classified (--warnings lists them)`);
  process.stdout.write(observationsCsv(out.observations, false));
  console.error(`${out.observations.length} observations`);
  return out.errors.length ? 1 : 0;
}

/** Run only when executed as a script, not when imported (tests import the helpers). */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
