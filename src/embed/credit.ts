/** The names in the embed's one-line source credit. Pure. */
import type { Lang, Slice } from '../lib/types';

/**
 * Document titles for a credit line, oldest first; titles that differ only by their year are
 * merged: "2023、2024、2025年驻马店市政府工作报告", "Zhumadian Government Work Report 2023, 2024, 2025".
 */
export function creditNames(documents: Slice['documents'], lang: Lang): string {
  const groups = new Map<string, string[]>();
  const sorted = [...documents].sort((a, b) => a.delivered.localeCompare(b.delivered) || a.id.localeCompare(b.id));
  for (const d of sorted) {
    const title = lang === 'zh' ? d.title_zh : d.title_en;
    const years = title.match(/\d{4}/g) ?? [];
    const key = years.length === 1 ? title.replace(/\d{4}/, '\u0000') : title;
    const list = groups.get(key) ?? [];
    if (years.length === 1 && !list.includes(years[0]!)) list.push(years[0]!);
    groups.set(key, list);
  }
  const yearSep = lang === 'zh' ? '、' : ', ';
  return [...groups]
    .map(([key, years]) => key.replace('\u0000', years.join(yearSep)))
    .join(lang === 'zh' ? '；' : '; ');
}
