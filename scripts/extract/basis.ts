/**
 * What a figure measures (level, growth, average growth, cumulative, change in percentage points),
 * read from the words between the indicator and the number.
 */
import type { Basis } from '../../src/lib/types.ts';
import type { Figure } from './numbers.ts';

export const GROWTH = /(增长|增速|增幅|下降|降低|减少|提高|提升|上涨|涨幅|回落|增加)(?![到至为达值])/;
const FALL = /(下降|降低|减少|回落)(?![到至为达])/;

/**
 * What a figure measures, from the words between the indicator and the number (and the
 * phrasing itself: 居民消费价格涨幅 is already a growth rate).
 */
export function basisOf(phrasing: string, predicate: string, figure: Figure): Basis {
  if (figure.cumulative || /累计/.test(phrasing + predicate)) return 'cumulative';
  if (figure.unit === '百分点') return 'change_pp';
  const words = phrasing + predicate;
  if (/年均/.test(words)) return 'annual_avg_growth';
  if ((figure.unit === '%' || figure.unit === '‰') && GROWTH.test(words)) return 'yoy_growth';
  return 'level';
}

/** 下降 3% is a growth of −3%. */
export function signedValue(phrasing: string, predicate: string, figure: Figure, basis: Basis): number {
  const falls = FALL.test(phrasing + predicate) && (basis === 'yoy_growth' || basis === 'annual_avg_growth');
  return falls ? -Math.abs(figure.value) : figure.value;
}
