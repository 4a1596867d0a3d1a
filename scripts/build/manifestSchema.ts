/**
 * The manifest's schema (data/documents.json): every field's type checked before anything is
 * trusted, each problem a finding on the line of the offending value, saying what to write instead.
 */
import type { DocumentKind, DocumentMeta, Manifest, RegionMeta, SeedFileMeta } from '../../src/lib/types.ts';
import { error, lineAt, type BuildFinding } from './findings.ts';
import { jsonValueOffsets } from './jsonOffsets.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; findings: BuildFinding[] };

/** The manifest layout this build reads. */
export const MANIFEST_SCHEMA_VERSION = 1;

const KINDS: readonly DocumentKind[] = ['work_report', 'task_notice', 'five_year_plan', 'policy', 'front_matter'];
const TOP_KEYS = ['schema_version', 'regions', 'files'] as const satisfies readonly (keyof Manifest)[];
const REGION_KEYS = ['id', 'zh', 'en', 'parent'] as const satisfies readonly (keyof RegionMeta)[];
const FILE_KEYS = ['file', 'original_name', 'sha256', 'documents'] as const satisfies readonly (keyof SeedFileMeta)[];
const DOCUMENT_KEYS = [
  'id',
  'kind',
  'title_zh',
  'title_en',
  'issuer_zh',
  'issuer_en',
  'region',
  'delivered',
  'reviews',
  'targets_for',
  'begins_with',
] as const satisfies readonly (keyof DocumentMeta)[];
// A field added to a manifest type must be added (and checked) here too: this fails to compile until it is.
type Unchecked = Exclude<keyof DocumentMeta, (typeof DOCUMENT_KEYS)[number]> | Exclude<keyof SeedFileMeta, (typeof FILE_KEYS)[number]>;
const allChecked: [Unchecked] extends [never] ? true : never = true;
void allChecked;

const REGION_ID = /^[a-z][a-z0-9-]{0,39}$/;
const DOCUMENT_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;

/** A name of a file directly inside seeds/: no directory part, not . or .., no control characters. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0-\x1f]/.test(name) && name.trim() === name;
}

/** "2025" or a real calendar date "2025-02-21". */
export function isIsoDateOrYear(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "2024" or a span "2021-2025" (start before end). */
export function isPeriod(s: string): boolean {
  const m = PERIOD.exec(s);
  return m !== null && (m[2] === undefined || Number(m[1]) < Number(m[2]));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** A JSON value as a message names it: "tomorrow", 2, null, missing, a list … */
const describe = (v: unknown): string => {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
};

/** JSON Pointer → readable path: /files/0/documents/1 → files[0].documents[1]. */
const label = (path: string) => path.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');

export function parseManifest(text: string, fileName: string): Parsed<Manifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineAt(text, Number(pos[1])) : 1;
    return { ok: false, findings: [error(fileName, line, `manifest is not valid JSON (${msg}) — fix the JSON syntax`)] };
  }
  const offsets = jsonValueOffsets(text);
  const findings: BuildFinding[] = [];
  /** A finding on the line of the value at `path` (or of its nearest parent). */
  const fail = (path: string, message: string) => {
    let p = path;
    while (!offsets.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    findings.push(error(fileName, lineAt(text, offsets.get(p) ?? 0), message));
  };
  const unknownKeys = (obj: Record<string, unknown>, path: string, known: readonly string[], what: string) => {
    for (const k of Object.keys(obj)) {
      if (!k.startsWith('$') && !known.includes(k)) fail(`${path}/${k}`, `${what}: unknown field "${k}" — the fields are ${known.join(', ')} (a key starting with $ is a comment)`);
    }
  };

  if (!isObject(raw)) {
    return { ok: false, findings: [error(fileName, 1, `the manifest is ${describe(raw)}, not an object — see README: the dataset, for its shape`)] };
  }
  unknownKeys(raw, '', TOP_KEYS, 'manifest');
  if (raw.schema_version !== MANIFEST_SCHEMA_VERSION) {
    fail('/schema_version', `"schema_version" is ${describe(raw.schema_version)}; this build reads manifest schema ${MANIFEST_SCHEMA_VERSION} — set "schema_version": ${MANIFEST_SCHEMA_VERSION}`);
  }
  const regions = parseRegions(raw.regions, fail);
  const regionIds = regions.map((r) => r.id);
  if (!Array.isArray(raw.files) || raw.files.length === 0) {
    fail('/files', `"files" is ${Array.isArray(raw.files) ? 'empty' : describe(raw.files)}: the dataset would be empty — list each seed file as {"file", "original_name", "sha256", "documents"}`);
    return { ok: false, findings };
  }
  const fileNames = new Set<string>();
  const ids = new Set<string>();
  raw.files.forEach((f: unknown, fi: number) => {
    const path = `/files/${fi}`;
    if (!isObject(f)) {
      fail(path, `${label(path)} is ${describe(f)} — each entry of "files" is {"file", "original_name", "sha256", "documents"}`);
      return;
    }
    unknownKeys(f, path, FILE_KEYS, label(path));
    const name = typeof f.file === 'string' && isPlainFileName(f.file) ? f.file : null;
    if (name === null) {
      fail(`${path}/file`, `${label(path)}: "file" is ${describe(f.file)} — give the plain name of a file inside seeds/ (no directory, no "..", not absolute)`);
    } else if (fileNames.has(name)) {
      fail(`${path}/file`, `"${name}" is listed twice — list each seed file once, with all its documents`);
    } else fileNames.add(name);
    const what = name ?? label(path);
    if (!isText(f.original_name)) fail(`${path}/original_name`, `${what}: "original_name" must be the file's original name (text)`);
    if (typeof f.sha256 !== 'string' || !SHA256.test(f.sha256)) {
      fail(`${path}/sha256`, `${what}: "sha256" must be 64 lowercase hex digits — run sha256sum seeds/${name ?? 'FILE'} and record it`);
    }
    if (!Array.isArray(f.documents) || f.documents.length === 0) {
      fail(`${path}/documents`, `${what}: "documents" must list at least one document`);
      return;
    }
    f.documents.forEach((d: unknown, di: number) => parseDocument(d, `${path}/documents/${di}`, di === 0, { fail, unknownKeys, regionIds, ids }));
  });
  if (findings.length) return { ok: false, findings };
  return { ok: true, value: { schema_version: MANIFEST_SCHEMA_VERSION, regions, files: raw.files as SeedFileMeta[] } };
}

interface DocumentCtx {
  fail: (path: string, message: string) => void;
  unknownKeys: (obj: Record<string, unknown>, path: string, known: readonly string[], what: string) => void;
  regionIds: string[];
  ids: Set<string>;
}

function parseDocument(d: unknown, path: string, first: boolean, ctx: DocumentCtx): void {
  const { fail } = ctx;
  if (!isObject(d)) {
    fail(path, `${label(path)} is ${describe(d)} — each document is an object with ${DOCUMENT_KEYS.join(', ')}`);
    return;
  }
  const id = typeof d.id === 'string' && DOCUMENT_ID.test(d.id) ? d.id : null;
  const what = id ? `document ${id}` : label(path);
  ctx.unknownKeys(d, path, DOCUMENT_KEYS, what);
  if (id === null) fail(`${path}/id`, `${what}: "id" is ${describe(d.id)} — give a stable id of lower-case letters, digits and - _ .`);
  else if (ctx.ids.has(id)) fail(`${path}/id`, `duplicate id "${id}" — ids must be unique`);
  else ctx.ids.add(id);
  if (!KINDS.includes(d.kind as DocumentKind)) fail(`${path}/kind`, `${what}: "kind" is ${describe(d.kind)} — one of ${KINDS.join(', ')}`);
  if (typeof d.region !== 'string' || !ctx.regionIds.includes(d.region)) {
    fail(`${path}/region`, `${what}: "region" must be one of the manifest's regions (${ctx.regionIds.join(', ')})`);
  }
  for (const k of ['title_zh', 'title_en', 'issuer_zh', 'issuer_en'] as const) {
    if (!isText(d[k])) fail(`${path}/${k}`, `${what}: "${k}" must be a non-empty string`);
  }
  if (typeof d.delivered !== 'string' || !isIsoDateOrYear(d.delivered)) {
    fail(`${path}/delivered`, `${what}: "delivered" is ${describe(d.delivered)} — write the year ("2025") or the ISO date ("2025-02-21") the document was delivered or issued`);
  }
  for (const k of ['reviews', 'targets_for'] as const) {
    const v = d[k];
    if (!Array.isArray(v)) {
      fail(`${path}/${k}`, `${what}: "${k}" is ${describe(v)} — a list of periods like "2024" or "2021-2025" ([] for none)`);
      continue;
    }
    v.forEach((p: unknown, i: number) => {
      if (typeof p !== 'string' || !isPeriod(p)) fail(`${path}/${k}/${i}`, `${what}: "${k}" holds ${describe(p)} — a period is a year "2024" or a span "2021-2025"`);
    });
  }
  const b = d.begins_with;
  const beginsOk = first ? b === null || isText(b) : isText(b);
  if (!beginsOk) {
    fail(`${path}/begins_with`, `${what}: "begins_with" must be the text where the document starts (null only for the first document of a file)`);
  }
}

/** The manifest's `regions`: every place a document may speak for, with its names. */
function parseRegions(raw: unknown, fail: (path: string, message: string) => void): RegionMeta[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail('/regions', 'manifest has no "regions" list — list each place as {"id", "zh", "en", "parent"}');
    return [];
  }
  const out: RegionMeta[] = [];
  raw.forEach((r: unknown, i: number) => {
    const path = `/regions/${i}`;
    if (!isObject(r)) {
      fail(path, `regions[${i}] is ${describe(r)} — each region is {"id", "zh", "en", "parent"}`);
      return;
    }
    for (const k of Object.keys(r)) {
      if (!k.startsWith('$') && !(REGION_KEYS as readonly string[]).includes(k)) fail(`${path}/${k}`, `region ${describe(r.id)}: unknown field "${k}" — the fields are ${REGION_KEYS.join(', ')}`);
    }
    if (typeof r.id !== 'string' || !REGION_ID.test(r.id)) {
      fail(`${path}/id`, `region ${describe(r.id)}: "id" must be a lower-case slug (letters, digits, -)`);
      return;
    }
    if (!isText(r.zh) || !isText(r.en)) {
      fail(path, `region "${r.id}": give its names "zh" and "en"`);
      return;
    }
    if (r.parent !== null && typeof r.parent !== 'string') fail(`${path}/parent`, `region "${r.id}": "parent" must be a region id or null`);
    if (out.some((o) => o.id === r.id)) fail(`${path}/id`, `region "${r.id}" is listed twice`);
    out.push({ id: r.id, zh: r.zh, en: r.en, parent: typeof r.parent === 'string' ? r.parent : null });
  });
  out.forEach((r) => {
    if (r.parent !== null && !out.some((o) => o.id === r.parent)) {
      fail(`/regions/${raw.findIndex((x: unknown) => isObject(x) && x.id === r.id)}/parent`, `region "${r.id}": parent "${r.parent}" is not a region of the manifest`);
    }
  });
  return out;
}
