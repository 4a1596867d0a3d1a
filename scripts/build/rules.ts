/**
 * The rules files of data/ beside the manifest: the indicator catalogue, caveat rules, scope
 * qualifiers, departments and deadlines — read as UTF-8 CSV, parsed, every bad row an error
 * naming file and line.
 */
import { join } from 'node:path';
import type { Indicator } from '../../src/lib/types.ts';
import { loadCaveatRules, type CaveatRule } from '../extract/caveats.ts';
import { loadCatalogue } from '../extract/catalogue.ts';
import { loadQualifiers, type Qualifier } from '../extract/measure.ts';
import { BuildFailure, error, type BuildFinding } from './findings.ts';
import { describeUnreadable, readInputFile } from './inputFile.ts';
import { loadDeadlineRules, loadDepartments, loadNames, type DeadlineRule, type Department } from './translations.ts';
import { decodeUtf8 } from './utf8.ts';

export const MANIFEST_FILE = 'documents.json';
export const CATALOGUE_FILE = 'indicators.csv';
export const CAVEATS_FILE = 'caveats.csv';
export const QUALIFIERS_FILE = 'qualifiers.csv';
export const DEPARTMENTS_FILE = 'departments.csv';
export const DEADLINES_FILE = 'deadlines.csv';
export const NAMES_FILE = 'names.csv';

/** A small rules file of data/ (UTF-8 CSV), parsed; a missing file or a bad row stops the build. */
function loadRulesFile<T>(
  dataDir: string,
  name: string,
  parse: (text: string, label: string) => { ok: true; value: T } | { ok: false; errors: { file: string; line: number; message: string }[] },
): { text: string; value: T } {
  const label = `${dataDir}/${name}`.replace(/^\.\//, '');
  const read = readInputFile(join(dataDir, name));
  if (!read.ok) stop([error(label, 1, `${name} ${describeUnreadable(read, dataDir)} — ${read.reason === 'missing' ? 'create it (see README: the dataset)' : 'put the file itself there'}`)]);
  const decoded = decodeUtf8(read.bytes, label);
  if (!decoded.ok) stop([decoded.finding]);
  const result = parse(decoded.text.replace(/^\uFEFF/, ''), label);
  if (!result.ok) stop(result.errors.map((e) => error(e.file, e.line, e.message)));
  return { text: decoded.text, value: result.value };
}

/** The indicator catalogue (data/indicators.csv) alone, for the single-document CLI; errors throw BuildFailure. */
export function loadCatalogueFile(dataDir: string): Indicator[] {
  return loadRulesFile(dataDir, CATALOGUE_FILE, (t, l) => {
    const r = loadCatalogue(t, l);
    return r.ok ? { ok: true, value: r.indicators } : { ok: false, errors: r.errors.map((e) => ({ ...e, message: `${e.message} — fix this row of the catalogue` })) };
  }).value;
}

/** The rules files of data/ (caveats, qualifiers, departments, deadlines, names), with their texts for the version. */
export function loadRules(dataDir: string): {
  text: string;
  caveatRules: CaveatRule[];
  qualifiers: Qualifier[];
  departments: Department[];
  deadlines: DeadlineRule[];
  names: Map<string, string>;
} {
  const caveats = loadRulesFile(dataDir, CAVEATS_FILE, (t, l) => {
    const r = loadCaveatRules(t, l);
    return r.ok ? { ok: true, value: r.rules } : r;
  });
  const qualifiers = loadRulesFile(dataDir, QUALIFIERS_FILE, (t, l) => {
    const r = loadQualifiers(t, l);
    return r.ok ? { ok: true, value: r.qualifiers } : r;
  });
  const departments = loadRulesFile(dataDir, DEPARTMENTS_FILE, (t, l) => {
    const r = loadDepartments(t, l);
    return r.ok ? { ok: true, value: r.value } : r;
  });
  const deadlines = loadRulesFile(dataDir, DEADLINES_FILE, (t, l) => {
    const r = loadDeadlineRules(t, l);
    return r.ok ? { ok: true, value: r.value } : r;
  });
  const names = loadRulesFile(dataDir, NAMES_FILE, loadNames);
  return {
    text: caveats.text + qualifiers.text + departments.text + deadlines.text + names.text,
    caveatRules: caveats.value,
    qualifiers: qualifiers.value,
    departments: departments.value,
    deadlines: deadlines.value,
    names: names.value,
  };
}

function stop(findings: BuildFinding[]): never {
  throw new BuildFailure(findings);
}
