/**
 * Number and value formatting per language. Chinese follows the documents (no digit grouping:
 * 3342.7 亿元), English groups thousands (3,342.7) and names units in English. No formatting
 * library in the bundle.
 */
import { t } from './i18n';
import { BASIS_WORDS } from './words';
import type { Basis, Comparator, Lang, Observation } from './types';

/**
 * `abs` (≥ 0, finite) rounded to `decimals` places, trailing zeros dropped. Rounded on its shortest
 * decimal form, halves up, as Intl.NumberFormat does: 6.55 → 6.6, though the double is 6.5499….
 */
function roundedDigits(abs: number, decimals: number): string {
  const text = String(abs);
  let out: string;
  if (text.includes('e')) {
    out = abs.toFixed(decimals); // below 1e-6 or from 1e21 on: nothing that shows here
  } else {
    const [whole, frac = ''] = text.split('.') as [string, string?];
    const digits = [...whole + frac.slice(0, decimals).padEnd(decimals, '0')];
    if ((frac[decimals] ?? '0') >= '5') {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') digits[i--] = '0';
      if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
      else digits.unshift('1');
    }
    const point = digits.length - decimals;
    out = decimals ? `${digits.slice(0, point).join('')}.${digits.slice(point).join('')}` : digits.join('');
  }
  return out.includes('.') ? out.replace(/\.?0+$/, '') : out;
}

/**
 * A number with at most `decimals` decimals, trailing zeros trimmed: 3342.7, 6.5, −0.4; `signed`
 * puts + before a positive value; a value that rounds to zero is "0". The same text as
 * Intl.NumberFormat('en-US', { maximumFractionDigits, useGrouping: lang === 'en', signDisplay })
 * (tests/unit/app-format.test.ts compares them), without Intl: its first use in a page sets up
 * ICU, which costs 5–30 ms before the first chart is drawn.
 */
export function formatNumber(value: number, lang: Lang, decimals = 2, signed = false): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  let digits = roundedDigits(Math.abs(value), decimals);
  if (/^0(\.0*)?$/.test(digits)) return '0';
  if (lang === 'en') digits = digits.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  return value < 0 ? `−${digits}` : signed ? `+${digits}` : digits;
}

const UNIT_EN: Record<string, string> = {
  '亿元': '100m yuan',
  '万元': '10k yuan',
  '元': 'yuan',
  '万人': '10k people',
  '人': 'people',
  '亿斤': '100m jin',
  '万亩': '10k mu',
  '亩': 'mu',
  '个': 'units',
  '家': 'firms',
  '件': 'items',
  '年': 'years',
  '岁': 'years',
  '万户': '10k households',
  '户': 'households',
  '名': 'people',
  '万人次': '10k visits',
  '场': 'events',
  '公里': 'km',
  '平方公里': 'km²',
  '平方米': 'm²',
  '万平方米': '10k m²',
  '套': 'units',
  '所': 'institutions',
  '条': 'items',
  '项': 'items',
  '天': 'days',
  '万个': '10k units',
  '万吨': '10k tonnes',
  '万头': '10k head',
  '万只': '10k head',
  '个工作日': 'working days',
  '倍': 'times',
  '微克/立方米': 'µg/m³',
  '座': 'units',
  '处': 'sites',
  '次': 'times',
  '张': 'units',
  '万家': '10k firms',
  '万美元': '10k US$',
  '万千瓦': '10 MW',
  '百分点': 'pp',
  '个百分点': 'pp',
  '%': '%',
  '‰': '‰',
};

/** A unit in the interface language (亿元 → "100m yuan"); unknown units pass through. */
export function formatUnit(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNIT_EN[unit] ?? unit) : unit === '个百分点' ? '百分点' : unit;
}

/** Units written right after the number (6.5%, 2‰). */
function attached(unit: string): boolean {
  return unit === '%' || unit === '‰' || unit === '';
}

/** A value with its unit: "6.5%", "3342.7 亿元", "3,342.7 100m yuan", "0.4 pp". */
export function formatValue(value: number, unit: string, lang: Lang, signed = false): string {
  const n = formatNumber(value, lang, 2, signed);
  if (attached(unit)) return `${n}${unit}`;
  const u = formatUnit(unit, lang);
  // "3,342.7 (100m yuan)": a unit that starts with a number must not read as part of the value.
  return lang === 'en' && /^\d/.test(u) ? `${n} (${u})` : `${n} ${u}`;
}

/** The gap between actual and target in its unit: "+0.6 pp", "−0.4 个百分点", "+2.6 亿斤". */
export function formatGap(gap: number, gapUnit: string, lang: Lang): string {
  return formatValue(gap, gapUnit === '%' ? '百分点' : gapUnit, lang, true);
}

export const COMPARATOR_SIGN: Record<Comparator, string> = {
  eq: '',
  about: '≈ ',
  at_least: '≥ ',
  at_most: '≤ ',
  range: '',
  qualitative: '',
};

const QUALITATIVE_EN: [RegExp, string][] = [
  [/与经济(增长)?.*同步/, 'in step with economic growth'],
  [/稳中提质/, 'steady, with better quality'],
  [/平稳增长/, 'steady growth'],
  [/稳定增长/, 'steady growth'],
  [/考核目标/, 'meet the assessment target'],
  [/按市下达/, 'as assigned by the city'],
  [/稳中有进/, 'steady progress'],
];

/** English gloss of a qualitative target's wording; the Chinese wording always stays visible. */
export function glossQualitative(text: string, lang: Lang): string {
  if (lang === 'zh') return text;
  const hit = QUALITATIVE_EN.find(([re]) => re.test(text));
  return hit ? `${hit[1]} (${text})` : text;
}

/** A stated figure with its modifier: "≈ 6.5%", "≥ 160 亿斤", "≤ 5.5%", "6–8%", "稳中提质". */
export function formatStated(
  o: Pick<Observation, 'value' | 'value_max' | 'unit' | 'comparator' | 'value_text'>,
  lang: Lang,
  withUnit = true,
): string {
  if (o.comparator === 'qualitative' || o.value === null) return glossQualitative(o.value_text, lang);
  const value = (v: number) => (withUnit ? formatValue(v, o.unit, lang) : formatNumber(v, lang));
  if (o.comparator === 'range' && o.value_max !== null) return `${formatNumber(o.value, lang)}–${value(o.value_max)}`;
  return `${COMPARATOR_SIGN[o.comparator]}${value(o.value)}`;
}

/** What a figure measures, in words: "growth on previous year" / "同比增长". */
export function formatBasis(basis: Basis, lang: Lang): string {
  return t(lang, BASIS_WORDS[basis]);
}

/** A period: "2024" or "2021–2025" (en dash). */
export function formatPeriod(period: string): string {
  return period.replace('-', '–');
}

/** Axis tick label for a unit: "6%" for rates, bare numbers otherwise (the unit is on the axis title). */
export function tickFormatter(unit: string, lang: Lang): (v: number) => string {
  return (v) => (unit === '%' || unit === '‰' ? `${formatNumber(v, lang)}${unit}` : formatNumber(v, lang));
}

/** A date "2025-02-21" → "2025年2月21日" / "21 Feb 2025"; a bare year stays as is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'zh') return `${y}年${Number(mo)}月${Number(d)}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(d)} ${months[Number(mo) - 1]} ${y}`;
}
