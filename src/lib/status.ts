/** How a status is shown: always a symbol and a word, colour (lib/palette.ts) only as a third cue. */
import type { Lang, Status } from './types';

export interface StatusMeta {
  symbol: string;
  zh: string;
  en: string;
}

export const STATUS: Record<Status, StatusMeta> = {
  met: { symbol: '✓', zh: '达成', en: 'met' },
  within_tolerance: { symbol: '≈', zh: '在“左右”容差内', en: 'within the “about” margin' },
  near: { symbol: '≃', zh: '略低于目标', en: 'narrowly missed' },
  missed: { symbol: '✗', zh: '未达成', en: 'missed' },
  not_comparable: { symbol: '≠', zh: '口径不可比', en: 'not comparable' },
  pending: { symbol: '…', zh: '待评估', en: 'pending' },
  not_assessable: { symbol: '–', zh: '无法评估', en: 'not assessable' },
};

export const STATUS_ORDER: Status[] = ['missed', 'near', 'within_tolerance', 'met', 'not_comparable', 'pending', 'not_assessable'];

/** "✓ met" / "✓ 达成". */
export function statusLabel(status: Status, lang: Lang): string {
  const m = STATUS[status];
  return `${m.symbol} ${m[lang]}`;
}
