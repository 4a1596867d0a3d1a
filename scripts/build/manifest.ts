/**
 * The manifest (data/documents.json): seed verification and locating each document inside its
 * file (the schema is checked in manifestSchema.ts). Every problem becomes a finding naming file and line.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta, SeedFileMeta } from '../../src/lib/types.ts';
import { error, lineAt, type BuildFinding } from './findings.ts';
import type { Parsed } from './manifestSchema.ts';
import { decodeUtf8 } from './utf8.ts';
import { lineOf } from '../extract/text.ts';

export { parseManifest, type Parsed } from './manifestSchema.ts';

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
  const decoded = decodeUtf8(bytes, meta.file, ' and record its new sha256 in the manifest');
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
