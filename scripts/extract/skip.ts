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
  if (figure.unit === '') return 'no unit (a date, a code, a list number or a name)';
  if (NON_FIGURE_UNITS.has(figure.unit)) return `unit ${figure.unit} is a time span or a multiple`;
  const before = text.slice(Math.max(0, figure.start - 8), figure.start);
  const after = text.slice(figure.numberEnd, figure.numberEnd + 4);
  if (RANK_BEFORE.test(before)) return 'a ranking';
  if (COMPARISON_BEFORE.test(before)) return 'a comparison with another region';
  if (RATIO_AFTER.test(after)) return 'a ratio';
  if (NAME_AFTER.test(after)) return 'part of a name';
  // 是2017年的1.8倍 is caught by its unit; 1.8 is never a year.
  return null;
}

/** In a list of bare figures (3.9%、4.2%、13.7%) the names are stated apart from the values. */
export function isParallelFigure(text: string, figure: Figure): boolean {
  const next = text[figure.end] === '、' && /[\d[]/.test(text[figure.end + 1] ?? '');
  const prev = text[figure.start - 1] === '、' && /[\d%‰\]]/.test(text[figure.start - 2] ?? '');
  return next || prev;
}
