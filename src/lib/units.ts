/**
 * Units as the documents state them (亿元, 万户, 5万家 → 万家 …): magnitude and base, and
 * conversion between two statements of one indicator. Pure.
 */

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 万户 → { magnitude: 1e4, base: '户' }; 亿元 → { 1e8, '元' }; % → { 1, '%' }; 万 → { 1e4, '' }. */
export function splitUnit(unit: string): { magnitude: number; base: string } {
  const m = MAGNITUDE[unit[0] ?? ''];
  return m ? { magnitude: m, base: unit.slice(1) } : { magnitude: 1, base: unit };
}

/**
 * `value` stated in `from`, expressed in `to`; null when the two units do not measure the same
 * thing. Bases must be equal, or both among `countingWords` (the counting words an indicator
 * declares equivalent: 5万家 of 新设市场主体 = 5万户 of 新增经营主体). Rates never convert.
 */
export function convertUnit(value: number, from: string, to: string, countingWords: readonly string[] = []): number | null {
  if (from === to) return value;
  const a = splitUnit(from);
  const b = splitUnit(to);
  const same = a.base === b.base || (countingWords.includes(a.base) && countingWords.includes(b.base));
  if (!same || a.base === '%' || a.base === '‰' || a.base === '百分点') return null;
  return Math.round(((value * a.magnitude) / b.magnitude) * 1e9) / 1e9;
}
