/**
 * Reading the figures of running text, one sentence at a time. Every number with a unit becomes
 * a row or a warning with its reason (never nothing). What the figure measures comes from its words
 * (naming.ts); whether it is a target, an actual or a baseline, and for which period, comes from the
 * caller's frame (work reports: parts and time anchors; plans: year phrases and the horizon).
 */
import type { Basis, Comparator, Indicator, Kind, Observation, Section } from '../../src/lib/types.ts';
import { basisOf, signedValue } from './basis.ts';
import { matchIndicator } from './catalogue.ts';
import { measureContext } from './measure.ts';
import {
  afterText,
  CLAUSE_STOPS,
  distributedVerb,
  ellipticalTail,
  figureFirst,
  lastFigureEnd,
  lastIndexOfAny,
  leadStart,
  listRun,
  measured,
  nameAfter,
  ownIndicator,
  ownName,
  sharedHeads,
  sharedNames,
  windowName,
  WINDOW_STOPS,
  type IndicatorMatch,
  type Named,
  type NamingContext,
} from './naming.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { buildObservation } from './observation.ts';
import { figureSkipReason, isParallelFigure, partReason, unitFamily, unitFits } from './skip.ts';
import { lineOf, sourceSpan, widenToClause, type Flat } from './text.ts';
import type { ExtractInput, Finding } from './types.ts';

export interface Range {
  start: number;
  end: number;
}

/** Where a figure stands. */
export interface Site {
  figure: Figure;
  /** Flat starts of its sentence (after 。！？), segment (also after ；), clause (also after ，：) and window (also after 、). */
  sentence: number;
  segment: number;
  clause: number;
  window: number;
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
/** Measure words: a count of them may stand before the noun it counts (200个省重点项目). */
const COUNT_UNIT = /^(?:个|家|所|名|条|座|项|户|套|场|件|批|处|台|张|宗|万个|万家|万户|万名|万人)$/;
const SEGMENT_STOPS = '；。！？';
/** A clause that carries on the previous figure's indicator: 同比增长 6.1%, 年均增长 6.2%, 是2017年的1.8倍. */
const CONTINUATION = /^(?:(?:同比|比上年|比去年|较上年|年均|总量|其中|总规模)?(?:增长|下降|增速|提高|达到|达|突破|完成|迈上|跨上|站上|超过|超)|(?:总量|总规模)?是\d{4}年(?:末|底)?的|(?:总量|总规模)$)/;
const LEADING_YEAR = /^(?:到|至)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末)?(?:前|以前)?/;
/** 每个县区, 每年 …: a figure per unit or per period, not one for the region. */
const PER_UNIT = /每(?:个|一个)?(?:县区|县|区|乡镇|乡|镇|村|行政村|月|季度|年|周|家|所|人|户|亩)/;
/** 等186家: a count of the items just named. */
const COUNT_OF_NAMED = /等$/;
/** 30亿元以上项目: a threshold naming a class of projects or firms, not a figure of the region. */
const THRESHOLD_AFTER = /^(?:以上|以下)?(?:的)?(?:重大|重点|产业|工业|招商|新开工|在建)?(?:项目|企业|产业集群|集群)/;
/** 55人以上大班额: a threshold that defines a class. */
const CLASS_AFTER = /^(?:以上|以下)(?:的)?[^，；。、]{0,8}?(?:大班额|自然村|行政村|规模|学校|班级)/;
/** 500亿级产业集群, 1000千伏特高压, 年产20万吨…项目: a figure inside a name. */
const NAME_SPEC = /^(?:级|千伏)/;
/** 居全国168个重点城市第2名: the size of a ranking's field. */
const RANK_FIELD = /^[\u4e00-\u9fff]{0,10}第\d/;
/** 7个县区…, 8个街道…: a count of places, a figure for part of the region. */
const PLACES_AFTER = /^(?:县区|街道|县市区)/;
/** 最高贷款额度, 不得少于, 补贴标准 …: a standard or limit that applies per case, not a target of the region. */
const STANDARD = /最高|最低|不得|上限|下限|额度|首付|缴纳|缴存|贷款利率|补贴标准|补助标准|奖励标准|不低于.*标准|原则上|编制床位|至少有|人口以下的|人口以上的|万人口的/;
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
    if (PER_UNIT.test(clauseWords)) {
      pass('a figure per unit or per period (每…)');
      continue;
    }
    if (COUNT_OF_NAMED.test(window)) {
      pass('a count of the items named before it (等N个)');
      continue;
    }
    const afterWords = text.slice(figure.end, figure.end + 14);
    const floor = /(?:以上|以下)$/.test(text.slice(figure.start, figure.end)) ? '以上' : '';
    if ((THRESHOLD_AFTER.test(floor + afterWords) && /元|美元/.test(figure.unit)) || (CLASS_AFTER.test(floor + afterWords) && /^(?:万)?[户人元]$/.test(figure.unit))) {
      pass('a threshold that names a class of projects, firms or classes (…亿元以上项目, 55人以上大班额)');
      continue;
    }
    if (NAME_SPEC.test(text.slice(figure.numberEnd, figure.numberEnd + 4).replace(/^[万亿]/, '')) || figure.unit === '千伏' || (/年产$/.test(text.slice(site.window, figure.start)) && /^[\u4e00-\u9fff]/.test(afterWords))) {
      pass('part of a name (a class or a specification: 500亿级, 1000千伏, 年产…)');
      continue;
    }
    if (figure.unit === '个' && RANK_FIELD.test(afterWords)) {
      pass('the size of a ranking’s field (全国168个重点城市第2名)');
      continue;
    }
    if (figure.unit === '个' && PLACES_AFTER.test(afterWords)) {
      pass('a count of places: a figure for part of the region (7个县区…)');
      continue;
    }
    if (STANDARD.test(clauseWords)) {
      pass('a standard or limit per case (最高, 不得少于, 额度 …), not a target of the region');
      continue;
    }
    if (countOfItems(clauseWords, figure)) {
      pass('a count of the items named before it (板桥、薄山、宿鸭湖3座)');
      continue;
    }
    // A figure for part of the region (7个县区…) is not the region's.
    const region = partReason(clauseWords.replace(/占[^，；。：]*$/, ''));
    if (region && !/分别/.test(clauseWords)) {
      pass(region);
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

/** Verbs between a list of names and its figures (年均增长, 分别达到 …). */
const LIST_PREDICATE = /(?:(?:比|较)(?:\d{4}年(?:末|底)?|上年|去年))?(?:同比|年均|分别|均|总量)*(?:增长率|增长|增速|下降|提高|提升|降低|减少|增加|达到|达|突破|超过|增至|降至|为|是|保持|出栏|实现)*(?:分别)?(?:高达|达到|为|是)?$/;

/** A count equal to the number of bare names listed right before it: 板桥、薄山、宿鸭湖3座. */
function countOfItems(clauseWords: string, figure: Figure): boolean {
  const parts = clauseWords.replace(/^[^、]*?(?:推进|推动|加快|实施|建设|打造)/, '').split('、');
  return parts.length >= 2 && figure.value === parts.length && parts.every((p) => p.length > 0 && p.length <= 6 && !/\d/.test(p));
}

/** The names of a list of figures: as many 、/和-separated names before them (before 分别, if any). */
function listNames(nc: NamingContext, site: Site, run: readonly Figure[]): Named[] | null {
  const text = nc.text;
  const first = run[0]!;
  const respectively = text.lastIndexOf('分别', first.start);
  const before = text.slice(site.clause, respectively >= site.clause ? respectively : first.numberStart);
  const end = site.clause + before.length - (respectively >= site.clause ? 0 : (LIST_PREDICATE.exec(before)?.[0].length ?? 0));
  const words = text.slice(site.clause, end);
  const verb = respectively >= site.clause ? text.slice(respectively + 2, first.numberStart).replace(/^(?:从|由|为|是|达到|达|增长|增加|下降)/, '').replace(/(?:增长|下降|达到|达|为|是)$/, '') : '';
  const items = splitItems(words, site.clause);
  // 城乡居民人均可支配收入分别增长5%和7.5%: one name for an urban/rural pair.
  if (items.length === 1 && run.length === 2 && /城乡/.test(items[0]!.text)) {
    const [u, r] = ['城镇', '农村'].map((w) => items[0]!.text.replace('城乡', w));
    return [u!, r!].map((name, i) => nameOf(nc, name, items[0]!.start, items[0]!.end, site, run[i]!)).every(Boolean)
      ? [u!, r!].map((name, i) => nameOf(nc, name, items[0]!.start, items[0]!.end, site, run[i]!)!)
      : null;
  }
  if (items.length !== run.length) return null;
  const names: Named[] = [];
  const lastText = items[items.length - 1]!.text;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const candidates = [item.text + verb, item.text, ...suffixes(lastText).map((s) => item.text + s)];
    let found: Named | null = null;
    for (const c of candidates) {
      found = nameOf(nc, c, item.start, item.end, site, run[i]!);
      if (found && (found.indicator.catalogued || c === candidates[candidates.length - 1])) break;
    }
    if (!found || !found.indicator.catalogued) {
      // A name of its own: the item (with the shared head noun of the last item, or the verb).
      const own = ownListName(item.text, lastText, verb);
      if (!own) return null;
      found = { indicator: ownIndicator(nc, own, run[i]!.unit, unitFamily(run[i]!.unit), null), phrasing: own, nameStart: item.start, nameEnd: item.end, predicate: '', how: 'list' };
    }
    names.push(found);
  }
  if (new Set(names.map((n) => n.indicator.id)).size !== names.length) return null;
  return names;
}

/** Items of a list of names: split on 、, 和, 以及 (not 及 alone: 普及率). Positions are flat offsets. */
function splitItems(words: string, offset: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const m of words.matchAll(/、|以及|和/g)) {
    out.push({ text: words.slice(at, m.index), start: offset + at, end: offset + m.index });
    at = m.index + m[0].length;
  }
  out.push({ text: words.slice(at), start: offset + at, end: offset + words.length });
  return out.map((i) => ({ ...i, text: i.text.replace(/[“”"]/g, '').replace(/^(?:全市|全区|其中|力争|确保|实现)/, '') })).filter((i) => i.text !== '');
}

/** Tails of a name, shortest first (增加值, 业增加值 …), for items that share the last one's head noun. */
function suffixes(name: string): string[] {
  const out: string[] = [];
  for (let cut = name.length - 2; cut > 0; cut--) out.push(name.slice(cut));
  return out;
}

/** A list item's own name: with the head noun it shares with the last item (增加值, 产值, 收入 …). */
function ownListName(item: string, last: string, verb: string): string | null {
  // 高技术产业、战略性新兴产业增加值占规模以上工业增加值比重: the last item's tail from its head noun on.
  const share = /(增加值|产值|收入|总额|投资)?占.+(?:比重|比例|占比)$/.exec(last);
  const head = share ? share[0] : (/(增加值|产值|收入|总额|投资|产量|面积|人口|企业|项目|比重|浓度|率|量)$/.exec(last)?.[1] ?? '');
  const name = item.endsWith(head) ? item : item + head;
  const full = verb && !/[率比重浓度]$/.test(name) ? name + verb : name;
  return full.length >= 2 && full.length <= 24 && !/\d/.test(full) ? full : null;
}

/** A catalogue name for words of a list item, with its measure in context. */
function nameOf(nc: NamingContext, words: string, start: number, end: number, site: Site, figure: Figure): Named | null {
  // 战略性新兴产业增加值占规模以上工业增加值比重: a share, not the level it names.
  if (/占.+(?:比重|比例|占比)$/.test(words)) return null;
  const m = matchIndicator(nc.catalogue, words, 'last');
  if (!m || !unitFits(figure.unit, m.indicator.unit)) return null;
  // 集中供暖 76% is a coverage rate, not the heated area: a rate names a catalogue level only as its growth.
  if ((figure.unit === '%' || figure.unit === '‰') && !['%', '‰', '百分点'].includes(m.indicator.unit) && !/增长|增速|下降|提高|增加|减少/.test(nc.text.slice(end, figure.numberStart))) return null;
  const indicator = measured(nc, { ...m, start, end }, start, end, site.clause, figure);
  return { indicator, phrasing: m.phrasing, nameStart: start, nameEnd: end, predicate: '', how: 'list' };
}

/**
 * The name(s) of one figure: the catalogue's, in order of trust, or a name of its own; a string
 * is why it has none.
 */
function nameOne(nc: NamingContext, site: Site, previous: { named: Named; segment: number; sentence: number } | null): Named[] | string {
  const text = nc.text;
  const { figure } = site;
  // The words that may name the figure: after any figure before it in the clause and that figure's name.
  const lead = leadStart(text, site.clause, figure);
  const from = Math.max(site.window, lead);
  const window = text.slice(from, figure.start);
  const verb = distributedVerb(nc, site.clause, site.window);
  const after = figureFirst(text, lead, figure);
  let m: IndicatorMatch | null = null;
  let how: Named['how'] = 'window';
  if (after) {
    // 1a. The figure opens its clause: its name follows it (7918户…实现适老化改造; 200个省重点、500个市重点项目).
    m = nameAfter(nc, site.clause, figure);
    if (m) how = 'after';
    // 新改造老旧小区183个1.25万户: a second figure right after the first measures the same thing;
    // 发行专项债项目111个91.3亿元: a sum of money after a count of projects is their money.
    else if (lastFigureEnd(text, site.window, figure.start) === figure.start) {
      m = windowName(nc, site.window, figure);
      if (m && !unitFits(figure.unit, m.indicator.unit) && /项目$/.test(m.phrasing)) {
        const funds = matchIndicator(nc.catalogue, m.phrasing.replace(/项目$/, ''), 'last');
        if (funds && unitFits(figure.unit, funds.indicator.unit)) m = { ...funds, start: m.start, end: m.end - 2 };
        else {
          const name = `${text.slice(site.window, m.end).replace(/^(?:争取|发行|实施|完成|推进)+/, '')}资金`;
          return [{ indicator: ownIndicator(nc, name, figure.unit, unitFamily(figure.unit), 'flow'), phrasing: name, nameStart: m.start, nameEnd: m.end, predicate: '', how: 'own' }];
        }
      }
    }
  } else {
    // 1b. A catalogue name before it (a verb heading a 、-list joins it: 新增…、省级“专精特新”企业).
    if (verb) {
      const v = matchIndicator(nc.catalogue, verb + window, 'last');
      if (v && v.start === 0 && v.phrasing.startsWith(verb)) {
        m = { ...v, start: from, end: from + v.end - verb.length };
        how = 'distributed';
      }
    }
    m ??= windowName(nc, from, figure);
    if (!m && from === site.window) {
      m = ellipticalTail(nc, site.clause, site.window, figure);
      if (m) how = 'elliptical';
    }
    // 聚焦“五大领域”实施200个省重点、500个市重点项目: a count before the name it counts.
    if (!m && COUNT_UNIT.test(figure.unit) && /^[\u4e00-\u9fff“]/.test(text.slice(figure.end, figure.end + 1))) {
      m = nameAfter(nc, site.clause, figure);
      if (m) how = 'after';
    }
  }
  // 2. The previous figure's name, carried on (同比增长 6.1%; 是2017年的1.8倍).
  if (
    !m &&
    previous &&
    (previous.segment === site.segment || previous.sentence === site.sentence) &&
    CONTINUATION.test(window.replace(LEADING_YEAR, '')) &&
    (unitFits(figure.unit, previous.named.indicator.unit) || figure.unit === '倍')
  ) {
    return [{ ...previous.named, nameStart: from, nameEnd: from, predicate: window, how: 'continued' }];
  }
  if (m) {
    // 84万农村贫困人口: a bare magnitude counts in the named indicator's unit.
    const bareFits = /^[万亿]$/.test(figure.unit) && m.indicator.unit.startsWith(figure.unit);
    if (!unitFits(figure.unit, m.indicator.unit) && !bareFits) {
      // 新增进出口额超千万元企业 23 家 is a count of firms, not trade: a name of its own, or a warning.
      const own = ownNamed(nc, site, verb, from);
      return own ? [own] : `unit ${figure.unit} does not fit ${m.indicator.id} (${m.indicator.unit})`;
    }
    if ((figure.unit === '%' || figure.unit === '‰') && !['%', '‰', '百分点'].includes(m.indicator.unit) && how !== 'after') {
      const predicate = text.slice(m.end, figure.numberStart);
      if (!/(增长|增速|增幅|下降|降低|减少|提高|提升|上涨|涨幅|回落|增加)/.test(m.phrasing + predicate)) return 'a rate of an indicator counted in other units';
    }
    const predicate = how === 'after' ? '' : text.slice(Math.max(m.end, site.window), figure.numberStart);
    const indicator = measured(nc, m, m.start, m.end, site.clause, figure, verb);
    const bare = /^[万亿]$/.test(figure.unit) && indicator.unit.startsWith(figure.unit) ? indicator.unit : undefined;
    const named: Named = { indicator, phrasing: m.phrasing, nameStart: m.start, nameEnd: m.end, predicate, how, ...(bare ? { unit: bare } : {}) };
    // Heads sharing the tail (国控、省控断面水质达标率), names sharing the figure (A、B均增长35%).
    const heads = sharedHeads(nc, site.clause, m);
    if (heads.length) {
      const more = heads.map((h) => {
        const start = h.start;
        if (h.match) return { indicator: measured(nc, h.match, start, start + h.head.length, site.clause, figure), phrasing: h.match.phrasing, nameStart: start, nameEnd: start + h.head.length, predicate, how: 'heads' as const };
        const own = h.head + m.phrasing.slice(Math.min(h.head.length, m.phrasing.length - 1));
        return { indicator: ownIndicator(nc, own, figure.unit, unitFamily(figure.unit), null), phrasing: own, nameStart: start, nameEnd: start + h.head.length, predicate, how: 'heads' as const };
      });
      return [...more, named];
    }
    const shared = how === 'window' ? sharedNames(nc, site.clause, m, figure) : [];
    return [
      ...shared.map((s) => ({ indicator: measured(nc, s, s.start, s.end, site.clause, figure), phrasing: s.phrasing, nameStart: s.start, nameEnd: s.end, predicate, how: 'shared' as const })),
      named,
    ];
  }
  // 3. A name of its own.
  if (isParallelFigure(text, figure)) return 'a list of figures without their names';
  const own = ownNamed(nc, site, verb, from, previous?.sentence === site.sentence ? previous.named : null);
  if (own && /^占/.test(own.phrasing)) return 'a share of the indicator (占…)';
  if (own && /(?:不少于|不超过|至少|不低于|的)$/.test(own.phrasing)) return 'a standard or limit per case (不少于, 至少 …), not a target of the region';
  return own ? [own] : 'no name for the figure in its clause';
}

/** 总投资, 完成投资 …: names that mean something only with the measure of their sentence. */
const GENERIC_OWN = /^(?:总投资|完成投资|投资|年度计划投资|计划投资|金额|资金|总量|规模)$/;

/** A measure of its own for a figure, named from its words (those after `from`, or after the figure). */
function ownNamed(nc: NamingContext, site: Site, verb: string, from = site.window, previous: Named | null = null): Named | null {
  const { figure } = site;
  const o = ownName(nc, site.clause, from, figure);
  if (!o) return null;
  // 签约亿元以上项目522个，总投资3606亿元: the total investment of those projects.
  const generic = GENERIC_OWN.test(o.name) && previous ? previous.indicator.zh : '';
  const name = generic + (verb && !o.name.startsWith(verb) ? verb : '') + o.name;
  const ctx = measureContext(nc.text, o.start, o.end, site.clause, figure.start, nc.qualifiers, verb);
  const indicator = ownIndicator(nc, name, figure.unit, unitFamily(figure.unit), ctx.cue);
  return { indicator, phrasing: name, nameStart: o.start, nameEnd: o.end, predicate: o.predicate, how: 'own' };
}

/** 产业结构由18.3：42.3：39.4 …: the catalogue's structure indicator before it and its parts. */
function structureRatio(nc: NamingContext, text: string, figure: Figure, site: Site): { shares: Figure[]; named: Named[]; nameStart: number; end: number } | null {
  const m = /^[\d.]+(?:[：:][\d.]+)+/.exec(text.slice(figure.numberStart));
  if (!m) return null;
  const values = m[0].split(/[：:]/).map(Number);
  // The ratio's colons are not clause stops: look for the structure in the segment.
  const from = site.segment;
  const head = matchIndicator(nc.catalogue, text.slice(from, figure.start), 'last');
  const parts = head?.indicator.parts ?? [];
  if (!head || parts.length !== values.length) return null;
  const partIndicators = parts.map((id) => nc.catalogue.find((i) => i.id === id));
  if (partIndicators.some((i) => !i)) return null;
  const end = figure.numberStart + m[0].length;
  let at = figure.numberStart;
  const shares = values.map((v, i) => {
    const len = m[0].split(/[：:]/)[i]!.length;
    const f: Figure = { value: v, valueMax: null, unit: '%', comparator: 'eq', cumulative: false, start: at, end: at + len, numberStart: at, numberEnd: at + len };
    at += len + 1;
    return f;
  });
  const nameStart = from + head.start;
  // The words between the structure and this ratio, less an earlier ratio (由A调整为B: 调整为).
  const predicate = text.slice(from + head.end, figure.numberStart).replace(/^.*[\d.][：:][\d.：:]*[\d.]/, '');
  return {
    shares,
    named: partIndicators.map((i) => ({ indicator: i!, phrasing: i!.zh, nameStart, nameEnd: from + head.end, predicate, how: 'list' as const })),
    nameStart,
    end,
  };
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

export { afterText };
