/**
 * Plans and policy documents as a whole: the running text of a policy (services plan, digital
 * government opinion, action plans …) and of a five-year plan (its review of the previous plan,
 * its outlook, its promises), next to the plan's tables.
 */
import type { DocumentMeta } from '../../src/lib/types.ts';
import { findTables, linesOf } from './fypTables.ts';
import type { ExtractInput, ExtractResult } from './types.ts';
import { extractPlanText, type PlanTextOptions, type Range } from './planText.ts';
import { flatten } from './text.ts';

/**
 * Where a target without a stated year belongs: the latest period the document sets targets
 * for (its horizon), and the first year of the plan (a span's start, or the year of delivery).
 */
export function horizonOf(doc: Pick<DocumentMeta, 'targets_for' | 'delivered'>): PlanTextOptions['horizon'] {
  const ends = doc.targets_for.map((p) => Number(p.slice(-4))).filter((y) => y > 0);
  if (ends.length === 0) return null;
  const year = Math.max(...ends);
  const spanStarts = doc.targets_for.filter((p) => /^\d{4}-\d{4}$/.test(p)).map((p) => Number(p.slice(0, 4)));
  const delivered = Number(doc.delivered.slice(0, 4));
  const start = spanStarts.length > 0 ? Math.min(...spanStarts) : Math.min(delivered || year, ...ends);
  return { year: String(year), start: String(start) };
}

/** A policy document: every figure of its text. */
export function extractPolicy(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  return extractPlanText(input, flat, { start: 0, end: flat.text.length }, {
    horizon: horizonOf(input.doc),
    reviews: [],
    context: [],
    tables: [],
  });
}

const REVIEW_HEADING = /第[一二三四五六七八九十]+[章节][“"]?十([一二三四五])五[”"]?(?:时期)?(?:发展|建设)?(?:成就|回顾)/;
const OUTLOOK_HEADING = /第[一二三四五六七八九十]+[章节][“"]?十[一二三四五]五[”"]?(?:时期)?(?:发展)?(?:环境|形势)/;

/** The flat range from a heading to the next heading of the same or a higher level. */
function chapterAfter(text: string, heading: RegExpExecArray): Range {
  const start = heading.index;
  const level = heading[0].includes('节') ? /第[一二三四五六七八九十]+[章节篇]/g : /第[一二三四五六七八九十]+[章篇]/g;
  level.lastIndex = start + heading[0].length;
  const next = level.exec(text);
  return { start, end: next ? next.index : text.length };
}

/** Review and outlook parts of a five-year plan, found by their headings in flat text. */
export function planParts(text: string, reviewSpan: string | null): Pick<PlanTextOptions, 'reviews' | 'context'> {
  const reviews: PlanTextOptions['reviews'] = [];
  const context: Range[] = [];
  const review = REVIEW_HEADING.exec(text);
  if (review) {
    const ordinal = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15 }[review[1]!]!;
    const start = 1966 + 5 * (ordinal - 3);
    reviews.push({ range: chapterAfter(text, review), span: reviewSpan ?? `${start}-${start + 4}` });
  }
  const outlook = OUTLOOK_HEADING.exec(text);
  if (outlook) context.push(chapterAfter(text, outlook));
  return { reviews, context };
}

/** Source ranges of the plan's tables (caption to the end of the note), read by fypTables. */
export function tableRanges(source: string, start: number, end: number): Range[] {
  const lines = linesOf(source, start, end);
  return findTables(source, start, end).map((t) => {
    const last = t.body[t.body.length - 1]?.end ?? t.captionLine.end;
    if (!t.note) return { start: t.captionLine.start, end: last };
    const i = lines.findIndex((l) => l.start === t.note!.line.start);
    return { start: t.captionLine.start, end: Math.max(last, lines[Math.min(i + 11, lines.length - 1)]!.end) };
  });
}

/** The running text of a five-year plan (its tables are read by extractFypTables). */
export function extractPlanRunningText(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  const reviewSpan = input.doc.reviews.find((p) => /^\d{4}-\d{4}$/.test(p)) ?? null;
  return extractPlanText(input, flat, { start: 0, end: flat.text.length }, {
    horizon: horizonOf(input.doc),
    ...planParts(flat.text, reviewSpan),
    tables: tableRanges(input.source, input.start, input.end),
  });
}
