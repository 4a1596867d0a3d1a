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
import type { Basis, Kind } from '../../src/lib/types.ts';
import { fiveYearPlanSpan } from './fypTables.ts';
import type { Named } from './naming.ts';
import type { Figure } from './numbers.ts';
import { uniqueIds } from './observation.ts';
import { endYear, isSpan, periodPhrases, type PeriodPhrase } from './periods.ts';
import { lastIndexOfAny } from './naming.ts';
import { readFigures, type ReadContext } from './reader.ts';
import type { Flat } from './text.ts';
import type { ExtractInput, ExtractResult } from './types.ts';

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

interface Ctx extends ReadContext {
  opts: PlanTextOptions;
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
  named: Named,
  wordsBasis: Basis,
  clause: string,
  sentenceStart: number,
): { kind: Kind; period: string; inferred: boolean; deadline: string; basis: Basis } | SkipReason {
  const text = ctx.flat.text;
  const predicate = named.predicate;
  const phrases = periodPhrases(text, sentenceStart, figure.start);
  const phrase: PeriodPhrase | undefined =
    phrases[phrases.length - 1] ?? thisYear(ctx, text.slice(sentenceStart, figure.start)) ?? headingPeriod(ctx.headings, figure.start);
  let basis = wordsBasis;
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
    // 五年间 opening the figure's own segment (after ；) outweighs a year named earlier in the sentence.
    const segment = lastIndexOfAny(text, '；', figure.start, sentenceStart) + 1;
    const spanHere = FIVE_YEARS.test(text.slice(segment, figure.start)) && !periodPhrases(text, segment, figure.start).length;
    if (basis === 'annual_avg_growth') return { kind: 'actual', period: span, inferred: false, deadline: '', basis };
    if (phrase && !isSpan(phrase.period) && !spanHere) {
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

/** Every figure of flat text[range): targets, outcomes of a reviewed plan, starting values. */
export function planTextFigures(ctx: Ctx, range: Range): void {
  const text = ctx.flat.text;
  readFigures(ctx, {
    range,
    dropRepeats: true,
    elsewhere: (src) => inside(ctx.opts.tables, src),
    skip: (site) => (inside(ctx.opts.context, site.figure.start) ? 'outlook chapter, neither a promise nor an outcome' : null),
    attribution: (_site, end) => ({ lead_departments: responsibilityAfter(text, end), deadline: '' }),
    frame: (site, named, basis) => {
      const p = periodOf(ctx, site.figure, named, basis, text.slice(site.clause, site.figure.start), site.sentence);
      if (typeof p === 'string') return p;
      return { kind: p.kind, period: p.period, basis: p.basis, estimated: false, section: 'plan_text', inferred: p.inferred, deadline: p.deadline };
    },
  });
}

/** Extract the figures of flat text[range) of a document. */
export function extractPlanText(input: ExtractInput, flat: Flat, range: Range, opts: PlanTextOptions): ExtractResult {
  const ctx: Ctx = { input, flat, opts, observations: [], findings: [], own: new Map(), headings: headingPeriods(flat.text) };
  planTextFigures(ctx, range);
  return { observations: uniqueIds(ctx.observations), findings: ctx.findings, caveats: [], indicators: [...ctx.own.values()] };
}
