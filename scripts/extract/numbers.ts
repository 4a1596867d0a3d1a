/**
 * Parse a figure (number, unit, modifier) at a position of flat text.
 *
 * `parseFigure(flat, pos)` reads `6.5%左右`, `160亿斤以上`, `控制在5.5%以内`, `6%-7%`, `[6.1]`,
 * `1.2万人`, `5万多人` … and returns a tagged result; it never throws.
 */
import type { Comparator } from '../../src/lib/types.ts';

export interface Figure {
  /** The number as stated (in the stated unit: 1.2万人 → 1.2 with unit 万人). */
  value: number;
  /** Upper bound when comparator is 'range'. */
  valueMax: number | null;
  /** Unit as stated ('' when none): %, 亿元, 万人, 百分点 (from 个百分点) … */
  unit: string;
  comparator: Comparator;
  /** Written in brackets: a five-year cumulative figure. */
  cumulative: boolean;
  /** Flat span of the figure including its modifiers (约 … 左右). */
  start: number;
  end: number;
  /** Flat span of the first number alone. */
  numberStart: number;
  numberEnd: number;
}

export type FigureResult = { ok: true; figure: Figure } | { ok: false; reason: string };

/**
 * Units as stated, longest first. 个百分点 is normalised to 百分点. Time spans (个月, 小时) are
 * listed so that they are recognised and can be skipped as "not a figure" by the caller.
 */
export const UNITS: readonly string[] = [
  '微克/立方米',
  '亿千瓦时',
  '万千瓦时',
  '万平方米',
  '平方公里',
  '个百分点',
  '万人次',
  '个工作日',
  '立方米',
  '平方米',
  '百分点',
  '亿美元',
  '万美元',
  '千伏',
  '万千瓦',
  '千瓦',
  '兆瓦',
  '亿元',
  '万元',
  '亿斤',
  '万斤',
  '万吨',
  '万亩',
  '万人',
  '万户',
  '万头',
  '万只',
  '万辆',
  '万套',
  '万个',
  '万件',
  '万名',
  '万株',
  '人次',
  '个月',
  '小时',
  '分钟',
  '公里',
  '公顷',
  '美元',
  '周岁',
  '元',
  '斤',
  '吨',
  '亩',
  '人',
  '户',
  '头',
  '只',
  '辆',
  '套',
  '个',
  '家',
  '件',
  '所',
  '座',
  '条',
  '名',
  '项',
  '张',
  '台',
  '处',
  '宗',
  '批',
  '场',
  '次',
  '天',
  '岁',
  '株',
  '米',
  '倍',
  '‰',
  '%',
  '万',
  '亿',
];

/** Units that measure time spans or multiples, never a figure of an indicator. */
export const NON_FIGURE_UNITS: ReadonlySet<string> = new Set(['个月', '个工作日', '小时', '分钟', '倍', '周岁']);

const NUMBER = /^\d+(?:,\d{3})*(?:\.\d+)?/;
const RANGE_SEPARATORS = ['-', '–', '—', '~', '至'];
const ABOUT_BEFORE = ['大约', '接近', '约', '近'];
const AT_LEAST_BEFORE = ['不低于', '不少于', '超过', '突破', '迈上', '跨上', '站上', '超'];
const AT_MOST_BEFORE = ['不超过', '不高于'];

function readNumber(text: string, pos: number): { value: number; end: number } | null {
  const m = NUMBER.exec(text.slice(pos, pos + 32));
  if (!m) return null;
  return { value: Number(m[0].replace(/,/g, '')), end: pos + m[0].length };
}

function stated(unit: string): string {
  return unit === '个百分点' ? '百分点' : unit;
}

/** The unit starting at `pos` (longest first), `余/多` approximations skipped. */
export function readUnit(text: string, pos: number): { unit: string; end: number; more: boolean } {
  let p = pos;
  let more = false;
  let prefix = '';
  // 5万多人, 300余个, 1.2万余人
  if ((text[p] === '万' || text[p] === '亿') && (text[p + 1] === '余' || text[p + 1] === '多')) {
    prefix = text[p]!;
    more = true;
    p += 2;
  } else if (text[p] === '余' || text[p] === '多') {
    more = true;
    p += 1;
  }
  const found = UNITS.find((u) => text.startsWith(u, p) && !(prefix !== '' && (u === '万' || u === '亿')));
  if (found === '万' || found === '亿') {
    // 5万家: a magnitude before a unit that the list has only without it.
    const base = UNITS.find((u) => u !== '万' && u !== '亿' && !u.startsWith('万') && !u.startsWith('亿') && text.startsWith(u, p + 1));
    if (base && !NON_FIGURE_UNITS.has(base) && base !== '%' && base !== '‰') {
      return { unit: found + stated(base), end: p + 1 + base.length, more };
    }
  }
  if (found !== undefined) return { unit: prefix + stated(found), end: p + found.length, more };
  if (prefix !== '') return { unit: prefix, end: p, more };
  return { unit: '', end: pos, more: false };
}

function endsWithAny(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) {
    if (at - w.length >= 0 && text.slice(at - w.length, at) === w) return w;
  }
  return null;
}

/** Comparator words before the number (`约`, `不低于`, `控制在` …) and where they start. */
function modifierBefore(text: string, pos: number): { comparator: Comparator | null; start: number } {
  const about = endsWithAny(text, pos, ABOUT_BEFORE);
  if (about) return { comparator: 'about', start: pos - about.length };
  const atMost = endsWithAny(text, pos, AT_MOST_BEFORE);
  if (atMost) return { comparator: 'at_most', start: pos - atMost.length };
  const atLeast = endsWithAny(text, pos, AT_LEAST_BEFORE);
  // 超 only as 超60%; not 超额 (that is a verb before a noun, never before a digit anyway)
  if (atLeast) return { comparator: 'at_least', start: pos - atLeast.length };
  return { comparator: null, start: pos };
}

/** Comparator words after the unit (`左右`, `以上`, `以内`, `以下`) and where they end. */
function modifierAfter(text: string, pos: number): { comparator: Comparator | null; end: number } {
  const two = text.slice(pos, pos + 2);
  if (two === '左右') return { comparator: 'about', end: pos + 2 };
  if (two === '以上') return { comparator: 'at_least', end: pos + 2 };
  if (two === '以内' || two === '以下') return { comparator: 'at_most', end: pos + 2 };
  return { comparator: null, end: pos };
}

/** Parse the figure whose number starts at `pos` (a digit, `[` or `-`). */
export function parseFigure(text: string, pos: number): FigureResult {
  let p = pos;
  let cumulative = false;
  if (text[p] === '[' || text[p] === '［') {
    cumulative = true;
    p += 1;
  }
  let sign = 1;
  if (text[p] === '-' && /\d/.test(text[p + 1] ?? '')) {
    sign = -1;
    p += 1;
  }
  const first = readNumber(text, p);
  if (!first) return { ok: false, reason: `no number at ${pos}` };
  const numberStart = sign < 0 ? p - 1 : p;
  const numberEnd = first.end;
  p = first.end;
  if (cumulative) {
    if (text[p] !== ']' && text[p] !== '］') return { ok: false, reason: 'unclosed bracket' };
    p += 1;
  }
  let unit = readUnit(text, p);
  p = unit.end;

  let valueMax: number | null = null;
  const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, p));
  if (sep && !cumulative) {
    const second = readNumber(text, p + sep.length);
    if (second) {
      const unit2 = readUnit(text, second.end);
      if (unit.unit === '' || unit.unit === unit2.unit) {
        valueMax = second.value;
        unit = unit.unit === '' ? unit2 : unit;
        p = unit2.end;
      }
    }
  }

  const before = modifierBefore(text, cumulative ? pos : numberStart);
  const after = modifierAfter(text, p);
  let comparator: Comparator = 'eq';
  if (valueMax !== null) comparator = 'range';
  else if (after.comparator) comparator = after.comparator;
  else if (before.comparator) comparator = before.comparator;
  else if (unit.more) comparator = 'at_least';

  return {
    ok: true,
    figure: {
      value: sign * first.value,
      valueMax,
      unit: unit.unit,
      comparator,
      cumulative,
      start: Math.min(pos, before.start),
      end: after.comparator ? after.end : p,
      numberStart,
      numberEnd,
    },
  };
}

/**
 * Positions in text[from, to) where a figure's number starts: a digit (or `[`, or a minus sign)
 * not preceded by another digit, `.` or an ASCII letter (PM2.5, 5G are names, not figures).
 */
export function figureStarts(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!/\d/.test(ch)) continue;
    const prev = text[i - 1] ?? '';
    if (/[\d.,]/.test(prev)) continue;
    if (/[A-Za-z]/.test(prev)) continue;
    if (prev === '[' || prev === '［') starts.push(i - 1);
    else if (prev === '-' && !/\d/.test(text[i - 2] ?? '') && !/[%\]]/.test(text[i - 2] ?? '')) starts.push(i - 1);
    else starts.push(i);
  }
  return starts;
}
