/**
 * How the seven statuses are shown: symbol, word and reason in both languages; shortfalls never
 * look met; a pair that is not judged always says why; a pair that is not comparable names its
 * caveats. Pairs come from the real build; their status and reason are set per case.
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
  // A caveat as the build will make them, from the real note under plan table 1-1.
  const note = dataset.tables.find((t) => t.note)!;
  const caveat: Caveat = {
    id: 'cv1',
    kind: 'scope_change',
    document_id: note.document_id,
    source_file: note.source_file,
    source_line: note.note_line,
    source_start: 0,
    source_end: 0,
    quote: `${note.note.split('。').find((s) => s.includes('5000'))!}。`,
    zh: '2018 年起固定资产投资统计起点由 500 万元提高到 5000 万元',
    en: 'from 2018 fixed-asset investment counts projects over 50 million yuan (was 5 million)',
    breaks_comparison: true,
  };
  it.each(LANGS)('in %s', (lang) => {
    const pair = { ...base, status: 'not_comparable' as const, reason: 'caveat' as const, caveats: 'cv1 unknown-id' };
    const text = statusText(pair, [caveat], lang);
    expect(text).toContain(statusLabel('not_comparable', lang));
    expect(text).toContain(reasonWords(pair, lang));
    expect(text).toContain(lang === 'zh' ? caveat.zh : caveat.en);
    expect(text).not.toContain('unknown-id');
  });
});
