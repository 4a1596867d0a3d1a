/**
 * The names of a figure in running text: a list of figures and its names (分别 lists, parallel lists,
 * urban/rural pairs, heads and tails shared across a list), one figure's catalogue name (before it,
 * carried on from the previous figure, or after it), a structure ratio's parts, or a name of its own.
 * Pure functions of flat text (naming.ts has the building blocks).
 */
import { matchIndicator } from './catalogue.ts';
import { measureContext } from './measure.ts';
import {
  distributedVerb,
  ellipticalTail,
  figureFirst,
  lastFigureEnd,
  leadStart,
  measured,
  nameAfter,
  sharedHeads,
  sharedNames,
  windowName,
  type IndicatorMatch,
  type Named,
  type NamingContext,
} from './naming.ts';
import type { Figure } from './numbers.ts';
import { ownIndicator, ownName } from './ownNames.ts';
import { isParallelFigure, unitFamily, unitFits } from './skip.ts';

/** Where a figure stands. */
export interface Site {
  figure: Figure;
  /** Flat starts of its sentence (after 。！？), segment (also after ；), clause (also after ，：) and window (also after 、). */
  sentence: number;
  segment: number;
  clause: number;
  window: number;
}

/** Measure words: a count of them may stand before the noun it counts (200个省重点项目). */
const COUNT_UNIT = /^(?:个|家|所|名|条|座|项|户|套|场|件|批|处|台|张|宗|万个|万家|万户|万名|万人)$/;
/** A clause that carries on the previous figure's indicator: 同比增长 6.1%, 年均增长 6.2%, 是2017年的1.8倍. */
const CONTINUATION = /^(?:(?:同比|比上年|比去年|较上年|年均|总量|其中|总规模)?(?:增长|下降|增速|提高|达到|达|突破|完成|迈上|跨上|站上|超过|超)|(?:总量|总规模)?是\d{4}年(?:末|底)?的|(?:总量|总规模)$)/;
const LEADING_YEAR = /^(?:到|至)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末)?(?:前|以前)?/;

/** Verbs between a list of names and its figures (年均增长, 分别达到 …). */
const LIST_PREDICATE = /(?:(?:比|较)(?:\d{4}年(?:末|底)?|上年|去年))?(?:同比|年均|分别|均|总量)*(?:增长率|增长|增速|下降|提高|提升|降低|减少|增加|达到|达|突破|超过|增至|降至|为|是|保持|出栏|实现)*(?:分别)?(?:高达|达到|为|是)?$/;

/** The names of a list of figures: as many 、/和-separated names before them (before 分别, if any). */
export function listNames(nc: NamingContext, site: Site, run: readonly Figure[]): Named[] | null {
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
export function nameOne(nc: NamingContext, site: Site, previous: { named: Named; segment: number; sentence: number } | null): Named[] | string {
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
export function structureRatio(nc: NamingContext, text: string, figure: Figure, site: Site): { shares: Figure[]; named: Named[]; nameStart: number; end: number } | null {
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
