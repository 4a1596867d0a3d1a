/**
 * Government work reports (and the task notice that repeats the headline list).
 *
 * Structure (see DOMAIN.md): 一、YYYY年工作回顾 (actuals of the reviewed year) → 二、…总体要求 with
 * 主要预期目标是：… (the headline target list) → 三、YYYY年重点工作 (secondary targets).
 * Target vs actual is decided by the section a figure stands in, never by line numbers.
 */
import type { Basis, Indicator, Kind, Observation, Section } from '../../src/lib/types.ts';
import { matchIndicator, type IndicatorMatch } from './catalogue.ts';
import type { ExtractInput, ExtractResult, Finding } from './index.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { buildObservation, uniqueIds } from './observation.ts';
import { flatten, lineOf, sourceSpan, widenToClause, type Flat } from './text.ts';
import { figureSkipReason, isParallelFigure, partReason, unitFits } from './skip.ts';

export interface Range {
  start: number;
  end: number;
}

export interface ReportSections {
  review: Range | null;
  /** Items of 主要预期目标是：… up to the end of the sentence. */
  headline: Range | null;
  tasks: Range | null;
  /** Year named in the review heading (一、2024年工作回顾), null for 过去五年工作回顾. */
  reviewHeadingYear: string | null;
  /** Year named in the goals or tasks heading (二、2025年工作总体要求 / 三、2025年重点工作). */
  targetHeadingYear: string | null;
}

const NUMERAL = '[一二三四五六七八九十]+、';
const REVIEW_HEADING = new RegExp(`${NUMERAL}(?:(\\d{4})年|过去[一二三四五六七八九十]年)工作回顾`);
const GOALS_HEADING = new RegExp(`${NUMERAL}(\\d{4})年(?:经济社会发展|政府工作|工作)?总体要求`);
const TASKS_HEADING = new RegExp(`${NUMERAL}(\\d{4})年(?:政府工作|经济社会发展)?重点工作`);
const HEADLINE_MARKER = /主要预期目标(?:是|为)?[：:]/;

/** Locate the review, the headline list and the tasks part in a report's flat text. */
export function findReportSections(text: string): ReportSections {
  const review = REVIEW_HEADING.exec(text);
  const goals = GOALS_HEADING.exec(text);
  const tasks = TASKS_HEADING.exec(text);
  const marker = HEADLINE_MARKER.exec(text);
  let headline: Range | null = null;
  if (marker) {
    const start = marker.index + marker[0].length;
    const stop = text.indexOf('。', start);
    headline = { start, end: stop < 0 ? text.length : stop };
  }
  let reviewRange: Range | null = null;
  if (review) {
    const start = review.index + review[0].length;
    const ends = [goals?.index, marker?.index, tasks?.index, text.length].filter(
      (i): i is number => i !== undefined && i > start,
    );
    reviewRange = { start, end: Math.min(...ends) };
  }
  const tasksStart = tasks ? tasks.index + tasks[0].length : -1;
  const tasksRange = tasks ? { start: tasksStart, end: nextDocumentAt(text, tasksStart) } : null;
  return {
    review: reviewRange,
    headline,
    tasks: tasksRange,
    reviewHeadingYear: review?.[1] ?? null,
    targetHeadingYear: goals?.[1] ?? tasks?.[1] ?? null,
  };
}

/** A document number standing on its own (驻政〔2024〕6号), not cited in brackets: another document begins. */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,8}〔\d{4}〕\d+号(?![）)》〉”文])/g;

/** Where a document appended after the report begins (a gazette prints several), or the text end. */
export function nextDocumentAt(text: string, from: number): number {
  DOC_NUMBER.lastIndex = from;
  const m = DOC_NUMBER.exec(text);
  return m ? m.index : text.length;
}

/** Items of a headline list: separated by ，or ；. */
export function splitItems(text: string, range: Range): Range[] {
  const items: Range[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || text[i] === '，' || text[i] === '；') {
      if (i > start) items.push({ start, end: i });
      start = i + 1;
    }
  }
  return items;
}

const GROWTH = /(增长|增速|增幅|下降|降低|减少|提高|提升|上涨|涨幅|回落|增加)(?![到至为达值])/;
const FALL = /(下降|降低|减少|回落)(?![到至为达])/;

/**
 * What a figure measures, from the words between the indicator and the number (and the
 * phrasing itself: 居民消费价格涨幅 is already a growth rate).
 */
export function basisOf(phrasing: string, predicate: string, figure: Figure): Basis {
  if (figure.cumulative || /累计/.test(predicate)) return 'cumulative';
  if (figure.unit === '百分点') return 'change_pp';
  const words = phrasing + predicate;
  if (/年均/.test(words)) return 'annual_avg_growth';
  if ((figure.unit === '%' || figure.unit === '‰') && GROWTH.test(words)) return 'yoy_growth';
  return 'level';
}

/** 下降 3% is a growth of −3%. */
function signedValue(phrasing: string, predicate: string, figure: Figure, basis: Basis): number {
  const falls = FALL.test(phrasing + predicate) && (basis === 'yoy_growth' || basis === 'annual_avg_growth');
  return falls ? -Math.abs(figure.value) : figure.value;
}

interface Periods {
  /** The reviewed year, e.g. "2024". */
  year: string | null;
  /** The reviewed span of a five-year review, e.g. "2018-2022". */
  span: string | null;
  /** The year targets are set for. */
  target: string | null;
}

function periodsOf(input: ExtractInput, sections: ReportSections): Periods {
  const year =
    input.doc.reviews.find((p) => /^\d{4}$/.test(p)) ??
    sections.reviewHeadingYear ??
    (sections.targetHeadingYear ? String(Number(sections.targetHeadingYear) - 1) : null);
  const span = input.doc.reviews.find((p) => /^\d{4}-\d{4}$/.test(p)) ?? null;
  const target = input.doc.targets_for.find((p) => /^\d{4}$/.test(p)) ?? sections.targetHeadingYear;
  return { year, span, target };
}

interface Ctx {
  input: ExtractInput;
  flat: Flat;
  observations: Observation[];
  findings: Finding[];
}

function lineAt(ctx: Ctx, flatIndex: number): number {
  return lineOf(ctx.input.source, ctx.flat.map[Math.min(flatIndex, ctx.flat.map.length - 1)] ?? ctx.input.start);
}

function warn(ctx: Ctx, level: Finding['level'], flatIndex: number, message: string): void {
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

function headlineList(ctx: Ctx, range: Range, section: Section, period: string | null): void {
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
const FIVE_YEAR_MARKER = /[一二三四五六七八九十]年来|过去[一二三四五六七八九十]年/;

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
/** Where a task of the task notice comes from: its lead departments and deadline. */
interface TaskAttribution {
  lead_departments: string;
  deadline: string;
}

function bodyFigures(ctx: Ctx, range: Range, mode: 'review' | 'tasks', periods: Periods, task?: TaskAttribution): void {
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
    if (mode === 'review' && periods.span !== null && !state.fiveYear) {
      state.fiveYear = FIVE_YEAR_MARKER.test(text.slice(markerScan, figure.start));
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
    let match = matchIndicator(ctx.input.catalogue, window, 'last');
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
    const quoteRange = widenToClause(text, Math.min(matchAt, windowStart), figure.end);
    const draft =
      mode === 'review'
        ? reviewDraft(text, figure, match, predicate, sentence, periods, state)
        : tasksDraft(text, figure, match, predicate, sentence, periods);
    if (draft === null) {
      warn(ctx, 'warning', figure.start, `figure "${excerpt(text, windowStart, figure.end)}" has no period: set reviews/targets_for in the manifest`);
      continue;
    }
    const span = sourceSpan(ctx.flat, figure.start, figure.end);
    const q = sourceSpan(ctx.flat, quoteRange.start, quoteRange.end);
    ctx.observations.push(
      buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
        indicator: match.indicator,
        ...draft,
        value: signedValue(match.phrasing, predicate, figure, draft.basis),
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

function finish(ctx: Ctx): ExtractResult {
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

export interface NoticeTask extends TaskAttribution {
  /** The task's number in the notice (1, 2 …). */
  number: number;
  /** Flat span of the task's text, without its responsibility note. */
  body: Range;
}

const TASK_NUMBER = /(\d{1,3})\.(?!\d)/g;
const RESPONSIBILITY = /（([^（）]*(?:牵头|负责)[^（）]*)）|〔((?:[^〔〕]*)(?:牵头|负责)[^〔〕]*)〕/g;

/**
 * The numbered tasks of a task notice: `N.任务…。（市工信局牵头，市发改委…按职责分工负责，12月底前完成）`.
 * A task number counts only when it follows the previous one (1., 2., 3. …), so that figures such
 * as 1.2万 are never taken for numbering.
 */
export function noticeTasks(text: string, from: number): NoticeTask[] {
  const starts: { number: number; at: number; bodyAt: number }[] = [];
  for (const m of text.slice(from).matchAll(TASK_NUMBER)) {
    const n = Number(m[1]);
    const at = from + m.index;
    const prev = text[at - 1] ?? '';
    if (n !== starts.length + 1 || (at > from && !/[。）)；〕】\]]/.test(prev))) continue;
    starts.push({ number: n, at, bodyAt: at + m[0].length });
  }
  return starts.map((s, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const notes = [...text.slice(s.bodyAt, end).matchAll(RESPONSIBILITY)];
    const note = notes[notes.length - 1];
    const bodyEnd = note ? s.bodyAt + note.index : end;
    return { number: s.number, body: { start: s.bodyAt, end: bodyEnd }, ...attribution(note?.[1] ?? note?.[2] ?? '') };
  });
}

/** 市工信局牵头，市发改委…按职责分工负责，12月底前完成 → lead 市工信局, deadline 12月底前. */
export function attribution(note: string): TaskAttribution {
  const clauses = note.split('，');
  const leadClause = clauses.find((c) => c.includes('牵头')) ?? clauses.find((c) => c.endsWith('负责')) ?? '';
  const lead = leadClause.replace(/(牵头|负责)$/, '').replace(/牵头.*$/, '').replace(/按职责分工$/, '');
  const last = clauses.length > 1 ? clauses[clauses.length - 1]! : '';
  const deadline = /负责$|牵头$/.test(last) ? '' : last.replace(/完成$/, '');
  return { lead_departments: lead.split('、').filter((d) => d !== '').join('、'), deadline };
}

/**
 * The task notice: the repeated headline list (今年发展主要预期目标：…) and the figures of its
 * numbered tasks, each with its lead departments and deadline.
 */
export function extractTaskNotice(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  const ctx: Ctx = { input, flat, observations: [], findings: [] };
  const sections = findReportSections(flat.text);
  const periods = periodsOf(input, sections);
  if (sections.headline) headlineList(ctx, sections.headline, 'task_notice', periods.target);
  else warn(ctx, 'warning', 0, 'no headline target list (主要预期目标：…) found in this task notice');
  for (const task of noticeTasks(flat.text, sections.headline?.end ?? 0)) {
    bodyFigures(ctx, task.body, 'tasks', periods, { lead_departments: task.lead_departments, deadline: task.deadline });
  }
  return finish(ctx);
}

export type { Indicator };
