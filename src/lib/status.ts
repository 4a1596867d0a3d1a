/**
 * How a status is shown: always a symbol and a word (lib/i18n.ts), colour (lib/palette.ts) only
 * as a third cue; a pair that is not judged always says why, a pair that is not comparable names
 * its caveats. within_tolerance and near are shortfalls: never shown as "met".
 */
import { t } from './i18n';
import * as W from './words';
import { REASON_WORDS, STATUS_WORDS } from './words';
import type { Caveat, Lang, Pair, PairReason, Status } from './types';

export interface StatusMeta {
  symbol: string;
}

/**
 * The symbol of each status: only "met" gets the tick; a shortfall within an "about" margin is
 * ± (never ≈, which marks an "about" target), a narrow miss △ (the usual "partly" mark).
 */
export const STATUS: Record<Status, StatusMeta> = {
  met: { symbol: '✓' },
  within_tolerance: { symbol: '±' },
  near: { symbol: '△' },
  missed: { symbol: '✗' },
  not_comparable: { symbol: '≠' },
  pending: { symbol: '…' },
  not_assessable: { symbol: '–' },
};

/** Shortfalls first, then met, then what is not judged. */
export const STATUS_ORDER: Status[] = ['missed', 'near', 'within_tolerance', 'met', 'not_comparable', 'pending', 'not_assessable'];

/** Statuses that fall short of the target, however narrowly. */
export const SHORTFALLS: readonly Status[] = ['missed', 'near', 'within_tolerance'];

export function isShortfall(status: Status): boolean {
  return SHORTFALLS.includes(status);
}

/** "met" / "达成". */
export function statusWord(status: Status, lang: Lang): string {
  return t(lang, STATUS_WORDS[status]);
}

/** "✓ met" / "✓ 达成". */
export function statusLabel(status: Status, lang: Lang): string {
  return `${STATUS[status].symbol} ${statusWord(status, lang)}`;
}

/** The pair fields that say how it was judged and why not. */
export type Verdict = Pick<Pair, 'status' | 'reason' | 'rule' | 'caveats'>;

/** The reason a rule implies when a pair of an older build leaves `reason` empty. */
const RULE_REASON: Partial<Record<string, PairReason>> = { qualitative: 'qualitative', pending: 'no_review', in_step: 'not_stated' };

/**
 * Why a pair is not judged (or not comparable); '' when it is judged. A pair that is not judged
 * always has one: its own, else the one its status or rule implies (pending: no review yet).
 */
export function reasonOf(pair: Verdict): PairReason {
  if (pair.status === 'met' || pair.status === 'within_tolerance' || pair.status === 'near' || pair.status === 'missed') return '';
  if (pair.reason) return pair.reason;
  if (pair.status === 'pending') return 'no_review';
  if (pair.status === 'not_comparable') return 'caveat';
  return RULE_REASON[pair.rule] ?? 'not_stated';
}

/** The reason in words ('' when judged). */
export function reasonWords(pair: Verdict, lang: Lang): string {
  const reason = reasonOf(pair);
  return reason ? t(lang, REASON_WORDS[reason]) : '';
}

/** Caveats by id from a space-separated list; unknown ids are skipped. */
export function caveatsOf(ids: string, caveats: readonly Caveat[]): Caveat[] {
  const wanted = ids.split(' ').filter(Boolean);
  return wanted.map((id) => caveats.find((c) => c.id === id)).filter((c): c is Caveat => c !== undefined);
}

/**
 * A status in words with its reason and caveats, for text (CSV, titles): "✗ missed",
 * "– not assessable: the review states no figure for this measure",
 * "≠ not comparable: … (caveat: …)".
 */
export function statusText(pair: Verdict, caveats: readonly Caveat[], lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const why = reasonWords(pair, lang);
  const notes = caveatsOf(pair.caveats, caveats).map((c) => (lang === 'zh' ? c.zh : c.en));
  const tail = notes.length ? (lang === 'zh' ? `（${t(lang, W.caveat)}：${notes.join('；')}）` : ` (${t(lang, W.caveat).toLowerCase()}: ${notes.join('; ')})`) : '';
  return `${statusLabel(pair.status, lang)}${why ? colon + why : ''}${tail}`;
}
