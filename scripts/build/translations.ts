/**
 * Words the documents write in Chinese only, made readable in English from data: department names
 * (data/departments.csv: one canonical name each, its English, its aliases) and deadline phrases
 * (data/deadlines.csv: a pattern and an English template). Unknown ones stay as written and are
 * reported, so that the tables grow with the documents.
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
