/**
 * Government work reports: the headline target list, the review's actuals, the tasks' targets.
 *
 * Structure (see DOMAIN.md): 一、YYYY年工作回顾 (actuals of the reviewed year) → 二、…总体要求 with
 * 主要预期目标是：… (the headline target list) → 三、YYYY年重点工作 (secondary targets).
 * Target vs actual is decided by the section a figure stands in, never by line numbers.
 */
import type { Basis, Kind, Observation, Section } from '../../src/lib/types.ts';
import { basisOf, GROWTH, signedValue } from './basis.ts';
import { findIndicators, matchIndicator, type IndicatorMatch } from './catalogue.ts';
import type { ExtractInput, ExtractResult, Finding } from './index.ts';
import type { TaskAttribution } from './notice.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { buildObservation, uniqueIds } from './observation.ts';
import { findReportSections, splitItems, type Range, type ReportSections } from './sections.ts';
import { figureSkipReason, isParallelFigure, partReason, unitFits } from './skip.ts';
import { flatten, lineOf, sourceSpan, widenToClause, type Flat } from './text.ts';

interface Periods {
  /** The reviewed year, e.g. "2024". */
  year: string | null;
  /** The reviewed span of a five-year review, e.g. "2018-2022". */
  span: string | null;
  /** The year targets are set for. */
  target: string | null;
}

export function periodsOf(input: ExtractInput, sections: ReportSections): Periods {
  const year =
    input.doc.reviews.find((p) => /^\d{4}$/.test(p)) ??
    sections.reviewHeadingYear ??
    (sections.targetHeadingYear ? String(Number(sections.targetHeadingYear) - 1) : null);
  const span = input.doc.reviews.find((p) => /^\d{4}-\d{4}$/.test(p)) ?? null;
  const target = input.doc.targets_for.find((p) => /^\d{4}$/.test(p)) ?? sections.targetHeadingYear;
  return { year, span, target };
}

export interface Ctx {
  input: ExtractInput;
  flat: Flat;
  observations: Observation[];
  findings: Finding[];
}

function lineAt(ctx: Ctx, flatIndex: number): number {
  return lineOf(ctx.input.source, ctx.flat.map[Math.min(flatIndex, ctx.flat.map.length - 1)] ?? ctx.input.start);
}

export function warn(ctx: Ctx, level: Finding['level'], flatIndex: number, message: string): void {
  ctx.findings.push({ level, file: ctx.input.file, line: lineAt(ctx, flatIndex), message });
}

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** One headline-list item → one observation per figure, or one qualitative observation. */
function headlineItem(ctx: Ctx, item: Range, section: Section, period: string): void {
  const text = ctx.flat.text;
  const words = text.slice(item.start, item.end);
  const match = matchIndicator(ctx.input.catalogue, words, 'first');
  if (!match) {
    warn(
      ctx,
      'error',
      item.start,
      `unclassified headline target "${words}": add a phrasing to data/indicators.csv`,
    );
    return;
  }
  const quoteEnd = Math.min(item.end + 1, text.length);
  const quoteSpan = sourceSpan(ctx.flat, item.start, quoteEnd);
  const figures: Figure[] = [];
  let lastEnd = item.start;
  for (const pos of figureStarts(text, item.start + match.end, item.end)) {
    if (pos < lastEnd) continue;
    const r = parseFigure(text, pos);
    if (!r.ok || r.figure.unit === '' || figureSkipReason(text, r.figure) !== null) continue;
    figures.push(r.figure);
    lastEnd = r.figure.end;
  }
  const base = { indicator: match.indicator, kind: 'target' as Kind, period, section, estimated: false };
  if (figures.length === 0) {
    const itemSpan = sourceSpan(ctx.flat, item.start, item.end);
    ctx.observations.push(
      buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
        ...base,
        value: null,
        value_max: null,
        unit: '',
        comparator: 'qualitative',
        basis: GROWTH.test(words.slice(match.end - match.start)) ? 'yoy_growth' : 'level',
        value_text: words,
        figureStart: itemSpan.start,
        figureEnd: itemSpan.end,
        quoteStart: quoteSpan.start,
        quoteEnd: quoteSpan.end,
      }),
    );
    return;
  }
  let predicateStart = item.start + match.end - match.start;
  for (const figure of figures) {
    const predicate = text.slice(predicateStart, figure.numberStart);
    const basis = basisOf(match.phrasing, predicate, figure);
    const span = sourceSpan(ctx.flat, figure.start, figure.end);
    ctx.observations.push(
      buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
        ...base,
        value: signedValue(match.phrasing, predicate, figure, basis),
        value_max: figure.valueMax,
        unit: figure.unit,
        comparator: figure.comparator,
        basis,
        figureStart: span.start,
        figureEnd: span.end,
        quoteStart: quoteSpan.start,
        quoteEnd: quoteSpan.end,
      }),
    );
    predicateStart = figure.end;
  }
}

export function headlineList(ctx: Ctx, range: Range, section: Section, period: string | null): void {
  if (period === null) {
    warn(ctx, 'error', range.start, 'cannot tell which year the headline targets are for: set targets_for in the manifest');
    return;
  }
  for (const item of splitItems(ctx.flat.text, range)) headlineItem(ctx, item, section, period);
}

const SENTENCE_STOPS = '。！？';
const WINDOW_STOPS = '，；。：！？、';
/** A clause that carries on the previous figure's indicator: 同比增长 6.1%, 年均增长 6.2%. */
const CONTINUATION = /^(同比|比上年|比去年|较上年|年均|总量|其中)?(增长|下降|增速|提高|达到|达|突破|完成)/;
/** 五年来, 过去五年: the review turns to the whole span (一年来 does not). */
const SPAN_MARKER = /[二三四五六七八九十]年来|过去[二三四五六七八九十]年/g;

/** Whether the review speaks of the span after `text`: the last span or single-year marker decides. */
export function spanModeAfter(text: string, current: boolean, year: string | null): boolean {
  let lastSpan = -1;
  for (const m of text.matchAll(SPAN_MARKER)) lastSpan = m.index;
  const single = new RegExp(`一年来|过去一年${year ? `|${year}年，` : ''}`, 'g');
  let lastSingle = -1;
  for (const m of text.matchAll(single)) lastSingle = m.index;
  if (lastSpan < 0 && lastSingle < 0) return current;
  return lastSpan > lastSingle;
}

function lastIndexOfAny(text: string, chars: string, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (chars.includes(text[i]!)) return i;
  return floor - 1;
}

interface BodyState {
  /** Last indicator matched and the sentence it was matched in. */
  previous: { match: IndicatorMatch; at: number; sentence: number } | null;
  fiveYear: boolean;
  seenHeadline: Set<string>;
}

/** Figures of the review (actuals) or of the tasks part (targets). */
export function bodyFigures(ctx: Ctx, range: Range, mode: 'review' | 'tasks', periods: Periods, task?: TaskAttribution): void {
  const text = ctx.flat.text;
  const state: BodyState = { previous: null, fiveYear: false, seenHeadline: new Set() };
  let lastEnd = range.start;
  let markerScan = range.start;
  for (const pos of figureStarts(text, range.start, range.end)) {
    if (pos < lastEnd) continue;
    const r = parseFigure(text, pos);
    if (!r.ok) continue;
    const figure = r.figure;
    lastEnd = figure.end;
    if (mode === 'review' && periods.span !== null) {
      state.fiveYear = spanModeAfter(text.slice(markerScan, figure.start), state.fiveYear, periods.year);
      markerScan = figure.start;
    }
    if (figureSkipReason(text, figure) !== null) continue;
    const sentence = lastIndexOfAny(text, SENTENCE_STOPS, figure.start, range.start) + 1;
    const windowStart = lastIndexOfAny(text, WINDOW_STOPS, figure.start, range.start) + 1;
    if (isParallelFigure(text, figure)) {
      warn(
        ctx,
        'warning',
        figure.start,
        `unclassified figure "${excerpt(text, windowStart, figure.end)}" in a list of figures: state each with its indicator or add a phrasing to data/indicators.csv`,
      );
      continue;
    }
    const window = text.slice(windowStart, figure.start);
    let match =
      distributedMatch(ctx, range, windowStart, figure) ??
      matchIndicator(ctx.input.catalogue, window, 'last') ??
      ellipticalMatch(ctx, range, windowStart, figure);
    let matchAt = match ? windowStart + match.start : -1;
    if (!match && state.previous && state.previous.sentence === sentence && CONTINUATION.test(window)) {
      match = state.previous.match;
      matchAt = state.previous.at;
    }
    if (!match) {
      warn(
        ctx,
        'warning',
        figure.start,
        `unclassified figure "${excerpt(text, Math.max(windowStart, figure.start - 30), figure.end)}": add a phrasing to data/indicators.csv`,
      );
      continue;
    }
    const part = partReason(window);
    if (part !== null || !unitFits(figure.unit, match.indicator.unit)) {
      const why = part ?? `unit ${figure.unit} does not fit ${match.indicator.id} (${match.indicator.unit})`;
      warn(
        ctx,
        'warning',
        figure.start,
        `unclassified figure "${excerpt(text, Math.max(windowStart, figure.start - 30), figure.end)}": ${why}; add an indicator or phrasing to data/indicators.csv`,
      );
      continue;
    }
    state.previous = { match, at: matchAt, sentence };
    const ownMatch = matchAt >= windowStart;
    const predicateFrom = ownMatch ? Math.max(matchAt + match.phrasing.length, windowStart) : windowStart;
    const predicate = text.slice(Math.max(predicateFrom, previousFigureEnd(ctx, windowStart, figure)), figure.numberStart);
    // 财政科技支出、技术合同成交额均增长 35%: one figure stated for every indicator of the list.
    const shared = ownMatch && SHARED.test(predicate) ? sharedMatches(ctx, range, figure, matchAt, match) : [];
    const quoteFrom = Math.min(matchAt, windowStart, ...shared.map((m) => m.start));
    const q = sourceSpan(ctx.flat, ...spanOf(widenToClause(text, quoteFrom, figure.end)));
    const span = sourceSpan(ctx.flat, figure.start, figure.end);
    for (const m of [match, ...shared]) {
      const draft =
        mode === 'review'
          ? reviewDraft(text, figure, m, predicate, sentence, periods, state)
          : tasksDraft(text, figure, m, predicate, sentence, periods);
      if (draft === null) {
        warn(ctx, 'warning', figure.start, `figure "${excerpt(text, windowStart, figure.end)}" has no period: set reviews/targets_for in the manifest`);
        break;
      }
      ctx.observations.push(
        buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
          indicator: m.indicator,
          ...draft,
          value: signedValue(m.phrasing, predicate, figure, draft.basis),
          value_max: figure.valueMax,
          unit: figure.unit,
          comparator: figure.comparator,
          figureStart: span.start,
          figureEnd: span.end,
          quoteStart: q.start,
          quoteEnd: q.end,
          ...(task ? { ...task, section: 'task_notice' as Section } : {}),
        }),
      );
    }
  }
}

const SHARED = /^(均|都|分别|同比均|同比分别)/;
const FLOW_VERB = /新增|新认定|新建|新设/;

/**
 * A 、-list item that drops the head its first item names: 粮食播种面积…1900万亩以上、产量160亿斤以上
 * means 粮食产量. A phrasing matches when the item starts with its tail (2+ characters) and the
 * indicator named by the list's first item starts with its head.
 */
function ellipticalMatch(ctx: Ctx, range: Range, windowStart: number, figure: Figure): IndicatorMatch | null {
  const text = ctx.flat.text;
  if (text[windowStart - 1] !== '、') return null;
  const window = text.slice(windowStart, figure.start);
  const clauseStart = lastIndexOfAny(text, '，；。：！？', windowStart, range.start) + 1;
  const firstItem = text.slice(clauseStart, windowStart).split('、')[0] ?? '';
  // The head must be the subject of the first item: 粮食 of 粮食播种面积, not a verb like 新建.
  const first = matchIndicator(ctx.input.catalogue, firstItem, 'first');
  if (!first) return null;
  let best: IndicatorMatch | null = null;
  for (const indicator of ctx.input.catalogue) {
    for (const phrasing of indicator.phrasings) {
      for (let cut = 1; cut <= phrasing.length - 2; cut++) {
        const tail = phrasing.slice(cut);
        if (!window.startsWith(tail) || !first.phrasing.startsWith(phrasing.slice(0, cut))) continue;
        if (!best || tail.length > best.end) best = { indicator, phrasing, start: 0, end: tail.length };
      }
    }
  }
  return best;
}

/**
 * A verb at the head of a 、-list applies to every item: 新增规上工业企业 110 家、省级“专精特新”企业
 * 20 家 means 20 new ones. When the catalogue has an indicator for verb + item (新增省级“专精特新”),
 * that one is meant; its match is returned with positions in the window (the verb is not there).
 */
function distributedMatch(ctx: Ctx, range: Range, windowStart: number, figure: Figure): IndicatorMatch | null {
  const text = ctx.flat.text;
  if (text[windowStart - 1] !== '、') return null;
  const window = text.slice(windowStart, figure.start);
  if (FLOW_VERB.test(window)) return null;
  const clauseStart = lastIndexOfAny(text, '，；。：！？', windowStart, range.start) + 1;
  const head = text.slice(clauseStart, windowStart);
  const verb = FLOW_VERB.exec(head.slice(0, head.indexOf('、') < 0 ? head.length : head.indexOf('、')))?.[0];
  if (!verb) return null;
  const m = matchIndicator(ctx.input.catalogue, verb + window, 'last');
  if (!m || !m.phrasing.startsWith(verb) || m.start !== 0) return null;
  return { ...m, phrasing: m.phrasing.slice(verb.length), start: 0, end: m.end - verb.length };
}

function spanOf(r: Range): [number, number] {
  return [r.start, r.end];
}

/**
 * The other indicators of a list that shares one figure (A、B均增长 X%): those named in the
 * same clause before the matched one, joined by 、, whose unit fits the figure.
 */
function sharedMatches(ctx: Ctx, range: Range, figure: Figure, matchAt: number, match: IndicatorMatch): IndicatorMatch[] {
  const text = ctx.flat.text;
  const clauseStart = lastIndexOfAny(text, '，；。：！？', matchAt, range.start) + 1;
  if (text[matchAt - 1] !== '、') return [];
  return findIndicators(ctx.input.catalogue, text.slice(clauseStart, matchAt))
    .filter((m) => m.indicator.id !== match.indicator.id && unitFits(figure.unit, m.indicator.unit))
    .map((m) => ({ ...m, start: clauseStart + m.start, end: clauseStart + m.end }));
}

/** End of a figure that precedes `figure` inside the same window (从1.6万元提高到2.4万元). */
function previousFigureEnd(ctx: Ctx, windowStart: number, figure: Figure): number {
  const text = ctx.flat.text;
  let end = windowStart;
  let last = windowStart;
  for (const pos of figureStarts(text, windowStart, figure.start)) {
    if (pos < last) continue;
    const r = parseFigure(text, pos);
    if (r.ok && r.figure.end <= figure.start) {
      last = r.figure.end;
      if (r.figure.unit !== '') end = r.figure.end;
    }
  }
  return end;
}

interface Draft {
  kind: Kind;
  period: string;
  basis: Basis;
  estimated: boolean;
  section: Section;
}

const BASELINE = /(?:从|由)(?:(\d{4})年(?:末|底)?的?)?$/;
const SPAN_LEVEL_VERB = /(保持在|稳定在|保持)$/;
const LEVEL_VERB = /(达到|达|提高到|提升到|提高至|提升至|增长到|增加到|降至|降到|下降到|下降至|上升到|上升至|突破|超过)$/;

function reviewDraft(
  text: string,
  figure: Figure,
  match: IndicatorMatch,
  predicate: string,
  sentence: number,
  periods: Periods,
  state: BodyState,
): Draft | null {
  const estimated = text.slice(sentence, figure.start).includes('预计');
  const basis = basisOf(match.phrasing, predicate, figure);
  const spanStart = periods.span ? Number(periods.span.slice(0, 4)) : null;
  const baseline = BASELINE.exec(predicate);
  if (baseline) {
    const year = baseline[1] ?? (spanStart !== null ? String(spanStart - 1) : periods.year ? String(Number(periods.year) - 1) : null);
    if (year === null) return null;
    return { kind: 'baseline', period: year, basis: 'level', estimated: false, section: periods.span ? 'review_five_year' : 'review_body' };
  }
  if (periods.span && basis === 'annual_avg_growth') {
    return { kind: 'actual', period: periods.span, basis, estimated, section: 'review_five_year' };
  }
  if (periods.span && state.fiveYear) {
    // 五年来: levels reached are end-of-span values; flows (新增, 完成, 累计 …) add up over the span.
    const level = LEVEL_VERB.test(predicate) || (basis === 'level' && (figure.unit === '%' || figure.unit === '‰'));
    const endYear = periods.span.slice(5);
    if (SPAN_LEVEL_VERB.test(predicate)) return { kind: 'actual', period: periods.span, basis: 'level', estimated, section: 'review_five_year' };
    if (level && basis !== 'yoy_growth') return { kind: 'actual', period: endYear, basis: 'level', estimated, section: 'review_five_year' };
    return { kind: 'actual', period: periods.span, basis: 'cumulative', estimated, section: 'review_five_year' };
  }
  if (periods.year === null) return null;
  const key = `${match.indicator.id}:${basis}`;
  const headline = match.indicator.headline && !state.seenHeadline.has(key);
  state.seenHeadline.add(key);
  return { kind: 'actual', period: periods.year, basis, estimated, section: headline ? 'review_headline' : 'review_body' };
}

const BY_YEAR = /到(20\d\d)年|(20\d\d)年(?:底|末)?(?:前|以前)/g;

function tasksDraft(
  text: string,
  figure: Figure,
  match: IndicatorMatch,
  predicate: string,
  sentence: number,
  periods: Periods,
): Draft | null {
  let period = periods.target;
  for (const m of text.slice(sentence, figure.start).matchAll(BY_YEAR)) period = m[1] ?? m[2] ?? period;
  if (period === null) return null;
  return { kind: 'target', period, basis: basisOf(match.phrasing, predicate, figure), estimated: false, section: 'tasks_body' };
}

export function finish(ctx: Ctx): ExtractResult {
  return { observations: uniqueIds(ctx.observations), findings: ctx.findings };
}

/** A government work report: review actuals, the headline target list, secondary targets. */
export function extractWorkReport(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  const ctx: Ctx = { input, flat, observations: [], findings: [] };
  const sections = findReportSections(flat.text);
  const periods = periodsOf(input, sections);
  if (sections.headline) headlineList(ctx, sections.headline, 'headline_targets', periods.target);
  else warn(ctx, 'error', 0, 'no headline target list (主要预期目标是：…) found in this work report');
  if (sections.review) bodyFigures(ctx, sections.review, 'review', periods);
  else warn(ctx, 'error', 0, 'no review section (一、YYYY年工作回顾) found in this work report');
  if (sections.tasks) bodyFigures(ctx, sections.tasks, 'tasks', periods);
  else warn(ctx, 'warning', 0, 'no key-tasks section (三、YYYY年重点工作) found in this work report');
  return finish(ctx);
}
