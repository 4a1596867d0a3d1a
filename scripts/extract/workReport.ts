/**
 * Government work reports (and plan-execution reports, news summaries of either): the headline
 * target list, and every figure of the running text, read one sentence at a time.
 *
 * Whether a figure is a target or an actual, and for which period, is decided from what its sentence
 * says and where it stands: inside a review part (一、2024年工作回顾 …) it is an outcome of the reviewed
 * year (or of the span a five-year review covers); inside a tasks part it is a target for the year of
 * delivery; elsewhere, or without headings at all, its sentence's time anchors (去年, 今年, 过去五年,
 * 2024年, 到2025年 …) and cues (预计, 同比 / 力争, 确保, 目标 …) decide, and failing those its place
 * before or after the target list. Headings help when present; their absence loses nothing.
 */
import type { Basis, Kind, Section } from '../../src/lib/types.ts';
import { GROWTH } from './basis.ts';
import { matchIndicator } from './catalogue.ts';
import { measured, sharedHeads, type Named, type NamingContext } from './naming.ts';
import { buildObservation, uniqueIds } from './observation.ts';
import { fiveYearPlanSpan } from './fypTables.ts';
import { isSpan, periodPhrases } from './periods.ts';
import { readFigures, type Frame, type ReadContext, type Site } from './reader.ts';
import { findReportSections, splitItems, type Range, type ReportSections } from './sections.ts';
import { figureStarts, parseFigure } from './numbers.ts';
import { lineOf, sourceSpan, flatten } from './text.ts';
import type { ExtractInput, ExtractResult, Finding } from './types.ts';

/** The periods a report speaks of. */
export interface Periods {
  /** The reviewed year, e.g. "2024". */
  year: string | null;
  /** The reviewed span of a five-year review, e.g. "2018-2022". */
  span: string | null;
  /** The year targets are set for. */
  target: string | null;
}

/** Years named by the text itself: its headings, else its 今年/去年 sentences' explicit years. */
export function textYears(sections: ReportSections): { review: string | null; target: string | null } {
  const review = sections.reviewHeadingYear ?? (sections.targetHeadingYear ? String(Number(sections.targetHeadingYear) - 1) : null);
  const target = sections.targetHeadingYear ?? (sections.reviewHeadingYear ? String(Number(sections.reviewHeadingYear) + 1) : null);
  return { review, target };
}

export function periodsOf(input: ExtractInput, sections: ReportSections): Periods {
  const own = textYears(sections);
  const year = input.doc.reviews.find((p) => /^\d{4}$/.test(p)) ?? own.review;
  const target = input.doc.targets_for.find((p) => /^\d{4}$/.test(p)) ?? own.target;
  const span =
    input.doc.reviews.find((p) => /^\d{4}-\d{4}$/.test(p)) ?? (sections.fiveYearReview && year ? `${Number(year) - 4}-${year}` : null);
  return { year, span, target };
}

export type Ctx = ReadContext;

export function warn(ctx: Ctx, level: Finding['level'], flatIndex: number, message: string): void {
  const src = ctx.flat.map[Math.min(flatIndex, ctx.flat.map.length - 1)] ?? ctx.input.start;
  ctx.findings.push({ level, file: ctx.input.file, line: lineOf(ctx.input.source, src), message });
}

function namingOf(ctx: Ctx): NamingContext {
  return { text: ctx.flat.text, catalogue: ctx.input.catalogue, qualifiers: ctx.input.qualifiers ?? [], own: ctx.own };
}

/**
 * One headline-list item: its figures read like running text (a list item may name two measures:
 * 城乡居民人均可支配收入分别增长5%和7.5%左右), or, without a figure, one qualitative target per measure
 * it names (城镇、农村居民人均可支配收入与经济增长基本保持同步 names two).
 */
function headlineItem(ctx: Ctx, item: Range, section: Section, period: string): void {
  const text = ctx.flat.text;
  const words = text.slice(item.start, item.end);
  const match = matchIndicator(ctx.input.catalogue, words, 'first');
  if (!match) {
    warn(ctx, 'warning', item.start, `unclassified headline target "${words}": add a phrasing to data/indicators.csv`);
    return;
  }
  const figures = figureStarts(text, item.start, item.end).filter((p) => {
    const r = parseFigure(text, p);
    return r.ok && r.figure.unit !== '';
  });
  const frame = (): Frame => ({ kind: 'target', period, estimated: false, section });
  if (figures.length > 0) {
    readFigures(ctx, { range: item, frame });
    return;
  }
  const nc = namingOf(ctx);
  const m = { ...match, start: item.start + match.start, end: item.start + match.end };
  const none = { start: item.end, end: item.end, numberStart: item.end, numberEnd: item.end, value: 0, valueMax: null, unit: '', comparator: 'eq' as const, cumulative: false };
  const names: { indicator: Named['indicator']; start: number }[] = sharedHeads(nc, item.start, m).map((h) => ({
    indicator: h.match ? measured(nc, h.match, h.start, h.start + h.head.length, item.start, none) : m.indicator,
    start: h.start,
  }));
  if (names.some((n) => n.indicator.id === m.indicator.id)) names.length = 0;
  names.push({ indicator: measured(nc, m, m.start, m.end, item.start, none), start: m.start });
  const quote = sourceSpan(ctx.flat, item.start, Math.min(item.end + 1, text.length));
  const itemSpan = sourceSpan(ctx.flat, item.start, item.end);
  for (const n of names) {
    ctx.observations.push(
      buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
        indicator: n.indicator,
        kind: 'target',
        period,
        section,
        estimated: false,
        value: null,
        value_max: null,
        unit: '',
        comparator: 'qualitative',
        basis: GROWTH.test(words.slice(match.end)) ? 'yoy_growth' : 'level',
        value_text: words,
        figureStart: itemSpan.start,
        figureEnd: itemSpan.end,
        quoteStart: quote.start,
        quoteEnd: quote.end,
      }),
    );
  }
}

export function headlineList(ctx: Ctx, range: Range, section: Section, period: string | null): void {
  if (period === null) {
    warn(ctx, 'warning', range.start, 'cannot tell which year the headline targets are for: set targets_for in the manifest, or pass --year');
    return;
  }
  for (const item of splitItems(ctx.flat.text, range)) headlineItem(ctx, item, section, period);
}

/** 五年来, 过去五年: the review turns to the whole span (一年来 does not). */
const SPAN_MARKER = /[二三四五六七八九十]年来|过去[二三四五六七八九十]年/g;

/** Whether the review speaks of the span after `text`: the last span or single-year marker decides. */
export function spanModeAfter(text: string, current: boolean, year: string | null): boolean {
  let lastSpan = -1;
  for (const m of text.matchAll(SPAN_MARKER)) lastSpan = m.index;
  const single = new RegExp(`一年来|过去一年|去年${year ? `|${year}年，` : ''}`, 'g');
  let lastSingle = -1;
  for (const m of text.matchAll(single)) lastSingle = m.index;
  if (lastSpan < 0 && lastSingle < 0) return current;
  return lastSpan > lastSingle;
}

const BASELINE = /(?:从|由)(?:(\d{4})年(?:末|底)?的?)?$/;
const SPAN_LEVEL_VERB = /(保持在|稳定在|保持|始终)$/;
const LEVEL_VERB = /(达到|达|提高到|提升到|提高至|提升至|增长到|增加到|增至|降至|降到|下降到|下降至|上升到|上升至|突破|超过)$/;
/** A deadline in a target's sentence: 到2027年, 2025年底前. */
const BY_YEAR = /到(20\d\d)年|(20\d\d)年(?:底|末)?(?:前|以前)/g;
/** Words that make a sentence speak of the future: a promise. */
const TARGET_CUE = /预期目标|主要目标|目标是|目标为|力争|确保|争取|努力|计划|拟|将|要|今年|明年|到20\d\d年/;
/** Words that make a sentence speak of the past: an outcome. */
const REVIEW_CUE = /去年|上年|过去一年|一年来|过去五年|五年来|预计|初步核算|同比|比上年|较上年|完成了|实现了|达到了|刚刚过去/;

interface ReviewState {
  fiveYear: boolean;
  markerScan: number;
  seenHeadline: Set<string>;
}

/** An outcome in the review part (or a review sentence): its period, kind and section. */
function reviewFrame(text: string, site: Site, named: Named, basis: Basis, periods: Periods, state: ReviewState): Frame | string {
  const { figure } = site;
  const estimated = text.slice(site.sentence, figure.start).includes('预计');
  if (periods.span !== null) {
    state.fiveYear = spanModeAfter(text.slice(state.markerScan, figure.start), state.fiveYear, periods.year);
    state.markerScan = figure.start;
  }
  const spanStart = periods.span ? Number(periods.span.slice(0, 4)) : null;
  const predicate = named.predicate;
  const baseline = BASELINE.exec(predicate);
  const reviewSection: Section = periods.span && state.fiveYear ? 'review_five_year' : 'review_body';
  if (baseline) {
    // In a report that reviews a span, a starting value is the span's (居民人均可支配收入从1.6万元提高到2.4万元).
    const year = baseline[1] ?? (spanStart !== null ? String(spanStart - 1) : periods.year ? String(Number(periods.year) - 1) : null);
    if (year === null) return 'a starting value without a year';
    const section: Section = spanStart !== null && year === String(spanStart - 1) ? 'review_five_year' : reviewSection;
    return { kind: 'baseline', period: year, basis: 'level', estimated: false, section };
  }
  if (periods.span && basis === 'annual_avg_growth') return { kind: 'actual', period: periods.span, estimated, section: 'review_five_year' };
  // An explicit earlier year of the sentence (截至2023年底, 2023年，…) than the reviewed one.
  const phrases = periodPhrases(text, site.sentence, figure.start).filter((p) => !isSpan(p.period) && Number(p.period) < Number(periods.year ?? 0));
  if (phrases.length && !state.fiveYear) {
    return { kind: 'actual', period: phrases[phrases.length - 1]!.period, estimated, section: 'review_body' };
  }
  if (periods.span && state.fiveYear) {
    // 五年来: levels reached are end-of-span values; flows (新增, 完成, 累计 …) add up over the span.
    const level = LEVEL_VERB.test(predicate) || (basis === 'level' && (figure.unit === '%' || figure.unit === '‰')) || named.indicator.measure === 'stock' || named.indicator.measure === 'rate';
    const endYear = periods.span.slice(5);
    if (SPAN_LEVEL_VERB.test(predicate)) return { kind: 'actual', period: periods.span, basis: 'level', estimated, section: 'review_five_year' };
    if (basis === 'yoy_growth' && named.how !== 'continued') return { kind: 'actual', period: endYear, estimated, section: 'review_five_year' };
    if (level && basis !== 'yoy_growth') return { kind: 'actual', period: endYear, basis: 'level', estimated, section: 'review_five_year' };
    if (basis === 'yoy_growth') return { kind: 'actual', period: endYear, estimated, section: 'review_five_year' };
    return { kind: 'actual', period: periods.span, basis: 'cumulative', estimated, section: 'review_five_year' };
  }
  if (periods.year === null) return 'no reviewed year for the figure: set reviews in the manifest, or pass --year';
  const key = `${named.indicator.id}:${basis}`;
  const headline = named.indicator.headline && !state.seenHeadline.has(key);
  state.seenHeadline.add(key);
  return { kind: 'actual', period: periods.year, estimated, section: headline ? 'review_headline' : 'review_body' };
}

/** “十四五” right before a name (实现“十四五”能耗强度下降12%的目标): the plan's span. */
const PLAN_BEFORE = /[“"]?十([一二三四五])五[”"]?(?:时期|期间)?$/;

/** A target in the tasks part (or a target sentence): the year of delivery, or the sentence's deadline. */
function targetFrame(text: string, site: Site, periods: Periods, section: Section, named?: Named): Frame | string {
  const plan = named ? PLAN_BEFORE.exec(text.slice(site.clause, named.nameStart)) : null;
  const span = plan ? fiveYearPlanSpan(`十${plan[1]!}五`) : null;
  if (span) return { kind: 'target', period: `${span.start}-${span.end}`, basis: 'cumulative', estimated: false, section, deadline: plan![0] };
  let period = periods.target;
  let deadline = '';
  for (const m of text.slice(site.sentence, site.figure.start).matchAll(BY_YEAR)) {
    period = m[1] ?? m[2] ?? period;
    deadline = m[0];
  }
  if (period === null) return 'no target year for the figure: set targets_for in the manifest, or pass --year';
  return { kind: 'target', period, estimated: false, section, deadline: deadline && deadline !== `到${periods.target}年` ? deadline : '' };
}

/**
 * Outside the parts a heading marks: the sentence decides. An explicit year before the figure, a
 * past or future cue, or else which side of the target list the sentence stands on.
 */
function sentenceKind(text: string, site: Site, periods: Periods, listAt: number | null): 'review' | 'target' | null {
  const words = text.slice(site.sentence, site.figure.start);
  const years = periodPhrases(text, site.sentence, site.figure.start).map((p) => Number(p.period.slice(-4)));
  const year = years[years.length - 1];
  if (year !== undefined && periods.year && year <= Number(periods.year)) return 'review';
  if (year !== undefined && periods.target && year >= Number(periods.target)) return 'target';
  const future = TARGET_CUE.test(words);
  const past = REVIEW_CUE.test(words);
  if (future && !past) return 'target';
  if (past && !future) return 'review';
  if (listAt !== null) return site.figure.start < listAt ? 'review' : 'target';
  return null;
}

export function finish(ctx: Ctx): ExtractResult {
  return { observations: uniqueIds(ctx.observations), findings: ctx.findings, caveats: [], indicators: [...ctx.own.values()] };
}

/** A government work report: the headline target list and every figure of its text. */
export function extractWorkReport(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  const ctx: Ctx = { input, flat, observations: [], findings: [], own: new Map() };
  const sections = findReportSections(flat.text);
  const periods = periodsOf(input, sections);
  if (sections.headline) headlineList(ctx, sections.headline, 'headline_targets', periods.target);
  else warn(ctx, 'warning', 0, 'no headline target list (主要预期目标是：…) found in this report');
  if (!sections.review) warn(ctx, 'warning', 0, 'no review part (一、YYYY年工作回顾 …) found: outcomes are read from their sentences');
  readBody(ctx, sections, periods, { start: 0, end: sections.end ?? flat.text.length });
  return finish(ctx);
}

/** Every figure of a report's text outside its headline list. */
export function readBody(
  ctx: Ctx,
  sections: ReportSections,
  periods: Periods,
  range: Range,
  taskSection: Section = 'tasks_body',
  attribution?: (site: Site) => { lead_departments: string; deadline: string } | null,
): void {
  const text = ctx.flat.text;
  const state: ReviewState = { fiveYear: false, markerScan: sections.review?.start ?? 0, seenHeadline: new Set() };
  const inside = (r: Range | null, at: number) => r !== null && r.start <= at && at < r.end;
  const listAt = sections.headline?.start ?? null;
  // The headline list is read by headlineList.
  const list = sections.headline ? sourceSpan(ctx.flat, sections.headline.start, sections.headline.end) : null;
  readFigures(ctx, {
    range,
    elsewhere: (src) => list !== null && list.start <= src && src < list.end,
    attribution: attribution ? (site) => attribution(site) : undefined,
    frame: (site, named, basis) => {
      const at = site.figure.start;
      const part = inside(sections.review, at) ? 'review' : inside(sections.tasks, at) ? 'target' : sentenceKind(text, site, periods, listAt);
      if (part === 'review') return reviewFrame(text, site, named, basis, periods, state);
      if (part === 'target') return targetFrame(text, site, periods, taskSection, named);
      return 'cannot tell from its sentence whether it is a target or an outcome';
    },
  });
}

export type { Kind };
