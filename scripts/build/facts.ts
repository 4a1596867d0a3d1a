/**
 * Facts about the documents that the app shows beside the figures, read here so that no view
 * types them: the names of the indicator categories (data/categories.csv) and the tables of the
 * documents, their captions and notes quoted from the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Category, DocumentTable, Indicator, Section } from '../../src/lib/types.ts';
import { findTables, linesOf } from '../extract/fypTables.ts';
import { BuildFailure, error, lineAt, type BuildFinding } from './findings.ts';
import type { LocatedDocument, SeedText } from './manifest.ts';

export const CATEGORIES_FILE = 'categories.csv';

const SLUG = /^[a-z][a-z0-9_]*$/;
const COLUMNS = ['id', 'zh', 'en'];

/**
 * Category names from CSV text (`id,zh,en`, one row each). Every category an indicator of the
 * catalogue uses must be named; errors say file and line.
 */
export function parseCategories(
  text: string,
  label: string,
  indicators: readonly Pick<Indicator, 'id' | 'category'>[],
): { ok: true; categories: Category[] } | { ok: false; findings: BuildFinding[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const findings: BuildFinding[] = [];
  const fields = parsed.meta.fields ?? [];
  if (COLUMNS.some((c, i) => fields[i] !== c)) {
    return { ok: false, findings: [error(label, 1, `columns must be ${COLUMNS.join(',')} (found ${fields.join(',') || 'none'}) — fix the header line`)] };
  }
  const categories: Category[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const id = (row.id ?? '').trim();
    const zh = (row.zh ?? '').trim();
    const en = (row.en ?? '').trim();
    if (!SLUG.test(id)) findings.push(error(label, line, `category id "${id}" must be lower-case letters, digits and _ — fix this row`));
    else if (seen.has(id)) findings.push(error(label, line, `category "${id}" is named twice — keep one row`));
    else if (!zh || !en) findings.push(error(label, line, `category "${id}" needs a Chinese and an English name — fill both columns`));
    else {
      seen.add(id);
      categories.push({ id, zh, en });
    }
  });
  for (const e of parsed.errors) findings.push(error(label, (e.row ?? 0) + 2, `${e.message} — fix the quoting of this row`));
  const missing = [...new Set(indicators.map((i) => i.category))].filter((c) => !seen.has(c));
  for (const c of missing) {
    const users = indicators.filter((i) => i.category === c).map((i) => i.id);
    findings.push(error(label, 1, `category "${c}" (used by ${users.slice(0, 3).join(', ')}${users.length > 3 ? ' …' : ''} in the catalogue) has no name — add a row "${c},中文名,English name"`));
  }
  return findings.length ? { ok: false, findings } : { ok: true, categories };
}

const CAPTION_NUMBER = /^表\s*(\d+)\s*-\s*(\d+)\s+(.*)$/;
/** A line that starts a new paragraph, chapter, section or table: where a table note ends. */
const NOTE_END = /^\s|^第[一二三四五六七八九十百]+[章节篇]|^表\s*\d/;
const NOTE_MAX_LINES = 8;

/**
 * The tables of the located documents: number, caption and note as the source states them.
 * The note runs from 注： to the end of its paragraph (the next indented line, heading or table).
 */
export function documentTables(seeds: readonly SeedText[], located: readonly LocatedDocument[]): DocumentTable[] {
  const texts = new Map(seeds.map((s) => [s.meta.file, s.text]));
  const tables: DocumentTable[] = [];
  for (const d of located) {
    const source = texts.get(d.file);
    if (source === undefined) continue;
    for (const t of findTables(source, d.start, d.end)) {
      const m = CAPTION_NUMBER.exec(t.caption);
      if (!m) continue;
      let note = '';
      let noteLine = 0;
      if (t.note) {
        const lines = linesOf(source, t.note.line.start, d.end);
        const kept: string[] = [];
        for (const [i, l] of lines.entries()) {
          if (i >= NOTE_MAX_LINES || (i > 0 && l.text !== '' && NOTE_END.test(l.text))) break;
          kept.push(l.text.trim());
        }
        note = kept.join('');
        noteLine = lineAt(source, t.note.line.start);
      }
      tables.push({
        document_id: d.doc.id,
        section: t.section as Section,
        number: `${m[1]}-${m[2]}`,
        caption: m[3]!.trim(),
        source_file: d.file,
        source_line: lineAt(source, t.captionLine.start),
        note,
        note_line: noteLine,
      });
    }
  }
  return tables;
}

/**
 * Categories and tables for the dataset; `inputText` is what the dataset version must also hash.
 * Throws BuildFailure when the categories file is missing or wrong.
 */
export function documentFacts(
  dataDir: string,
  indicators: readonly Indicator[],
  seeds: readonly SeedText[],
  located: readonly LocatedDocument[],
): { categories: Category[]; tables: DocumentTable[]; inputText: string } {
  const label = `${dataDir}/${CATEGORIES_FILE}`.replace(/^\.\//, '');
  let text: string;
  try {
    text = readFileSync(join(dataDir, CATEGORIES_FILE), 'utf8');
  } catch {
    throw new BuildFailure([error(label, 1, 'category names not found — create it with the columns id,zh,en (see README: the dataset)')]);
  }
  const parsed = parseCategories(text, label, indicators);
  if (!parsed.ok) throw new BuildFailure(parsed.findings);
  return { categories: parsed.categories, tables: documentTables(seeds, located), inputText: text };
}
