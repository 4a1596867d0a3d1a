/**
 * Numbers that are not figures of an indicator, skipped by rule: rankings (全省第7), dates
 * (2024年, 12月底前), document numbers (〔2025〕2号), list numbering (1.编制), names (PM2.5, 5A级),
 * ratios (18.3：42.3：39.4), multiples (是2017年的1.8倍), comparisons with the province
 * (高于全省1.2个百分点) and time spans (3个月).
 */
import { NON_FIGURE_UNITS, type Figure } from './numbers.ts';

const RANK_BEFORE = /(第|前|排名|位居|位列|位次)$/;
const COMPARISON_BEFORE = /(高于|低于|快于|慢于|高出|低出|领先)(全国|全省|全市|省|国家)?(平均)?(水平)?$/;
const RATIO_AFTER = /^[：:]\d/;
const NAME_AFTER = /^[A-Za-z]/;

/** Why the number at `figure` is not a figure, or null when it is one. */
export function figureSkipReason(text: string, figure: Figure): string | null {
  const before = text.slice(Math.max(0, figure.start - 8), figure.start);
  const after = text.slice(figure.numberEnd, figure.numberEnd + 4);
  if (RANK_BEFORE.test(before)) return 'a ranking';
  if (COMPARISON_BEFORE.test(before)) return 'a comparison with another region';
  if (RATIO_AFTER.test(after) || /[：:]$/.test(before) && /^\d/.test(text.slice(figure.start - 2, figure.start - 1))) return 'a ratio';
  if (NAME_AFTER.test(after)) return 'part of a name';
  if (figure.unit === '') return 'no unit (a date, a code, a list number or a name)';
  if (NON_FIGURE_UNITS.has(figure.unit)) return `unit ${figure.unit} is a time span or a multiple`;
  // 是2017年的1.8倍 is caught by its unit; 1.8 is never a year.
  return null;
}

/** In a list of bare figures (3.9%、4.2%、13.7%) the names are stated apart from the values. */
export function isParallelFigure(text: string, figure: Figure): boolean {
  const next = text[figure.end] === '、' && /[\d[]/.test(text[figure.end + 1] ?? '');
  const prev = text[figure.start - 1] === '、' && /[\d%‰\]]/.test(text[figure.start - 2] ?? '');
  return next || prev;
}

const UNIT_FAMILIES: Record<string, readonly string[]> = {
  money: ['亿元', '万元', '元', '亿美元', '万美元', '美元'],
  people: ['万人', '人', '万人次', '人次', '名', '万名'],
  count: ['个', '家', '件', '所', '座', '条', '项', '张', '台', '处', '宗', '批', '场', '次', '套', '户', '万户', '万个', '万件', '万套', '头', '万头', '只', '万只', '辆', '万辆', '株', '万株', '万', '万家', '万所', '万座', '万项', '万条', '万台', '万张'],
  weight: ['亿斤', '万斤', '斤', '万吨', '吨'],
  area: ['万亩', '亩', '公顷', '平方米', '万平方米', '平方公里'],
  length: ['公里', '米'],
  power: ['千瓦', '万千瓦', '兆瓦', '千伏', '亿千瓦时', '万千瓦时'],
  age: ['岁'],
  days: ['天'],
  concentration: ['微克/立方米'],
};
const RATES = new Set(['%', '‰', '百分点']);

/** The family of a unit (money, people, count, area …), or the unit itself when it has none. */
export function unitFamily(unit: string): string {
  return familyOf(unit);
}

function familyOf(unit: string): string {
  for (const [family, units] of Object.entries(UNIT_FAMILIES)) if (units.includes(unit)) return family;
  return unit;
}

/**
 * Whether a figure's unit can measure an indicator whose catalogue unit is `indicatorUnit`:
 * rates (%, ‰, 百分点) always can (growth, change); otherwise the units must be of one family
 * (亿元 and 万元, 家 and 个 …). 新增进出口额超千万元企业 23 家 is a count of firms, not trade.
 */
export function unitFits(figureUnit: string, indicatorUnit: string): boolean {
  if (RATES.has(figureUnit) || indicatorUnit === '') return true;
  if (RATES.has(indicatorUnit)) return false;
  return familyOf(figureUnit) === familyOf(indicatorUnit);
}

const SHARE = /占[^，；。：]*$/;
const SUB_REGION = /\d+个(县区|县|区|乡镇|乡|镇|村)|各县区|县区均/;

/** A share of an indicator (占一般公共预算支出的71.4%) or a figure for part of the region (7个县区…). */
export function partReason(window: string): string | null {
  if (SHARE.test(window)) return 'a share of the indicator (占…)';
  if (SUB_REGION.test(window)) return 'a figure for part of the region';
  return null;
}
