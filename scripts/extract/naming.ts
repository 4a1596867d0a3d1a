/**
 * Naming a figure: which measure the words around a number speak of. One set of rules for every
 * kind of running text (reports, notices, plans, policies, news summaries):
 * - the catalogue name closest before the figure in its clause (longest phrasing wins),
 * - list shapes: a verb heading a 、-list (新增A 3家、B 5家), heads that share a tail
 *   (国控、省控断面水质达标率; 城镇、农村居民…), tails that share a head (粮食播种面积…、产量…),
 *   one figure for several names (A、B均增长35%; A、B、C保持100%),
 * - a name after its figure (7918户…家庭实现适老化改造; 180个省重点项目; 200个省重点、500个市重点项目),
 * - the measure of the words (scope qualifier, flow or stock: measure.ts),
 * - and, when no catalogue indicator fits, a measure of its own named from the sentence (ownNames.ts).
 * Pure functions of flat text; positions are flat offsets.
 */
import type { Indicator } from '../../src/lib/types.ts';
import { findIndicators, matchIndicator, type IndicatorMatch } from './catalogue.ts';
import { measureContext, resolveMeasure, type MeasureContext, type Qualifier } from './measure.ts';
import { figureStarts, parseFigure, type Figure } from './numbers.ts';
import { unitFits } from './skip.ts';

export const CLAUSE_STOPS = '，；。：！？';
export const WINDOW_STOPS = '，；。：！？、';

export function lastIndexOfAny(text: string, chars: string, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (chars.includes(text[i]!)) return i;
  return floor - 1;
}

/** A name found for a figure. */
export interface Named {
  indicator: Indicator;
  /** The catalogue phrasing (or the own name) that names it: decides basis and sign with the predicate. */
  phrasing: string;
  /** Flat span of the name, for the quote. */
  nameStart: number;
  nameEnd: number;
  /** Words between the name and the figure (增长, 达到, 年均增长 …); '' for a name after its figure. */
  predicate: string;
  /** How it was found, for tests and warnings. */
  how: 'window' | 'distributed' | 'elliptical' | 'heads' | 'shared' | 'after' | 'continued' | 'list' | 'own';
  /** The unit the figure is counted in when its own is a bare magnitude (84万农村贫困人口: 万人). */
  unit?: string;
}

export interface NamingContext {
  text: string;
  catalogue: readonly Indicator[];
  qualifiers: readonly Qualifier[];
  /** Own measures named so far (by id), so that one name gets one id. */
  own: Map<string, Indicator>;
}

/** Verbs that head a list and apply to every item: 新增规上工业企业 120 家、省级“专精特新”中小企业 20 家. */
const LIST_VERB = /^(?:新增|新认定|新建|新设|建成|培育|争创|创建|完成|实施)/;

/** The measure of a catalogue match in its context (qualifier, flow/stock), own when none fits. */
export function measured(nc: NamingContext, m: IndicatorMatch, nameStart: number, nameEnd: number, clause: number, figure: Figure, verb = ''): Indicator {
  const ctx = measureContext(nc.text, nameStart, nameEnd, clause, figure.start, nc.qualifiers, verb);
  if (!ctx.verb && nameStart >= figure.end) ctx.cue = ctx.cue ?? afterCue(nc.text.slice(nameEnd, nameEnd + 8));
  const indicator = resolveMeasure(nc.catalogue, m.indicator, m.phrasing, ctx);
  if (!indicator.catalogued) nc.own.set(indicator.id, nc.own.get(indicator.id) ?? indicator);
  return nc.own.get(indicator.id) ?? indicator;
}

/** After a name that follows its figure: 全部出列, 退出, 摘帽, 脱贫 are flows (exits in the period). */
function afterCue(words: string): MeasureContext['cue'] {
  return /^(?:全部|实现|完成)?(?:出列|退出|摘帽|脱贫|改造|建成|转型)/.test(words) ? 'flow' : null;
}

/** End of the last figure (with a unit) that ends before `to` in text[from, to), or -1. */
export function lastFigureEnd(text: string, from: number, to: number): number {
  let end = -1;
  let last = from;
  for (const pos of figureStarts(text, from, to)) {
    if (pos < last) continue;
    const r = parseFigure(text, pos);
    if (r.ok && r.figure.end <= to && r.figure.unit !== '') {
      end = r.figure.end;
      last = r.figure.end;
    }
  }
  return end;
}

/**
 * Where the words that may name a figure begin: after the clause's start, any figure before it in the
 * clause, and the connector (和, 及, 以及, 并, 、) after that figure's own name — 37个贫困村退出和9933个贫困户:
 * the lead of 9933 is empty, so its name is the one after it.
 */
export function leadStart(text: string, clause: number, figure: Figure): number {
  let start = Math.max(clause, lastFigureEnd(text, clause, figure.start));
  if (start > clause) {
    const between = text.slice(start, figure.start);
    const m = [...between.matchAll(/以及|和|及(?!率)|并|、/g)].pop();
    if (m) start += m.index + m[0].length;
  }
  return start;
}

/** Words that open a figure's clause without naming anything (verbs and fillers). */
const LEAD_FILLER = /^(?:力争|确保|争取|努力|全年|全市|全区|全面|基本|全部|共|累计|其中|实现|完成|新增|新建|新改建|建成|培育|引进|实施|改造|开工|新开工|争创|创建|认定|新认定|组织|开展|推动|推进|发放|筹集|签约|招引|有|另有|约|近|超过|达到|达)*$/;

/** Whether the figure comes before its name (7918户…实现适老化改造; 180个省重点项目): nothing but verbs leads it. */
export function figureFirst(text: string, lead: number, figure: Figure): boolean {
  const words = text
    .slice(lead, figure.start)
    .replace(/[“”"]/g, '')
    .replace(/(?:到|至|截至)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末)?(?:前|以前)?|十[一二三四五]五(?:时期|期间|末)?|今年|明年|去年|五年来|一年来|过去一年|过去五年/g, '');
  return LEAD_FILLER.test(words);
}

/** The catalogue name closest before the figure, in the window (after the last 、 or clause stop). */
export function windowName(nc: NamingContext, window: number, figure: Figure): IndicatorMatch | null {
  const m = matchIndicator(nc.catalogue, nc.text.slice(window, figure.start), 'last');
  return m ? { ...m, start: window + m.start, end: window + m.end } : null;
}

/**
 * A verb at the head of a 、-list applies to every item (新增规上工业企业 120 家、省级“专精特新”企业 20 家):
 * the item's name with the verb, when the catalogue has it (新增省级“专精特新”), or the item's own name.
 * Returns the verb too, for the measure (an item of a 新增 list is a flow).
 */
export function distributedVerb(nc: NamingContext, clause: number, window: number): string {
  if (nc.text[window - 1] !== '、') return '';
  const head = nc.text.slice(clause, window);
  const first = head.split('、')[0] ?? '';
  return LIST_VERB.exec(first.replace(/^(?:力争|确保|争取|全年|共)/, ''))?.[0] ?? '';
}

/**
 * A 、-list item that drops the head its first item names: 粮食播种面积…1900万亩以上、产量160亿斤以上
 * means 粮食产量. A phrasing matches when the item starts with its tail (2+ characters) and the
 * indicator named by the list's first item starts with its head.
 */
export function ellipticalTail(nc: NamingContext, clause: number, window: number, figure: Figure): IndicatorMatch | null {
  if (nc.text[window - 1] !== '、') return null;
  const words = nc.text.slice(window, figure.start);
  const firstItem = nc.text.slice(clause, window).split('、')[0] ?? '';
  const first = matchIndicator(nc.catalogue, firstItem, 'first');
  if (!first) return null;
  let best: IndicatorMatch | null = null;
  for (const indicator of nc.catalogue) {
    for (const phrasing of indicator.phrasings) {
      for (let cut = 1; cut <= phrasing.length - 2; cut++) {
        const tail = phrasing.slice(cut);
        if (!words.startsWith(tail) || !first.phrasing.startsWith(phrasing.slice(0, cut))) continue;
        if (!best || tail.length > best.end - best.start) best = { indicator, phrasing, start: window, end: window + tail.length };
      }
    }
  }
  return best;
}

/**
 * Heads that share one tail: 国控、省控断面水质达标率; 城镇、农村居民人均可支配收入. For each head before the
 * matched name, the phrasing with its first characters replaced by that head, when the catalogue has it
 * — or, with `own`, a name of its own (head + the rest of the phrasing).
 */
export function sharedHeads(nc: NamingContext, clause: number, m: IndicatorMatch): { head: string; start: number; match: IndicatorMatch | null }[] {
  const before = nc.text.slice(clause, m.start);
  if (!before.endsWith('、')) return [];
  const parts = before.slice(0, -1).split('、');
  // Only bare heads (no figure, short): 城镇、 / 国控、 — not a full item with its own figure.
  if (parts.some((p) => /\d/.test(p) || p.length === 0 || p.length > 6)) return [];
  let at = clause;
  return parts.map((head) => {
    const start = at;
    at += head.length + 1;
    const cut = Math.min(head.length, m.phrasing.length - 1);
    const candidate = head + m.phrasing.slice(cut);
    const match = matchIndicator(nc.catalogue, candidate, 'first');
    return { head, start, match: match && match.phrasing === candidate.slice(match.start, match.end) && match.start === 0 ? match : null };
  });
}

/**
 * Names before `m` in its clause that share the figure: a 、/和-list of bare names (no figure of their
 * own) before the matched one (财政科技支出、技术合同成交额均增长35%; A、B、C保持100%).
 */
export function sharedNames(nc: NamingContext, clause: number, m: IndicatorMatch, figure: Figure): IndicatorMatch[] {
  const text = nc.text;
  // The last item may put a qualifier before the matched name (…、国省控断面水质达标率).
  const sep = Math.max(text.lastIndexOf('、', m.start - 1), text.lastIndexOf('和', m.start - 1));
  if (sep < clause || m.start - sep - 1 > 4 || /\d/.test(text.slice(sep, m.start))) return [];
  const before = text.slice(clause, sep + 1);
  if (/\d/.test(before)) return [];
  return findIndicators(nc.catalogue, before)
    .filter((x) => x.indicator.id !== m.indicator.id && unitFits(figure.unit, x.indicator.unit))
    .map((x) => ({ ...x, start: clause + x.start, end: clause + x.end }));
}

/** The text after a figure that may name it: up to the clause's end or the next figure. */
export function afterText(text: string, figure: Figure, limit = 24): { start: number; words: string } {
  const start = figure.end;
  let end = start;
  while (end < text.length && end - start < limit && !CLAUSE_STOPS.includes(text[end]!) && text[end] !== '、' && text[end] !== '（') {
    if (/\d/.test(text[end]!) && figureStarts(text, end, end + 1).length) break;
    end++;
  }
  return { start, words: text.slice(start, end) };
}

/**
 * A name after its figure (7918户特殊困难老年人家庭实现适老化改造; 180个省重点项目完成投资…), when the figure
 * opens its clause. A list of such items may share the last one's head noun: 200个省重点、500个市重点项目.
 */
export function nameAfter(nc: NamingContext, clause: number, figure: Figure): IndicatorMatch | null {
  const text = nc.text;
  void clause;
  const { start, words } = afterText(text, figure);
  if (/^(以上|以下|以内|左右)/.test(words)) return null;
  const m = matchIndicator(nc.catalogue, words, 'first');
  const bare = /^[万亿]$/.test(figure.unit) && m?.indicator.unit.startsWith(figure.unit);
  if (m && (unitFits(figure.unit, m.indicator.unit) || bare)) return { ...m, start: start + m.start, end: start + m.end };
  // 200个省重点、500个市重点项目: the head noun of the list's last item.
  if (text[start + words.length] === '、') {
    const rest = text.slice(start + words.length + 1, start + words.length + 40).split(/[，；。：！？]/)[0] ?? '';
    const last = rest.split('、').pop() ?? '';
    const lastName = last.replace(/^[\d.]+\D{0,2}?(?=[\u4e00-\u9fff])/, '');
    for (let cut = 1; cut < lastName.length; cut++) {
      const candidate = words + lastName.slice(cut);
      const c = matchIndicator(nc.catalogue, candidate, 'first');
      if (c && c.start === 0 && c.end === candidate.length && unitFits(figure.unit, c.indicator.unit)) return { ...c, start, end: start + words.length };
    }
  }
  return null;
}

export type { IndicatorMatch };

/** Parse the run of figures joined by 、/和/及 that starts with `first` (A、B分别达到 X、Y). */
export function listRun(text: string, first: Figure, to: number): Figure[] {
  const run = [first];
  let last = first;
  while (last.end < to) {
    const sep = /^(?:、|和|及|以及)/.exec(text.slice(last.end, last.end + 2))?.[0];
    if (!sep) break;
    const next = parseFigure(text, last.end + sep.length);
    if (!next.ok || next.figure.start !== last.end + sep.length) break;
    // 5G基站: a number inside a name does not continue the list.
    if (next.figure.unit === '' && /[A-Za-z]/.test(text[next.figure.numberEnd] ?? '')) break;
    run.push(next.figure);
    last = next.figure;
  }
  // 940万、50万、240万头: figures without their own unit take the last one's.
  const unit = last.unit;
  return run.map((f) => (f.unit === '' || (f.unit === '万' && unit.startsWith('万')) || (f.unit === '亿' && unit.startsWith('亿')) ? { ...f, unit } : f));
}
