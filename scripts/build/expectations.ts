/**
 * What each kind of document must contain before its figures are trusted, checked on its text
 * (a seed cut short, or a manifest that says another year than the document, stops the build),
 * and what the built dataset must hold. Each rule follows from how such documents are built
 * (see DOMAIN.md), not from this year's files, so next year's report meets the same rules:
 *
 * - work report: its review names the year it reviews (一、2024年工作回顾, or 刚刚过去的2022年 /
 *   过去一年 at its opening) and any span (过去五年); its goals heading names the year of its targets
 *   (二、2025年工作总体要求…); the manifest's `reviews` / `targets_for` must say the same. It has a
 *   key-tasks part (三、2025年重点工作) and closes with its appeal to the deputies (各位代表！…！).
 * - task notice: numbered tasks (1. 2. …), each with its lead department (…牵头), then the
 *   notice's date (2025年2月28日) after the last task.
 * - five-year plan: chapters 第一章 … 第N章 without a gap, the last one on the plan's implementation
 *   (规划实施 / 保障).
 * - every other document: each year its manifest entry gives is named in its text.
 * - the dataset: at least one observation.
 */
import type { Dataset, Manifest } from '../../src/lib/types.ts';
import { findReportSections } from '../extract/sections.ts';
import { noticeTasks } from '../extract/notice.ts';
import { flatten, lineOf, type Flat } from '../extract/text.ts';
import { error, lineAt, type BuildFinding } from './findings.ts';
import { jsonValueOffsets } from './jsonOffsets.ts';
import type { LocatedDocument } from './manifest.ts';

const CN_DIGITS = '〇一二三四五六七八九';
const CN_COUNT: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 十二 → 12, 三 → 3, 二十一 → 21 (chapter numbers). */
export function chineseNumber(s: string): number {
  const digit = (c: string | undefined) => (c ? CN_DIGITS.indexOf(c) : 0);
  const ten = s.indexOf('十');
  if (ten === -1) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[ten - 1])) * 10 + digit(s[ten + 1]);
}

interface Where {
  /** `file:line` of a flat-text offset, for quoting the document in a message. */
  at: (flatIndex: number) => string;
  line: (flatIndex: number) => number;
  /** Line of a field of this document's manifest entry. */
  manifestLine: (field: string) => number;
}

interface Check {
  doc: LocatedDocument;
  flat: Flat;
  where: Where;
  manifestLabel: string;
  findings: BuildFinding[];
}

const years = (periods: readonly string[]) => periods.filter((p) => /^\d{4}$/.test(p));
const spans = (periods: readonly string[]) => periods.filter((p) => /^\d{4}-\d{4}$/.test(p));
const list = (periods: readonly string[]) => JSON.stringify(periods);

/** The documents' texts against their kind's rules and their manifest entries. */
export function checkDocuments(input: {
  manifest: Manifest;
  manifestText: string;
  manifestLabel: string;
  texts: ReadonlyMap<string, string>;
  located: readonly LocatedDocument[];
}): BuildFinding[] {
  const offsets = jsonValueOffsets(input.manifestText);
  const paths = new Map<string, string>();
  input.manifest.files.forEach((f, fi) => f.documents.forEach((d, di) => paths.set(d.id, `/files/${fi}/documents/${di}`)));
  const findings: BuildFinding[] = [];
  for (const doc of input.located) {
    const source = input.texts.get(doc.file)!;
    const flat = flatten(source, doc.start, doc.end);
    const line = (i: number) => lineOf(source, flat.map[Math.min(i, flat.map.length - 1)] ?? doc.start);
    const path = paths.get(doc.doc.id) ?? '';
    const where: Where = {
      line,
      at: (i) => `${doc.file}:${line(i)}`,
      manifestLine: (field) => lineAt(input.manifestText, offsets.get(`${path}/${field}`) ?? offsets.get(path) ?? 0),
    };
    const check: Check = { doc, flat, where, manifestLabel: input.manifestLabel, findings };
    if (doc.doc.kind === 'work_report') checkWorkReport(check);
    else if (doc.doc.kind === 'task_notice') checkTaskNotice(check);
    else if (doc.doc.kind === 'five_year_plan') checkFiveYearPlan(check, source);
    if (doc.doc.kind !== 'work_report') checkYearsNamed(check);
  }
  return findings;
}

function manifestError(c: Check, field: 'reviews' | 'targets_for', message: string): void {
  c.findings.push(error(c.manifestLabel, c.where.manifestLine(field), `document ${c.doc.doc.id}: ${message}`));
}

/** What a report's review says of its period: the year (from its heading or opening clause), any span, and where. */
export function reviewedInText(
  text: string,
  review: { start: number },
  headingYear: string | null,
  delivered: string,
): { year: string | null; span: number | null; heading: { start: number; text: string }; opening: string } {
  // The heading: back from the review's start to the end of the sentence before it (at most 30 characters).
  const before = text.slice(Math.max(0, review.start - 30), review.start);
  const stop = Math.max(...[...'。！？；：'].map((c) => before.lastIndexOf(c)));
  const headingStart = review.start - before.length + stop + 1;
  const heading = text.slice(headingStart, review.start);
  const opening = text.slice(review.start, review.start + 60).split(/[，。；]/)[0] ?? '';
  const spanMatch = /过去([二三四五六七八九十])年|([二三四五六七八九十])年来/.exec(`${heading}｜${opening}`);
  const span = spanMatch ? CN_COUNT[spanMatch[1] ?? spanMatch[2]!]! : null;
  const named = /(\d{4})年/.exec(opening)?.[1] ?? null;
  const lastYear = /过去一年|去年/.test(opening) ? String(Number(delivered.slice(0, 4)) - 1) : null;
  return { year: headingYear ?? named ?? lastYear, span, heading: { start: headingStart, text: heading }, opening };
}

function checkWorkReport(c: Check): void {
  const { text } = c.flat;
  const sections = findReportSections(text);
  const meta = c.doc.doc;
  // A missing review or headline list is the extractor's error; here: years, the tasks part, the close.
  if (sections.review) {
    const named = reviewedInText(text, sections.review, sections.reviewHeadingYear, meta.delivered);
    const said = sections.reviewHeadingYear === null ? `"${named.heading.text}" … "${named.opening}"` : `"${named.heading.text}"`;
    const quoted = `${c.where.at(named.heading.start)} ${said}`;
    if (named.year !== null && (years(meta.reviews).length !== 1 || years(meta.reviews)[0] !== named.year)) {
      manifestError(c, 'reviews', `"reviews" is ${list(meta.reviews)}, but the report's review is of ${named.year} (${quoted}) — list "${named.year}" as the year it reviews`);
    }
    for (const s of spans(meta.reviews)) {
      const [from, to] = s.split('-').map(Number) as [number, number];
      if (named.span === null) manifestError(c, 'reviews', `"reviews" holds the span ${s}, but the review names no span of years (过去五年 …) at ${quoted} — remove it`);
      else if (named.span !== to - from + 1 || (named.year !== null && String(to) !== named.year)) {
        manifestError(c, 'reviews', `"reviews" holds the span ${s}, but the review covers ${named.span} years up to ${named.year ?? '?'} (${quoted}) — correct the span`);
      }
    }
    if (named.span !== null && spans(meta.reviews).length === 0 && named.year !== null) {
      const span = `${Number(named.year) - named.span + 1}-${named.year}`;
      manifestError(c, 'reviews', `the review covers ${named.span} years (${quoted}) but "reviews" has no span — add "${span}"`);
    }
  }
  const target = sections.targetHeadingYear;
  if (target !== null && (years(meta.targets_for).length !== 1 || years(meta.targets_for)[0] !== target)) {
    manifestError(c, 'targets_for', `"targets_for" is ${list(meta.targets_for)}, but the report's goals heading names ${target} — list "${target}"`);
  }
  if (!sections.tasks) {
    c.findings.push(error(c.doc.file, c.doc.line_end, `work report ${meta.id} has no key-tasks part (三、YYYY年重点工作) — the text looks cut short (restore the whole report), or the heading is worded otherwise (teach scripts/extract/sections.ts its wording)`));
    return;
  }
  const appeal = text.lastIndexOf('各位代表');
  if (appeal < sections.tasks.start || !text.slice(appeal + 5).includes('！')) {
    c.findings.push(
      error(c.doc.file, c.where.line(text.length - 1), `work report ${meta.id} ends without its closing appeal to the deputies (各位代表！…！) after the key tasks — the text looks cut short: restore the whole report`),
    );
  }
}

const DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

function checkTaskNotice(c: Check): void {
  const { text } = c.flat;
  const meta = c.doc.doc;
  const sections = findReportSections(text);
  const tasks = noticeTasks(text, sections.headline?.end ?? 0);
  if (tasks.length === 0) {
    c.findings.push(error(c.doc.file, c.doc.line_start, `task notice ${meta.id} has no numbered tasks (1.…（…牵头…）) — check "begins_with" and that the notice is complete`));
    return;
  }
  for (const t of tasks) {
    if (t.lead_departments === '') {
      c.findings.push(error(c.doc.file, c.where.line(t.body.start), `task ${t.number} of ${meta.id} names no lead department (（…牵头…）) — the text looks cut short or the task's note is damaged: restore the original`));
    }
  }
  const last = tasks[tasks.length - 1]!;
  if (!DATE.test(text.slice(last.body.end))) {
    c.findings.push(
      error(c.doc.file, c.where.line(text.length - 1), `task notice ${meta.id} does not end with its date (YYYY年M月D日) after task ${last.number} — the text looks cut short: restore the whole notice`),
    );
  }
}

const CHAPTER_LINE = /^\s*第([一二三四五六七八九十]{1,3})章\s*(.*)$/;

function checkFiveYearPlan(c: Check, source: string): void {
  const lines = source.slice(c.doc.start, c.doc.end).split('\n');
  const chapters = lines.flatMap((l, i) => {
    const m = CHAPTER_LINE.exec(l);
    return m ? [{ n: chineseNumber(m[1]!), title: m[2]!.trim(), line: c.doc.line_start + i }] : [];
  });
  const meta = c.doc.doc;
  if (chapters.length === 0) {
    c.findings.push(error(c.doc.file, c.doc.line_start, `five-year plan ${meta.id} has no chapters (第一章 …) — check "begins_with" and that the plan is complete`));
    return;
  }
  chapters.forEach((ch, i) => {
    if (ch.n !== i + 1) c.findings.push(error(c.doc.file, ch.line, `five-year plan ${meta.id}: chapter ${ch.n} follows chapter ${i} — a part of the plan is missing: restore the original`));
  });
  const last = chapters[chapters.length - 1]!;
  if (!/实施|保障/.test(last.title)) {
    c.findings.push(
      error(c.doc.file, last.line, `five-year plan ${meta.id} ends with chapter ${last.n} "${last.title}", not with the plan's implementation (规划实施 / 保障) — the text looks cut short: restore the whole plan`),
    );
  }
}

/** Any other document: every year its manifest entry names must appear in its text (digits or 二〇二五). */
function checkYearsNamed(c: Check): void {
  const text = c.flat.text;
  for (const field of ['reviews', 'targets_for'] as const) {
    for (const y of c.doc.doc[field].flatMap((p) => p.split('-'))) {
      const chinese = y.replace(/\d/g, (d) => CN_DIGITS[Number(d)]!);
      if (!text.includes(y) && !text.includes(chinese)) {
        manifestError(c, field, `"${field}" is ${list(c.doc.doc[field])}, but ${y} is named nowhere in the document's text — correct "${field}"`);
      }
    }
  }
}

/**
 * What the built dataset must hold: something. (That each work report yields headline targets is
 * checked per document before the merge, in pipeline.ts.)
 */
export function checkDataset(dataset: Dataset, manifestLabel: string): BuildFinding[] {
  if (dataset.observations.length > 0) return [];
  return [error(manifestLabel, 1, 'the build found no figures in any document: an empty dataset is not published — check the manifest and the seeds')];
}
