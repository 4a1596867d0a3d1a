/**
 * Words the documents write in Chinese only, made readable in English from data: department names
 * (data/departments.csv: one canonical name each, its English, its aliases), deadline phrases
 * (data/deadlines.csv: a pattern and an English template) and the names of measures a document
 * names itself (data/names.csv: catalogued=false rows). Unknown departments and deadlines stay as
 * written and are warnings, so that the tables grow with the documents; an own name without English
 * keeps its Chinese and is counted in coverage.json.
 */
import { readTable } from '../extract/rulesTable.ts';

import type { Department, Observation } from '../../src/lib/types.ts';
import { warning, type BuildFinding } from './findings.ts';
export type { Department };

export interface DeadlineRule {
  pattern: RegExp;
  en: string;
  line: number;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; errors: { file: string; line: number; message: string }[] };

export function loadDepartments(text: string, file: string): Loaded<Department[]> {
  const table = readTable(text, file, ['zh', 'en', 'aliases']);
  if (!table.ok) return table;
  const rows = table.rows;
  const col = (c: string) => table.header.indexOf(c);
  const out: Department[] = [];
  const errors: { file: string; line: number; message: string }[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const zh = (r.fields[col('zh')] ?? '').trim();
    const en = (r.fields[col('en')] ?? '').trim();
    const aliases = (r.fields[col('aliases')] ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    if (!zh || !en) {
      errors.push({ file, line: r.line, message: 'a department needs its Chinese and English names — fix this row' });
      continue;
    }
    for (const name of [zh, ...aliases]) {
      const other = seen.get(name);
      if (other !== undefined) errors.push({ file, line: r.line, message: `"${name}" already names the department on line ${other} — one name, one department` });
      seen.set(name, r.line);
    }
    out.push({ zh, en, aliases });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

export function loadDeadlineRules(text: string, file: string): Loaded<DeadlineRule[]> {
  const table = readTable(text, file, ['pattern', 'en']);
  if (!table.ok) return table;
  const rows = table.rows;
  const col = (c: string) => table.header.indexOf(c);
  const out: DeadlineRule[] = [];
  const errors: { file: string; line: number; message: string }[] = [];
  for (const r of rows) {
    const source = (r.fields[col('pattern')] ?? '').trim();
    const en = (r.fields[col('en')] ?? '').trim();
    try {
      out.push({ pattern: new RegExp(source), en, line: r.line });
    } catch (e) {
      errors.push({ file, line: r.line, message: `not a regular expression (${e instanceof Error ? e.message : e}) — fix this row` });
    }
    if (!en) errors.push({ file, line: r.line, message: 'a deadline rule needs its English template — fix this row' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** English names of the measures documents name themselves (data/names.csv: zh, en). */
export function loadNames(text: string, file: string): Loaded<Map<string, string>> {
  const table = readTable(text, file, ['zh', 'en']);
  if (!table.ok) return table;
  const col = (c: string) => table.header.indexOf(c);
  const out = new Map<string, string>();
  const errors: { file: string; line: number; message: string }[] = [];
  for (const r of table.rows) {
    const zh = (r.fields[col('zh')] ?? '').trim();
    const en = (r.fields[col('en')] ?? '').trim();
    if (!zh || !en) errors.push({ file, line: r.line, message: 'a name needs its Chinese and its English — fix this row' });
    else if (out.has(zh)) errors.push({ file, line: r.line, message: `"${zh}" is named twice — one English name each` });
    else if (/[\u4e00-\u9fff]/.test(en)) errors.push({ file, line: r.line, message: `the English name of "${zh}" holds Chinese — fix this row` });
    else out.set(zh, en);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** Whether an English name is still the Chinese one (no Latin letter: a measure named from its own sentence, untranslated). */
export const untranslated = (en: string): boolean => !/[A-Za-z]/.test(en);

/**
 * Own-named measures (catalogued=false) in English from data/names.csv, on the indicators and on
 * their rows; names the table does not know keep their Chinese.
 */
export function nameOwn<T extends { catalogued: boolean; en: string; zh: string }>(own: readonly T[], observations: readonly Observation[], names: ReadonlyMap<string, string>): { own: T[]; observations: Observation[] } {
  const en = (zh: string, current: string) => (untranslated(current) ? (names.get(zh) ?? current) : current);
  return {
    own: own.map((i) => ({ ...i, en: en(i.zh, i.en) })),
    observations: observations.map((o) => (o.catalogued ? o : { ...o, indicator_en: en(o.indicator_zh, o.indicator_en) })),
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLAN: Record<string, string> = { 一: '11th', 二: '12th', 三: '13th', 四: '14th', 五: '15th' };

/** The English of a deadline phrase, or '' when no rule knows it. */
export function deadlineEn(phrase: string, rules: readonly DeadlineRule[]): string {
  for (const r of rules) {
    const m = r.pattern.exec(phrase);
    if (!m) continue;
    return r.en.replace(/\{(?:(month|plan):)?(\d)\}/g, (_, fn: string | undefined, i: string) => {
      const v = m[Number(i)] ?? '';
      if (fn === 'month') return MONTHS[Number(v) - 1] ?? v;
      if (fn === 'plan') return PLAN[v] ?? v;
      return v;
    });
  }
  return '';
}

/** Canonical names of a 、-joined list of department names; unknown names are returned as they are. */
export function canonicalDepartments(list: string, departments: readonly Department[]): { names: string; unknown: string[] } {
  const index = new Map<string, string>();
  for (const d of departments) for (const n of [d.zh, ...d.aliases]) index.set(n, d.zh);
  const unknown: string[] = [];
  const names = list
    .split('、')
    .filter(Boolean)
    .map((n) => {
      const c = index.get(n);
      if (!c) unknown.push(n);
      return c ?? n;
    });
  return { names: [...new Set(names)].join('、'), unknown };
}

/**
 * Lead departments under their canonical names and deadlines in English; names and phrases the
 * tables do not know are warnings, so the tables grow with the documents.
 */
export function translate(
  observations: readonly Observation[],
  departments: readonly Department[],
  deadlines: readonly DeadlineRule[],
): { observations: Observation[]; departments: Department[]; warnings: BuildFinding[] } {
  const warnings: BuildFinding[] = [];
  const used = new Set<string>();
  const out = observations.map((o) => {
    if (!o.lead_departments && !o.deadline) return o;
    const c = canonicalDepartments(o.lead_departments, departments);
    for (const u of c.unknown) warnings.push(warning(o.source_file, o.source_line, `department "${u}" is not in data/departments.csv — add it (or an alias) with its English name`));
    for (const n of c.names.split('、')) if (n) used.add(n);
    const en = o.deadline ? deadlineEn(o.deadline, deadlines) : '';
    if (o.deadline && !en) warnings.push(warning(o.source_file, o.source_line, `deadline "${o.deadline}" matches no rule of data/deadlines.csv — add a pattern with its English`));
    return { ...o, lead_departments: c.names, deadline_en: en };
  });
  return { observations: out, departments: departments.filter((d) => used.has(d.zh)), warnings };
}
