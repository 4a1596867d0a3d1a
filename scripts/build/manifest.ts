/**
 * The manifest (data/documents.json): parsing, seed verification and locating each
 * document inside its file. Every problem becomes a finding naming file and line.
 */
import { createHash } from 'node:crypto';
import type { DocumentKind, DocumentMeta, Manifest, RegionMeta, SeedFileMeta } from '../../src/lib/types.ts';
import { error, lineAt, type BuildFinding } from './findings.ts';
import { decodeUtf8 } from './utf8.ts';
import { lineOf } from '../extract/text.ts';

const KINDS: readonly DocumentKind[] = ['work_report', 'task_notice', 'five_year_plan', 'policy', 'front_matter'];

export type Parsed<T> = { ok: true; value: T } | { ok: false; findings: BuildFinding[] };

/** Line of the first occurrence of `needle` in a JSON text, for pointing at a bad entry. */
function lineOfText(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at === -1 ? 1 : lineAt(text, at);
}

/** Line of the nth `"id": "…"` with this id (1-based occurrence), whatever the JSON spacing. */
function lineOfId(text: string, id: string, occurrence: number): number {
  const escaped = JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...text.matchAll(new RegExp(`"id"\\s*:\\s*${escaped}`, 'g'))];
  const m = matches[Math.min(occurrence, matches.length) - 1];
  return m?.index === undefined ? 1 : lineAt(text, m.index);
}

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
  const findings: BuildFinding[] = [];
  const m = raw as Partial<Manifest>;
  if (!m || typeof m !== 'object' || !Array.isArray(m.files)) {
    return { ok: false, findings: [error(fileName, 1, 'manifest has no "files" array — see the $comment at the top for the expected shape')] };
  }
  const regions = parseRegions(m.regions, text, fileName, findings);
  const regionIds = regions.map((r) => r.id);
  const ids = new Map<string, number>();
  for (const f of m.files as Partial<SeedFileMeta>[]) {
    // Lines are looked up only for a finding (the lookup scans the manifest).
    const fline = () => lineOfText(text, `"${String(f.file)}"`);
    if (typeof f.file !== 'string' || !/^[^/\\]+$/.test(f.file)) {
      findings.push(error(fileName, fline(), `entry has no valid "file" (a file name in seeds/) — add it`));
      continue;
    }
    if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) {
      findings.push(error(fileName, fline(), `"${f.file}" has no valid "sha256" (64 lowercase hex digits) — run sha256sum seeds/${f.file} and record it`));
    }
    if (!Array.isArray(f.documents) || f.documents.length === 0) {
      findings.push(error(fileName, fline(), `"${f.file}" lists no documents — add at least one`));
      continue;
    }
    f.documents.forEach((d: Partial<DocumentMeta>, i: number) => {
      const need = (ok: boolean, what: string) => {
        if (!ok) findings.push(error(fileName, lineOfId(text, String(d.id), ids.get(String(d.id)) ?? 1), `document ${String(d.id)} in "${f.file}": ${what}`));
      };
      need(typeof d.id === 'string' && d.id.length > 0, 'missing "id" — give it a stable id');
      if (typeof d.id === 'string') {
        ids.set(d.id, (ids.get(d.id) ?? 0) + 1);
        need(ids.get(d.id) === 1, `duplicate id "${d.id}" — ids must be unique`);
      }
      need(KINDS.includes(d.kind as DocumentKind), `"kind" must be one of ${KINDS.join(', ')}`);
      need(typeof d.region === 'string' && regionIds.includes(d.region), `"region" must be one of the manifest's regions (${regionIds.join(', ')})`);
      for (const k of ['title_zh', 'title_en', 'issuer_zh', 'issuer_en', 'delivered'] as const) {
        need(typeof d[k] === 'string', `"${k}" must be a string`);
      }
      for (const k of ['reviews', 'targets_for'] as const) {
        need(
          Array.isArray(d[k]) && d[k].every((p) => /^\d{4}(-\d{4})?$/.test(p)),
          `"${k}" must be a list of periods like "2024" or "2021-2025"`,
        );
      }
      need(
        i === 0 ? d.begins_with === null || typeof d.begins_with === 'string' : typeof d.begins_with === 'string' && d.begins_with.trim() !== '',
        '"begins_with" must be the text where the document starts (null only for the first document of a file)',
      );
    });
  }
  if (findings.length) return { ok: false, findings };
  return { ok: true, value: { schema_version: Number(m.schema_version ?? 1), regions, files: m.files as SeedFileMeta[] } };
}

const REGION_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** The manifest's `regions`: every place a document may speak for, with its names. */
function parseRegions(raw: unknown, text: string, fileName: string, findings: BuildFinding[]): RegionMeta[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    findings.push(error(fileName, 1, 'manifest has no "regions" array — list each place as {"id", "zh", "en", "parent"}'));
    return [];
  }
  const out: RegionMeta[] = [];
  for (const r of raw as Partial<RegionMeta>[]) {
    const line = lineOfText(text, `"${String(r?.id)}"`);
    if (!r || typeof r.id !== 'string' || !REGION_ID.test(r.id)) {
      findings.push(error(fileName, line, `region ${JSON.stringify(r?.id)}: "id" must be a lower-case slug (letters, digits, -)`));
      continue;
    }
    if (typeof r.zh !== 'string' || r.zh.trim() === '' || typeof r.en !== 'string' || r.en.trim() === '') {
      findings.push(error(fileName, line, `region "${r.id}": give its names "zh" and "en"`));
      continue;
    }
    if (out.some((o) => o.id === r.id)) findings.push(error(fileName, line, `region "${r.id}" is listed twice`));
    out.push({ id: r.id, zh: r.zh, en: r.en, parent: typeof r.parent === 'string' ? r.parent : null });
  }
  for (const r of out) {
    if (r.parent !== null && !out.some((o) => o.id === r.parent)) {
      findings.push(error(fileName, lineOfText(text, `"${r.id}"`), `region "${r.id}": parent "${r.parent}" is not a region of the manifest`));
    }
  }
  return out;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A seed file read, verified and decoded. */
export interface SeedText {
  meta: SeedFileMeta;
  bytes: Uint8Array;
  text: string;
}

/** Checks the hash, then decodes strictly. */
export function verifySeed(meta: SeedFileMeta, bytes: Uint8Array | null, seedsDirLabel: string): Parsed<SeedText> {
  if (bytes === null) {
    return {
      ok: false,
      findings: [error(meta.file, 1, `seed file missing from ${seedsDirLabel} — copy the original document there byte for byte, or remove its entry from the manifest`)],
    };
  }
  const actual = sha256Hex(bytes);
  if (actual !== meta.sha256) {
    return {
      ok: false,
      findings: [
        error(
          meta.file,
          1,
          `sha256 mismatch: manifest expects ${meta.sha256}, file has ${actual} — restore the original file; if the change is intended, record the new sha256 in data/documents.json`,
        ),
      ],
    };
  }
  const decoded = decodeUtf8(bytes, meta.file);
  if (!decoded.ok) return { ok: false, findings: [decoded.finding] };
  return { ok: true, value: { meta, bytes, text: decoded.text } };
}

/** Where one document sits in its file: [start, end) UTF-16 offsets and 1-based lines. */
export interface LocatedDocument {
  doc: DocumentMeta;
  file: string;
  start: number;
  end: number;
  line_start: number;
  line_end: number;
}

/** Finds `marker` in `text` from `from`, ignoring all whitespace on both sides. Returns the offset or -1. */
export function findLoose(text: string, marker: string, from: number): number {
  const needle = marker.replace(/\s+/g, '');
  if (!needle) return -1;
  const first = needle[0]!;
  for (let i = text.indexOf(first, from); i !== -1; i = text.indexOf(first, i + 1)) {
    let j = i;
    let k = 0;
    while (k < needle.length && j < text.length) {
      const c = text[j]!;
      if (/\s/.test(c)) {
        j++;
        continue;
      }
      if (c !== needle[k]) break;
      j++;
      k++;
    }
    if (k === needle.length) return i;
  }
  return -1;
}

export function locateDocuments(seed: SeedText): Parsed<LocatedDocument[]> {
  const { text, meta } = seed;
  const starts: number[] = [];
  const findings: BuildFinding[] = [];
  let from = 0;
  for (const doc of meta.documents) {
    if (doc.begins_with === null) {
      starts.push(0);
      continue;
    }
    const at = findLoose(text, doc.begins_with, from);
    if (at === -1) {
      findings.push(
        error(
          meta.file,
          lineAt(text, from),
          `start marker of document ${doc.id} not found after line ${lineAt(text, from)}: "${doc.begins_with}" — correct "begins_with" in data/documents.json to text that occurs in the file`,
        ),
      );
      starts.push(from);
      continue;
    }
    starts.push(at);
    from = at + 1;
  }
  if (findings.length) return { ok: false, findings };
  const located = meta.documents.map((doc, i) => {
    const start = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const lastChar = Math.max(start, end - 1);
    return { doc, file: meta.file, start, end, line_start: lineOf(text, start), line_end: lineOf(text, lastChar) };
  });
  return { ok: true, value: located };
}
