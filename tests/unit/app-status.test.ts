/**
 * How the seven statuses are shown: symbol, word and reason in both languages; shortfalls never
 * look met; a pair that is not judged always says why; a pair that is not comparable names its
 * caveats. Pairs come from the real build; for the words of each status and reason one of them
 * has its status and reason set per case; the not-comparable pairs and their caveats are the build's.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { COMPARATOR_SIGN } from '../../src/lib/format';
import { isShortfall, reasonOf, reasonWords, STATUS, statusLabel, statusText, statusWord, STATUS_ORDER } from '../../src/lib/status';
import { PAIR_REASONS, STATUSES, type Caveat, type Lang, type Pair, type PairReason, type Status } from '../../src/lib/types';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const base: Pair = dataset.pairs.find((p) => p.status === 'met')!;
const LANGS: Lang[] = ['zh', 'en'];

describe('every status is shown by a symbol and a word', () => {
  it('lists all seven, once each, in the display order', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort());
    expect(new Set(STATUSES.map((s) => STATUS[s].symbol)).size).toBe(STATUSES.length);
  });
  it.each(STATUSES.flatMap((s) => LANGS.map((lang) => ({ s, lang }))))('$s in $lang', ({ s, lang }) => {
    expect(statusWord(s, lang).trim().length).toBeGreaterThan(1);
    expect(statusLabel(s, lang)).toBe(`${STATUS[s].symbol} ${statusWord(s, lang)}`);
  });
  it('no status symbol is a target modifier (≈ ≥ ≤)', () => {
    const signs = Object.values(COMPARATOR_SIGN).map((x) => x.trim()).filter(Boolean);
    for (const s of STATUSES) expect(signs).not.toContain(STATUS[s].symbol);
  });
});

describe('shortfalls never look met', () => {
  const cases: { status: Status; zh: RegExp; en: RegExp }[] = [
    { status: 'within_tolerance', zh: /未达/, en: /short/ },
    { status: 'near', zh: /未达成/, en: /missed/ },
    { status: 'missed', zh: /未达成/, en: /missed/ },
  ];
  it.each(cases)('$status: a shortfall in both languages, not the tick', ({ status, zh, en }) => {
    expect(isShortfall(status)).toBe(true);
    expect(STATUS[status].symbol).not.toBe(STATUS.met.symbol);
    expect(statusWord(status, 'zh')).toMatch(zh);
    expect(statusWord(status, 'en')).toMatch(en);
    expect(statusWord(status, 'zh')).not.toBe(statusWord('met', 'zh'));
    expect(statusWord(status, 'en')).not.toMatch(/^met\b/);
  });
  it.each(['met', 'not_comparable', 'pending', 'not_assessable'] as Status[])('%s is not a shortfall', (s) => expect(isShortfall(s)).toBe(false));
});

describe('a pair that is not judged says why', () => {
  const reasons = PAIR_REASONS.filter((r): r is Exclude<PairReason, ''> => r !== '');
  it.each(reasons.flatMap((reason) => LANGS.map((lang) => ({ reason, lang }))))('reason $reason in $lang', ({ reason, lang }) => {
    const pair = { ...base, status: 'not_assessable' as const, reason };
    expect(reasonOf(pair)).toBe(reason);
    expect(reasonWords(pair, lang).length).toBeGreaterThan(3);
    expect(statusText(pair, [], lang)).toContain(reasonWords(pair, lang));
  });

  // Older builds leave `reason` empty: the status or the rule still gives one.
  const fallbacks: { name: string; status: Status; rule: string; expected: PairReason }[] = [
    { name: 'pending without a reason', status: 'pending', rule: 'pending', expected: 'no_review' },
    { name: 'qualitative target', status: 'not_assessable', rule: 'qualitative', expected: 'qualitative' },
    { name: 'reviewed, no actual', status: 'not_assessable', rule: 'no_actual', expected: 'not_stated' },
    { name: 'a rule the app does not know', status: 'not_assessable', rule: 'future_rule', expected: 'not_stated' },
    { name: 'not comparable without a reason', status: 'not_comparable', rule: 'eq', expected: 'caveat' },
    { name: 'judged: met', status: 'met', rule: 'eq', expected: '' },
    { name: 'judged: near', status: 'near', rule: 'eq', expected: '' },
    { name: 'judged: within tolerance', status: 'within_tolerance', rule: 'about', expected: '' },
  ];
  it.each(fallbacks)('$name → "$expected"', ({ status, rule, expected }) => {
    expect(reasonOf({ ...base, status, rule, reason: '' })).toBe(expected);
  });
});

describe('a pair that is not comparable names its caveats', () => {
  // The build's own: 驿城区 table 1-1's notes (base revision, scope change) on its 2020 outcomes.
  const notComparable = dataset.pairs.filter((p) => p.status === 'not_comparable');
  const named = (pair: Pair): Caveat[] => dataset.caveats.filter((c) => pair.caveats.split(' ').includes(c.id));
  it('the build has such pairs, each naming a caveat that breaks the comparison', () => {
    expect(notComparable.length).toBeGreaterThan(0);
    for (const pair of notComparable) expect(named(pair).some((c) => c.breaks_comparison), pair.id).toBe(true);
  });
  it.each(LANGS)('in %s', (lang) => {
    for (const pair of notComparable) {
      const text = statusText(pair, dataset.caveats, lang);
      expect(text).toContain(statusLabel('not_comparable', lang));
      expect(text).toContain(reasonWords(pair, lang));
      for (const c of named(pair)) expect(text).toContain(lang === 'zh' ? c.zh : c.en);
      // A caveat id the data does not hold (an older or cut file) is left out, not shown raw.
      expect(statusText({ ...pair, caveats: `${pair.caveats} unknown-id` }, dataset.caveats, lang)).toBe(text);
    }
  });
});
