/**
 * Reading the figures of running text, one sentence at a time. Every number with a unit becomes
 * a row or a warning with its reason (never nothing). What the figure measures comes from its words
 * (naming.ts); whether it is a target, an actual or a baseline, and for which period, comes from the
 * caller's frame (work reports: parts and time anchors; plans: year phrases and the horizon).
 */
import type { Basis, Comparator, Indicator, Kind, Observation, Section } from '../../src/lib/types.ts';
import { basisOf, signedValue } from './basis.ts';
import { matchIndicator } from './catalogue.ts';
import { listNames, nameOne, structureRatio, type Site } from './figureNames.ts';
import { lastIndexOfAny, listRun, type Named, type NamingContext, CLAUSE_STOPS, WINDOW_STOPS } from './naming.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { buildObservation } from './observation.ts';
import { contextSkipReason, figureSkipReason, isParallelFigure, partReason, unitFits } from './skip.ts';
import { lineOf, sourceSpan, widenToClause, type Flat } from './text.ts';
import type { ExtractInput, Finding } from './types.ts';

export interface Range {
  start: number;
  end: number;
}


/** What the caller decides about a named figure. */
export interface Frame {
  kind: Kind;
  period: string;
  /** When the frame knows better than the words (a span's flows are cumulative …). */
  basis?: Basis;
  estimated: boolean;
  section: Section;
  inferred?: boolean;
  deadline?: string;
  base_period?: string;
}

export interface ReaderOptions {
  range: Range;
  /**
   * Several different figures of one measure and period in one sentence are parts, not the measure
   * (plan text: 省级工程技术研究中心7家、…24家): drop them with a warning.
   */
  dropRepeats?: boolean;
  /** Kind and period of a named figure; a string is the reason it is not a row (a warning). */
  frame(site: Site, named: Named, basis: Basis): Frame | string;
  /** A reason to pass over a figure before naming it (the outlook chapter …), or null. */
  skip?(site: Site): string | null;
  /** Source offsets another extractor reads (a plan's tables): their figures are left to it. */
  elsewhere?(sourceOffset: number): boolean;
  /** Lead departments and deadline of a figure's task. */
  attribution?(site: Site, end: number): { lead_departments: string; deadline: string } | null;
}

export interface ReadContext {
  input: ExtractInput;
  flat: Flat;
  observations: Observation[];
  findings: Finding[];
  /** Measures of their own named so far. */
  own: Map<string, Indicator>;
}

const SENTENCE_STOPS = '。！？';
const SEGMENT_STOPS = '；。！？';
/** 是2017年的1.8倍, 是2017年末的近两倍: a multiple of a stated year's level. */
const MULTIPLE = /是(\d{4})年(?:末|底)?的(近|约)?$/;
/** 比2015年下降39.68%: a change against a stated earlier year. */
const CHANGE_SINCE = /(?:比|较)(\d{4})年(?:末|底)?(?:增长|下降|提高|降低|减少|增加|上升)$/;

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(Math.max(start, end - 48), end);
  return s.length < end - start ? `…${s}` : s;
}

/** Warn about a figure that is not a row, with the reason; `at` points at the figure in the source. */
export function skipFigure(ctx: ReadContext, figure: Figure, from: number, reason: string): void {
  const src = ctx.flat.map[figure.numberStart] ?? ctx.flat.map[figure.start] ?? ctx.input.start;
  ctx.findings.push({
    level: 'warning',
    file: ctx.input.file,
    line: lineOf(ctx.input.source, src),
    message: `figure not extracted (${reason}): "${excerpt(ctx.flat.text, from, figure.end)}"`,
    at: src,
  });
}

interface Pending {
  named: Named;
  frame: Frame;
  basis: Basis;
  figure: Figure;
  value: number;
  comparator: Comparator;
  quote: Range;
  attribution: { lead_departments: string; deadline: string } | null;
}

function siteOf(text: string, figure: Figure, floor: number): Site {
  return {
    figure,
    sentence: lastIndexOfAny(text, SENTENCE_STOPS, figure.start, floor) + 1,
    segment: lastIndexOfAny(text, SEGMENT_STOPS, figure.start, floor) + 1,
    clause: lastIndexOfAny(text, CLAUSE_STOPS, figure.start, floor) + 1,
    window: lastIndexOfAny(text, WINDOW_STOPS, figure.start, floor) + 1,
  };
}

/** Read every figure of flat text[range). */
export function readFigures(ctx: ReadContext, opts: ReaderOptions): void {
  const text = ctx.flat.text;
  const { range } = opts;
  const nc: NamingContext = { text, catalogue: ctx.input.catalogue, qualifiers: ctx.input.qualifiers ?? [], own: ctx.own };
  const pending: Pending[] = [];
  let previous: { named: Named; segment: number; sentence: number } | null = null;
  let lastList: { names: Named[]; sentence: number } | null = null;
  let lastEnd = range.start;

  const push = (site: Site, named: Named, stated: Figure, comparator: Comparator, quote: Range, predicateForBasis = named.predicate): boolean => {
    const figure = named.unit ? { ...stated, unit: named.unit } : stated;
    // 比2015年下降39.68%: a change since a stated year, over the years since.
    const since = CHANGE_SINCE.exec(predicateForBasis);
    if (since && figure.unit !== '%' && figure.unit !== '‰') {
      skipFigure(ctx, figure, site.clause, 'a change against an earlier year in other units than % (较2015年增加98天)');
      return false;
    }
    const basis = since ? 'cumulative' : basisOf(named.phrasing, predicateForBasis, figure);
    const frame = opts.frame(site, named, basis);
    if (typeof frame === 'string') {
      skipFigure(ctx, figure, site.clause, frame);
      return false;
    }
    const finalBasis = since ? 'cumulative' : (frame.basis ?? basis);
    const end = Number(frame.period.slice(-4));
    const sinceFrame = since ? { ...frame, period: end > Number(since[1]) + 1 ? `${Number(since[1]) + 1}-${end}` : String(end), base_period: since[1]! } : frame;
    // A reduction indicator (能耗降幅) counts a fall as a positive figure.
    const reduction = /降幅|减少|降低率/.test(named.indicator.zh);
    pending.push({
      named,
      frame: sinceFrame,
      basis: finalBasis,
      figure,
      value: reduction ? figure.value : signedValue(named.phrasing, predicateForBasis, figure, since ? 'yoy_growth' : finalBasis),
      comparator,
      quote,
      attribution: opts.attribution?.(site, figure.end) ?? null,
    });
    return true;
  };

  for (const pos of figureStarts(text, range.start, range.end)) {
    if (pos < lastEnd) continue;
    const r = parseFigure(text, pos);
    if (!r.ok) continue;
    // 72、43微克/立方米: a figure without a unit takes the unit of the list it opens.
    const carried = r.figure.unit === '' ? listRun(text, r.figure, range.end) : [r.figure];
    const figure = carried.length > 1 ? carried[0]! : r.figure;
    lastEnd = figure.end;
    if (opts.elsewhere?.(ctx.flat.map[figure.start] ?? 0)) continue;
    const site = siteOf(text, figure, range.start);
    const skip = figureSkipReason(text, figure);
    const pass = (reason: string) => skipFigure(ctx, figure, site.clause, reason);

    // A structure ratio (产业结构由18.3：42.3：39.4调整为18.1：38.9：43): one share per part.
    if (skip === 'a ratio') {
      const ratio = structureRatio(nc, text, figure, site);
      if (ratio) {
        lastEnd = ratio.end;
        ratio.shares.forEach((f, i) => push(site, { ...ratio.named[i]! }, f, 'eq', widenToClause(text, ratio.nameStart, ratio.end)));
      } else pass('a ratio');
      continue;
    }
    if (skip !== null) {
      // Dates, list numbers, codes and names (5G, 4A级) are not figures at all; the rest are reported.
      if (skip.startsWith('no unit') || skip === 'part of a name') continue;
      // A multiple (是2017年的1.8倍) or a time an indicator is measured in (企业开办时间 0.5个工作日) is read on.
      const m = matchIndicator(nc.catalogue, text.slice(site.clause, figure.start), 'last');
      if (!(skip.startsWith('unit ') && (figure.unit === '倍' || m?.indicator.unit === figure.unit))) {
        pass(skip);
        continue;
      }
    }
    const before = opts.skip?.(site);
    if (before) {
      pass(before);
      continue;
    }
    const clauseWords = text.slice(site.clause, figure.start);
    const window = text.slice(site.window, figure.start);
    const context = contextSkipReason(text, figure, site);
    if (context) {
      pass(context);
      continue;
    }

    // Lists: names before, figures after (A、B分别增长 X、Y; A、B增长 X、Y), or a later list of the
    // sentence with as many figures and no names of its own (…分别从X和Y，增至Z和W).
    const run = listRun(text, figure, range.end);
    if (run.length > 1 || /分别/.test(clauseWords)) {
      const names = listNames(nc, site, run);
      const carried = !names && lastList && lastList.sentence === site.sentence && lastList.names.length === run.length ? lastList.names : null;
      const paired = names ?? carried;
      if (paired) {
        lastEnd = run[run.length - 1]!.end;
        if (names) lastList = { names, sentence: site.sentence };
        const trailing = run[run.length - 1]!.comparator;
        const quote = widenToClause(text, site.clause, lastEnd);
        // The words between the names and the figures (年均增长, 分别达到 …); a carried list's whole clause.
        const predicate = text.slice(names ? Math.max(site.clause, names[names.length - 1]!.nameEnd) : site.clause, figure.numberStart);
        run.forEach((f, i) => {
          const named = paired[i]!;
          if (!unitFits(f.unit, named.indicator.unit) && named.indicator.catalogued) {
            skipFigure(ctx, f, site.clause, `unit ${f.unit} does not fit ${named.indicator.id} (${named.indicator.unit})`);
            return;
          }
          const comparator = f.comparator === 'eq' && trailing !== 'eq' && trailing !== 'range' ? trailing : f.comparator;
          push({ ...site, figure: f }, { ...named, predicate }, f, comparator, quote, predicate);
        });
        previous = null;
        continue;
      }
      if (run.length > 1 && isParallelFigure(text, figure)) {
        lastEnd = run[run.length - 1]!.end;
        for (const f of run) skipFigure(ctx, f, site.clause, 'a list of figures whose names do not pair with them');
        previous = null;
        continue;
      }
    }

    // One figure: its name(s).
    const names = nameOne(nc, site, previous);
    if (typeof names === 'string') {
      pass(names);
      continue;
    }
    const first = names[0]!;
    // A share of the named measure (民生支出…占一般公共预算支出的71.4%) is not the measure.
    const share = partReason(text.slice(Math.max(first.nameEnd, site.window), figure.start));
    if (share && first.how !== 'after' && !first.phrasing.includes('占')) {
      pass(share);
      continue;
    }
    // A multiple of an earlier year's level (是2017年的1.8倍): the row says which year.
    const multiple = MULTIPLE.exec(window);
    if (figure.unit === '倍' && !multiple) {
      pass('a multiple without the year it multiplies (增长N倍)');
      continue;
    }
    const quote = widenToClause(text, Math.min(site.window, ...names.map((n) => n.nameStart)), Math.max(figure.end, ...names.map((n) => n.nameEnd)));
    for (const named of names) {
      if (multiple) {
        const frame = opts.frame(site, named, 'level');
        if (typeof frame === 'string') {
          skipFigure(ctx, figure, site.clause, frame);
          continue;
        }
        // The multiple compares the level of one year (a span's last) with the base year's.
        pending.push({ named, frame: { ...frame, period: frame.period.slice(-4), base_period: multiple[1]! }, basis: 'multiple', figure, value: figure.value, comparator: multiple[2] ? 'about' : figure.comparator, quote, attribution: null });
        continue;
      }
      push(site, named, figure, figure.comparator, quote);
    }
    previous = { named: first, segment: site.segment, sentence: site.sentence };
  }
  if (opts.dropRepeats) flush(ctx, pending);
  else for (const p of pending) emit(ctx, p);
}

/**
 * Several different figures for one measure and period in one sentence (省级工程技术研究中心7家、
 * 省级工程技术研究中心24家 …) are parts, not the measure: none is kept, each is a warning.
 */
function flush(ctx: ReadContext, pending: readonly Pending[]): void {
  const sentenceOf = (p: Pending) => lastIndexOfAny(ctx.flat.text, SENTENCE_STOPS, p.figure.start, 0);
  const key = (p: Pending) => [sentenceOf(p), p.named.indicator.id, p.frame.kind, p.frame.period, p.basis, p.figure.unit].join('|');
  const values = new Map<string, Set<number>>();
  for (const p of pending) {
    const k = key(p);
    (values.get(k) ?? values.set(k, new Set()).get(k)!).add(p.value);
  }
  for (const p of pending) {
    if (values.get(key(p))!.size > 1) {
      skipFigure(ctx, p.figure, p.quote.start, 'one of several figures for one measure in a sentence');
      continue;
    }
    emit(ctx, p);
  }
}

function emit(ctx: ReadContext, p: Pending): void {
  const span = sourceSpan(ctx.flat, p.figure.start, p.figure.end);
  const q = sourceSpan(ctx.flat, p.quote.start, p.quote.end);
  ctx.observations.push(
    buildObservation(ctx.input.doc, ctx.input.file, ctx.input.source, {
      indicator: p.named.indicator,
      kind: p.frame.kind,
      period: p.frame.period,
      value: p.value,
      value_max: p.figure.valueMax,
      unit: p.figure.unit,
      comparator: p.comparator,
      basis: p.basis,
      estimated: p.frame.estimated,
      section: p.frame.section,
      figureStart: span.start,
      figureEnd: span.end,
      quoteStart: q.start,
      quoteEnd: q.end,
      period_inferred: p.frame.inferred ?? false,
      lead_departments: p.frame.kind === 'target' ? (p.attribution?.lead_departments ?? '') : '',
      deadline: p.frame.kind === 'target' ? (p.attribution?.deadline || p.frame.deadline || '') : '',
      base_period: p.frame.base_period ?? '',
    }),
  );
}

export type { Site };
