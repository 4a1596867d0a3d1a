/** How a status is shown: always a symbol and a word, colour only as a third cue. */
import type { Lang, Status } from './types';

export interface StatusMeta {
  symbol: string;
  zh: string;
  en: string;
  /** Okabe–Ito colours (colour-blind safe) for light backgrounds. */
  color: string;
  /** The same hue lighter, for dark backgrounds. */
  colorDark: string;
}

export const STATUS: Record<Status, StatusMeta> = {
  met: { symbol: '✓', zh: '达成', en: 'met', color: '#007a5a', colorDark: '#3fc79a' },
  within_tolerance: { symbol: '≈', zh: '容差内', en: 'within margin', color: '#3d6fa0', colorDark: '#8ab8e6' },
  near: { symbol: '≃', zh: '略低于目标', en: 'narrowly missed', color: '#9a6700', colorDark: '#e6b23c' },
  missed: { symbol: '✗', zh: '未达成', en: 'missed', color: '#c04000', colorDark: '#ff8a50' },
  not_comparable: { symbol: '≠', zh: '口径不可比', en: 'not comparable', color: '#6b4c8a', colorDark: '#c3a6e0' },
  pending: { symbol: '…', zh: '待评估', en: 'pending', color: '#5a6270', colorDark: '#a8b0bc' },
  not_assessable: { symbol: '–', zh: '无法评估', en: 'not assessable', color: '#5a6270', colorDark: '#a8b0bc' },
};

export const STATUS_ORDER: Status[] = ['missed', 'near', 'within_tolerance', 'met', 'not_comparable', 'pending', 'not_assessable'];

/** "✓ met" / "✓ 达成". */
export function statusLabel(status: Status, lang: Lang): string {
  const m = STATUS[status];
  return `${m.symbol} ${m[lang]}`;
}
