/**
 * Where each document of a seed file starts and ends: a document after the first begins at the
 * first occurrence of its `begins_with` text (spaces and line breaks ignored) after the previous
 * document's start; it ends where the next begins.
 */
import type { DocumentMeta } from '../../src/lib/types.ts';

export interface DocumentRange {
  doc: DocumentMeta;
  start: number;
  end: number;
}

export type LocateResult = { ok: true; ranges: DocumentRange[] } | { ok: false; error: string };

/** Offset in `source` where `needle` occurs (whitespace-insensitive) at or after `from`, or -1. */
export function findLoose(source: string, needle: string, from = 0): number {
  const target = needle.replace(/\s+/g, '');
  if (target === '') return from;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) continue;
    chars.push(ch);
    offsets.push(i);
  }
  const at = chars.join('').indexOf(target);
  return at < 0 ? -1 : offsets[at]!;
}

export function locateDocuments(source: string, docs: readonly DocumentMeta[]): LocateResult {
  const starts: number[] = [];
  let from = 0;
  for (const doc of docs) {
    const at = doc.begins_with === null ? (starts.length === 0 ? 0 : -1) : findLoose(source, doc.begins_with, from);
    if (at < 0) {
      return { ok: false, error: `document "${doc.id}" not found: its begins_with text "${doc.begins_with ?? ''}" does not occur after the previous document` };
    }
    starts.push(at);
    from = at + 1;
  }
  return {
    ok: true,
    ranges: docs.map((doc, i) => ({ doc, start: starts[i]!, end: starts[i + 1] ?? source.length })),
  };
}
