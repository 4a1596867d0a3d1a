/**
 * Running text of plans and policy documents: every quantitative target with its deadline
 * (到2025年，全区制造业增加值年均增长6.5%以上), and, in a plan's review of the previous plan,
 * every stated outcome with its year (“十三五”末，全区生产总值达到537.73亿元).
 *
 * The period of a figure is the last year phrase before it in its sentence (到2022年底,
 * 2021年12月底前, 到“十四五”末 …); annual-average and cumulative (累计/新增 over the plan) figures
 * take the span from the plan's first year. A target whose sentence states no year takes the
 * document's horizon and is marked `period_inferred`. Figures that are not extracted are skipped
 * by rule and reported as warnings, one category per reason.
 */
import type { Basis, Comparator, Indicator, Kind, Observation, Section } from '../../src/lib/types.ts';
import { basisOf, GROWTH, signedValue } from './basis.ts';
import { matchIndicator, type IndicatorMatch } from './catalogue.ts';
import type { ExtractInput, ExtractResult, Finding } from './index.ts';
import { fiveYearPlanSpan } from './fypTables.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { buildObservation, uniqueIds } from './observation.ts';
import { endYear, isSpan, periodPhrases, type PeriodPhrase } from './periods.ts';
import { figureSkipReason, isParallelFigure, partReason, unitFits } from './skip.ts';
import { lineOf, sourceSpan, widenToClause, type Flat } from './text.ts';

export interface Range {
  start: number;
  end: number;
}

export interface PlanTextOptions {
  /**
   * Where a target without a stated year belongs: the document's horizon year (2025) and the
   * first year of the plan (2021), for annual-average and cumulative figures.
   */
  horizon: { year: string; start: string } | null;
  /** Flat ranges that review the previous plan (outcomes), with the span they review. */
  reviews: { range: Range; span: string }[];
  /** Flat ranges whose figures are neither promises nor outcomes (the outlook chapter). */
  context: Range[];
  /** Source ranges another extractor reads (the plan's tables). */
  tables: Range[];
}

/** Why a figure of plan text is not extracted (a warning category each). */
export type SkipReason = string;

const SENTENCE_STOPS = '。！？';
const SEGMENT_STOPS = '；。！？';
const CLAUSE_STOPS = '，；。：！？';
const WINDOW_STOPS = '，；。：！？、';

/** 每个县区, 每年, 每月 …: a figure per unit or per period, not one for the region. */
const PER_UNIT = /每(?:个|一个)?(?:县区|县|区|乡镇|乡|镇|村|行政村|月|季度|年|周|家|所)/;
/** 等186家: a count of the items just named. */
const COUNT_OF_NAMED = /等$/;
/** A clause that carries on the previous figure's indicator: 年均增长 6.2%. */
const CONTINUATION = /^(同比|比上年|较上年|年均|总量|其中)?(增长|下降|增速|提高|达到|达|突破|完成)/;
/** 2025年底前 at the start of a clause (农村生活污水治理率…，2025年底前达到45%左右). */
const LEADING_YEAR = /^(?:到|至)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末)?(?:前|以前)?/;
/** Flows over a span (新增, 累计 …): cumulative when the period is several years. */
const FLOW = /(累计|新增|新建|新改造|新改建|新引进|新培育|新认定|新打造)/;
/** Levels reached at the end of a span. */
const LEVEL_VERB = /(达到|达|提高到|提升到|提高至|提升至|增长到|增加到|增至|降至|降到|下降到|上升到|稳定在|保持在|控制在|突破|超过)$/;
/** 由2015年的16.8%, 从“十二五”末的63.96%: a starting value. */
const BASELINE = /(?:从|由)(?:(\d{4})年(?:末|底)?|[“"]?十([一二三四五])五[”"]?(末|初))?的?$/;
const FIVE_YEARS = /五年(?:间|来|累计|内)/;

/** One figure ready to become an observation. */
interface Draft {
  indicator: Indicator;
  match: IndicatorMatch | null;
  kind: Kind;
  period: string;
  inferred: boolean;
  deadline: string;
  basis: Basis;
  value: number;
  comparator: Comparator;
  figure: Figure;
  quote: Range;
}

interface Ctx {
  input: ExtractInput;
  flat: Flat;
  opts: PlanTextOptions;
  observations: Observation[];
  findings: Finding[];
  headings: HeadingPeriod[];
}

/** A heading that names a period (一、二〇三五年远景目标, 二、“十四五”经济社会发展目标) and the text it governs. */
export interface HeadingPeriod {
  range: Range;
  period: string;
}

const HEADING = /[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节篇]/g;

/** Headings followed closely by a year phrase: the period of the figures under them. */
export function headingPeriods(text: string): HeadingPeriod[] {
  const heads = [...text.matchAll(HEADING)].map((m) => m.index);
  const out: HeadingPeriod[] = [];
  heads.forEach((at, i) => {
    const end = at + 16;
    const phrase = periodPhrases(text, at, Math.min(end, text.length)).find((p) => p.start <= at + 6);
    // 二、“十四五”经济社会发展目标: the plan named alone stands for its span.
    const plan = /^[^“"十]{0,6}[“"]十([一二三四五])五[”"]/.exec(text.slice(at, end));
    const span = plan ? fiveYearPlanSpan(`十${plan[1]!}五`) : null;
    const period = phrase?.period ?? (span ? `${span.start}-${span.end}` : null);
    if (period) out.push({ range: { start: at, end: heads[i + 1] ?? text.length }, period });
  });
  return out;
}

function headingPeriod(headings: readonly HeadingPeriod[], at: number): PeriodPhrase | undefined {
  const h = headings.find((x) => x.range.start <= at && at < x.range.end);
  return h ? { start: h.range.start, end: h.range.start, period: h.period, deadline: '' } : undefined;
}

/** 今年, 全年 in a document for one year: the year it was delivered. */
function thisYear(ctx: Ctx, sentence: string): PeriodPhrase | undefined {
  if (!/今年|全年/.test(sentence)) return undefined;
  const year = ctx.input.doc.delivered.slice(0, 4);
  if (!ctx.input.doc.targets_for.includes(year)) return undefined;
  return { start: 0, end: 0, period: year, deadline: '' };
}

function warnSkip(ctx: Ctx, flatIndex: number, reason: SkipReason, excerptFrom: number, excerptTo: number): void {
  const text = ctx.flat.text;
  const s = text.slice(Math.max(excerptFrom, excerptTo - 40), excerptTo);
  ctx.findings.push({
    level: 'warning',
    file: ctx.input.file,
    line: lineOf(ctx.input.source, ctx.flat.map[Math.min(flatIndex, ctx.flat.map.length - 1)] ?? ctx.input.start),
    message: `plan figure not extracted (${reason}): "${s}"`,
  });
}

function lastIndexOfAny(text: string, chars: string, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (chars.includes(text[i]!)) return i;
  return floor - 1;
}

const inside = (ranges: readonly Range[], at: number) => ranges.some((r) => r.start <= at && at < r.end);

/** The year of a baseline phrase (由2015年的 → 2015, 从“十二五”末的 → 2015). */
function baselineYear(m: RegExpExecArray, fallback: string | null): string | null {
  if (m[1]) return m[1];
  if (m[2]) {
    const ordinal = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15 }[m[2]]!;
    const end = 1966 + 5 * (ordinal - 3) + 4;
    return String(m[3] === '初' ? end - 5 : end);
  }
  return fallback;
}

/** Period, kind and basis of a figure from its sentence, its words and where it stands. */
function periodOf(
  ctx: Ctx,
  figure: Figure,
  match: IndicatorMatch,
  predicate: string,
  clause: string,
  sentenceStart: number,
): Pick<Draft, 'kind' | 'period' | 'inferred' | 'deadline' | 'basis'> | SkipReason {
  const text = ctx.flat.text;
  const phrases = periodPhrases(text, sentenceStart, figure.start);
  const phrase: PeriodPhrase | undefined =
    phrases[phrases.length - 1] ?? thisYear(ctx, text.slice(sentenceStart, figure.start)) ?? headingPeriod(ctx.headings, figure.start);
  let basis = basisOf(match.phrasing, predicate, figure);
  const review = ctx.opts.reviews.find((r) => r.range.start <= figure.start && figure.start < r.range.end);
  const horizon = ctx.opts.horizon;
  const baseline = BASELINE.exec(predicate);
  if (baseline) {
    const fallback = review ? String(Number(review.span.slice(0, 4)) - 1) : horizon ? String(Number(horizon.start) - 1) : null;
    const year = baselineYear(baseline, fallback);
    if (year === null) return 'a starting value without a year';
    return { kind: 'baseline', period: year, inferred: !baseline[1] && !baseline[2], deadline: '', basis: 'level' };
  }
  const flow = FLOW.test(clause) || basis === 'cumulative';
  const levelWords = LEVEL_VERB.test(predicate) || figure.unit === '%' || figure.unit === '‰';

  if (review) {
    const span = review.span;
    const spanPhrase = (phrase && isSpan(phrase.period)) || FIVE_YEARS.test(text.slice(sentenceStart, figure.start));
    if (basis === 'annual_avg_growth') return { kind: 'actual', period: span, inferred: false, deadline: '', basis };
    if (phrase && !isSpan(phrase.period)) {
      return { kind: 'actual', period: phrase.period, inferred: false, deadline: '', basis };
    }
    if (spanPhrase) {
      if (basis === 'yoy_growth') return 'a growth rate over several years without 年均';
      if (levelWords && !flow) return { kind: 'actual', period: endYear(span), inferred: false, deadline: '', basis };
      return { kind: 'actual', period: span, inferred: false, deadline: '', basis: 'cumulative' };
    }
    if (flow) return { kind: 'actual', period: span, inferred: false, deadline: '', basis: 'cumulative' };
    return { kind: 'actual', period: endYear(span), inferred: true, deadline: '', basis };
  }

  // A target.
  const deadline = phrase?.deadline ?? '';
  const start = horizon?.start ?? null;
  const spanTo = (year: string) => (start !== null && Number(start) < Number(year) ? `${start}-${year}` : year);
  if (phrase && isSpan(phrase.period)) {
    // “十四五”期间: averages and flows over the span, levels at its end.
    if (basis === 'annual_avg_growth') return { kind: 'target', period: phrase.period, inferred: false, deadline, basis };
    if (basis === 'yoy_growth') return 'a growth rate over several years without 年均';
    if (levelWords && !flow) return { kind: 'target', period: endYear(phrase.period), inferred: false, deadline, basis };
    return { kind: 'target', period: phrase.period, inferred: false, deadline, basis: 'cumulative' };
  }
  const year = phrase?.period ?? horizon?.year ?? null;
  if (year === null) return 'no year and no horizon for the document';
  const inferred = !phrase;
  if (basis === 'annual_avg_growth') {
    const period = spanTo(year);
    if (!isSpan(period)) return 'an annual average over a single year';
    return { kind: 'target', period, inferred, deadline, basis };
  }
  if (flow && basis !== 'yoy_growth' && basis !== 'change_pp' && !LEVEL_VERB.test(predicate)) {
    const period = spanTo(year);
    basis = isSpan(period) ? 'cumulative' : basis === 'cumulative' ? 'level' : basis;
    return { kind: 'target', period, inferred, deadline, basis };
  }
  return { kind: 'target', period: year, inferred, deadline, basis };
}

/** Figures of a 分别 list (A、B分别达到 X、Y以上): the run of figures joined by 、/和/及. */
function listRun(text: string, first: Figure, to: number): Figure[] {
  const run = [first];
  let last = first;
  while (last.end < to && /[、和]/.test(text[last.end] ?? '')) {
    const next = parseFigure(text, last.end + 1);
    if (!next.ok || next.figure.start !== last.end + 1) break;
    run.push(next.figure);
    last = next.figure;
  }
  return run;
}

/**
 * A 分别 list: the names before 分别 pair with the figures after it, in order; a trailing
 * 以上/以内/左右 on the last figure applies to each (分别达到99%、98%以上).
 */
export function pairList(
  catalogue: readonly Indicator[],
  text: string,
  clauseStart: number,
  figures: readonly Figure[],
): { matches: IndicatorMatch[]; comparators: Comparator[] } | null {
  const respectively = text.lastIndexOf('分别', figures[0]!.start);
  if (respectively < clauseStart) return null;
  const names = text
    .slice(clauseStart, respectively)
    .split(/、|和|以及/)
    .map((s) => s.trim());
  if (names.length !== figures.length) return null;
  const matches = names.map((n) => matchIndicator(catalogue, n, 'last'));
  if (matches.some((m) => m === null)) return null;
  if (new Set(matches.map((m) => m!.indicator.id)).size !== matches.length) return null;
  const trailing = figures[figures.length - 1]!.comparator;
  const comparators = figures.map((f) => (f.comparator === 'eq' && trailing !== 'eq' && trailing !== 'range' ? trailing : f.comparator));
  return { matches: matches as IndicatorMatch[], comparators };
}

/** Lead departments stated after a task: （市政务服务和大数据管理局牵头，…配合） or （责任单位：…）. */
export function responsibilityAfter(text: string, from: number, limit = 400): string {
  const window = text.slice(from, from + limit);
  const m = /（(?:牵头单位[：:]([^；）]*)[；;]?[^）]*|责任单位[：:]([^）]*)|([^（）]*?)牵头[^（）]*)）/.exec(window);
  if (!m) return '';
  // A note that belongs to a later task: a new numbered item starts before it.
  if (/[。）]\s*(?:\d{1,2}\.|（\d{1,2}）|[一二三四五六七八九十]+、)/.test(window.slice(0, m.index))) return '';
  const raw = m[1] ?? m[3] ?? (m[2] ?? '').split('，')[0]!;
  return raw
    .split('、')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^各/.test(d))
    .join('、');
}

interface Pending {
  draft: Draft;
  leads: string;
  sentence: number;
}

/**
 * Several different figures for one indicator and period in one sentence (省级工程技术研究中心7家、
 * 市级工程技术研究中心24家) are parts, not the indicator: none is kept.
 */
function flush(ctx: Ctx, pending: readonly Pending[]): void {
  const key = (p: Pending) => [p.sentence, p.draft.indicator.id, p.draft.kind, p.draft.period, p.draft.basis, p.draft.figure.unit].join('|');
  const values = new Map<string, Set<number>>();
  for (const p of pending) {
    const k = key(p);
    (values.get(k) ?? values.set(k, new Set()).get(k)!).add(p.draft.value);
  }
  for (const p of pending) {
    if (values.get(key(p))!.size > 1) {
      warnSkip(ctx, p.draft.figure.start, 'one of several figures for one indicator in a sentence', p.draft.quote.start, p.draft.figure.end);
      continue;
    }
    emit(ctx, p.draft, p.leads);
  }
}

function emit(ctx: Ctx, d: Draft, leads: string): void {
  const span = sourceSpan(ctx.flat, d.figure.start, d.figure.end);
  const q = sourceSpan(ctx.flat, d.quote.start, d.quote.end);
  ctx.observations.push(
    buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
      indicator: d.indicator,
      kind: d.kind,
      period: d.period,
      value: d.value,
      value_max: d.figure.valueMax,
      unit: d.figure.unit,
      comparator: d.comparator,
      basis: d.basis,
      estimated: false,
      section: 'plan_text' as Section,
      figureStart: span.start,
      figureEnd: span.end,
      quoteStart: q.start,
      quoteEnd: q.end,
      period_inferred: d.inferred,
      lead_departments: d.kind === 'target' ? leads : '',
      deadline: d.kind === 'target' ? d.deadline : '',
    }),
  );
}

/** Every figure of flat text[range): targets, outcomes of a reviewed plan, starting values. */
export function planTextFigures(ctx: Ctx, range: Range): void {
  const text = ctx.flat.text;
  const catalogue = ctx.input.catalogue;
  let lastEnd = range.start;
  let previous: { match: IndicatorMatch; segment: number } | null = null;
  const pending: Pending[] = [];
  let lastList: { matches: IndicatorMatch[]; sentence: number } | null = null;
  for (const pos of figureStarts(text, range.start, range.end)) {
    if (pos < lastEnd) continue;
    const r = parseFigure(text, pos);
    if (!r.ok) continue;
    const figure = r.figure;
    lastEnd = figure.end;
    const src = ctx.flat.map[figure.start] ?? 0;
    if (inside(ctx.opts.tables, src)) continue;
    const skip = figureSkipReason(text, figure);
    const sentence = lastIndexOfAny(text, SENTENCE_STOPS, figure.start, range.start) + 1;
    const clauseStart = lastIndexOfAny(text, CLAUSE_STOPS, figure.start, range.start) + 1;
    const windowStart = lastIndexOfAny(text, WINDOW_STOPS, figure.start, range.start) + 1;
    const segment = lastIndexOfAny(text, SEGMENT_STOPS, figure.start, range.start) + 1;
    const skipHere = (reason: SkipReason) => {
      previous = null;
      warnSkip(ctx, figure.start, reason, clauseStart, figure.end);
    };
    if (skip !== null) {
      // Dates, list numbers, codes and names (5G, 4A级) are not figures at all; the rest are counted.
      if (!skip.startsWith('no unit') && skip !== 'part of a name') skipHere(skip);
      continue;
    }
    if (inside(ctx.opts.context, figure.start)) {
      skipHere('outlook chapter, neither a promise nor an outcome');
      continue;
    }
    const window = text.slice(windowStart, figure.start);
    if (PER_UNIT.test(text.slice(clauseStart, figure.start))) {
      skipHere('a figure per unit or per period (每…)');
      continue;
    }
    if (COUNT_OF_NAMED.test(window)) {
      skipHere('a count of the items named before it (等N个)');
      continue;
    }

    // A 分别 list: several figures, each with its name. A later list of the same sentence with
    // as many figures and no name of its own (…分别从2015年的24619元和9450元，增至2020年的34411元和
    // 14107元) pairs with the same names.
    const clause = text.slice(clauseStart, figure.start);
    const run0 = listRun(text, figure, range.end);
    const carried =
      lastList && lastList.sentence === sentence && run0.length === lastList.matches.length && run0.length > 1 && !matchIndicator(catalogue, window, 'last')
        ? lastList
        : null;
    if (clause.includes('分别') || carried) {
      const run = run0;
      lastEnd = run[run.length - 1]!.end;
      const own = clause.includes('分别') ? pairList(catalogue, text, clauseStart, run) : null;
      const trailing = run[run.length - 1]!.comparator;
      const paired =
        own ??
        (carried
          ? { matches: carried.matches, comparators: run.map((f) => (f.comparator === 'eq' && trailing !== 'eq' && trailing !== 'range' ? trailing : f.comparator)) }
          : null);
      if (!paired) {
        skipHere('a 分别 list whose names do not pair with its figures');
        continue;
      }
      if (own) lastList = { matches: own.matches, sentence };
      const leads = responsibilityAfter(text, lastEnd);
      run.forEach((f, i) => {
        const match = paired.matches[i]!;
        const predicate = text.slice(own ? text.lastIndexOf('分别', f.start) : clauseStart, run[0]!.numberStart);
        const part = partReason(text.slice(clauseStart, f.start));
        if (part !== null || !unitFits(f.unit, match.indicator.unit)) {
          skipHere(part ?? `unit ${f.unit} does not fit the indicator`);
          return;
        }
        const p = periodOf(ctx, f, match, predicate, clause, sentence);
        if (typeof p === 'string') {
          skipHere(p);
          return;
        }
        const quote = widenToClause(text, clauseStart, lastEnd);
        const draft = { indicator: match.indicator, match, ...p, value: signedValue(match.phrasing, predicate, f, p.basis), comparator: paired.comparators[i]!, figure: f, quote };
        pending.push({ draft, leads, sentence });
      });
      continue;
    }
    if (isParallelFigure(text, figure)) {
      skipHere('a list of figures without their names');
      continue;
    }

    let match = matchIndicator(catalogue, window, 'last');
    let matchAt = match ? windowStart + match.start : -1;
    let continued = false;
    if (!match && previous && previous.segment === segment && CONTINUATION.test(window.replace(LEADING_YEAR, ''))) {
      match = previous.match;
      matchAt = windowStart;
      continued = true;
    }
    let nameAfter = false;
    if (!match) {
      // 完成5000公里农村公路, 培育55个乡村建设示范村: the name follows the figure.
      const after = text.slice(figure.end, figure.end + 24).split(/[，；。：！？、（]/)[0]!;
      const m = matchIndicator(catalogue, after, 'first');
      if (m && m.start <= 1 && !/^(以上|以下|以内|左右)/.test(after)) {
        match = m;
        matchAt = figure.end + m.start;
        nameAfter = true;
      }
    }
    if (!match) {
      skipHere('no catalogue indicator');
      continue;
    }
    const afterName = match.phrasing.includes('占') && !nameAfter ? text.slice(matchAt + match.phrasing.length, figure.start) : window;
    const part = partReason(afterName) ?? (/[县区乡镇村]均/.test(window) ? 'a figure for part of the region' : null);
    if (part !== null) {
      skipHere(part);
      continue;
    }
    if (!unitFits(figure.unit, match.indicator.unit)) {
      skipHere(`unit does not fit the indicator`);
      continue;
    }
    // 37个贫困村退出和9933个贫困户: the name right after a figure is that figure's.
    const ownerBefore = nameAfter ? null : /\d([^\d，；。、]{0,3})$/.exec(text.slice(windowStart, matchAt));
    if (!continued && ownerBefore && !/^[年月]/.test(ownerBefore[1]!)) {
      skipHere('its name belongs to the figure before it');
      continue;
    }
    const predicateFrom = !continued && !nameAfter && matchAt >= windowStart ? matchAt + match.phrasing.length : windowStart;
    const predicate = text.slice(predicateFrom, figure.numberStart);
    if (/(比|较)(\d{4}年|上年|去年)?(增加|减少|提高|下降|降低|上升)$/.test(predicate) && !/[%‰]/.test(figure.unit)) {
      skipHere('a change against an earlier year');
      continue;
    }
    if ((figure.unit === '%' || figure.unit === '‰') && !['%', '‰', '百分点'].includes(match.indicator.unit) && !GROWTH.test(match.phrasing + predicate)) {
      skipHere('a rate of an indicator counted in other units');
      continue;
    }
    previous = { match, segment };
    const p = periodOf(ctx, figure, match, predicate, clause, sentence);
    if (typeof p === 'string') {
      skipHere(p);
      continue;
    }
    const quote = widenToClause(text, Math.min(matchAt, windowStart), nameAfter ? matchAt + match.phrasing.length : figure.end);
    const leads = responsibilityAfter(text, figure.end);
    const draft = { indicator: match.indicator, match, ...p, value: signedValue(match.phrasing, predicate, figure, p.basis), comparator: figure.comparator, figure, quote };
    pending.push({ draft, leads, sentence });
  }
  flush(ctx, pending);
}

/** Extract the figures of flat text[range) of a document. */
export function extractPlanText(input: ExtractInput, flat: Flat, range: Range, opts: PlanTextOptions): ExtractResult {
  const ctx: Ctx = { input, flat, opts, observations: [], findings: [], headings: headingPeriods(flat.text) };
  planTextFigures(ctx, range);
  return { observations: uniqueIds(ctx.observations), findings: ctx.findings };
}
