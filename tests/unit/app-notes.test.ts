/**
 * Derived values and caveats wherever a figure is shown in text: the notes of a figure, the
 * chart's CSV and the promises' CSV (status in words with its reason, derived from which rows
 * with their quotes, caveats). Everything comes from the real build: the growth it derives from
 * two stated levels (Zhumadian trade) and the notes under 驿城区 table 1-1 on its figures.
 */
import { describe, expect, it } from 'vitest';
import { CHART_CSV_NOTES, chartCsvText } from '../../src/lib/export/csv';
import { PROMISE_CSV_COLUMNS, promisesCsv } from '../../src/lib/export/promises';
import { caveatText, derivedText, figureNotes, hasNotes } from '../../src/lib/notes';
import { promiseRows } from '../../src/lib/promises';
import { statusLabel } from '../../src/lib/status';
import type { Lang, Observation, Slice, Status } from '../../src/lib/types';
import { caveatedInvestmentSlice, derivedTradeSlice, realDataset } from '../fixtures/real-slices';
import { parseViewCsv } from '../helpers/view-csv';

const dataset = realDataset();
const byId = new Map(dataset.observations.map((o) => [o.id, o]));
/** A target judged on a growth the build derives (not the review's words), and that growth. */
const judged = dataset.pairs.find((p) => p.derived && p.actual_id && p.status !== 'not_assessable')!;
const derived = byId.get(judged.actual_id!)!;
/** The stated levels the growth is computed from. */
const levels = derived.derived_from.split(' ').map((id) => byId.get(id)!);
/** A stated outcome with the notes under its table (a caveat on it). */
const caveated = caveatedInvestmentSlice().observations.find((o) => o.kind === 'actual' && o.caveats)!;
const caveatsOf = (o: Observation) => o.caveats.split(' ').map((id) => dataset.caveats.find((c) => c.id === id)!);

describe('the notes of a figure', () => {
  it('a stated figure has none', () => {
    const n = figureNotes(levels[0]!, dataset);
    expect(hasNotes(n)).toBe(false);
    expect([derivedText(n, 'zh'), caveatText(n, 'en')]).toEqual(['', '']);
  });
  it.each<{ lang: Lang; label: string }>([
    { lang: 'zh', label: '推算' },
    { lang: 'en', label: 'derived' },
  ])('a derived figure names the rows it comes from with their quotes ($lang)', ({ lang, label }) => {
    expect(levels).toHaveLength(2);
    const n = figureNotes(derived, dataset);
    expect(hasNotes(n)).toBe(true);
    expect(n.derivedFrom.map((o) => o.id)).toEqual(levels.map((o) => o.id));
    const text = derivedText(n, lang);
    expect(text.startsWith(label)).toBe(true);
    for (const l of levels) expect(text).toContain(l.quote);
  });
  it.each<Lang>(['zh', 'en'])('a figure with caveats names each of them (%s)', (lang) => {
    const n = figureNotes(caveated, dataset);
    expect(hasNotes(n)).toBe(true);
    expect(derivedText(n, lang)).toBe('');
    const text = caveatText(n, lang);
    for (const c of caveatsOf(caveated)) expect(text).toContain(lang === 'zh' ? c.zh : c.en);
    // Sentences follow each other without a semicolon after their full stop.
    expect(text).not.toMatch(/[。.][；;]/);
  });
  it('a row it comes from that is not at hand is still named, by id', () => {
    // Every row the build derives from is in the dataset: a cut file would lose one.
    const n = figureNotes({ ...derived, derived_from: `${levels[0]!.id} gone-row` }, dataset);
    expect(n.missing).toEqual(['gone-row']);
    expect(derivedText(n, 'en')).toContain('gone-row');
  });
});

describe('the chart CSV', () => {
  const cases: { name: string; slice: () => Slice; row: Observation }[] = [
    { name: 'a derived growth (Zhumadian trade)', slice: derivedTradeSlice, row: derived },
    { name: 'an outcome with caveats (驿城区 fixed-asset investment)', slice: caveatedInvestmentSlice, row: caveated },
  ];
  it.each(cases.flatMap((c) => (['zh', 'en'] as const).map((lang) => ({ ...c, lang }))))('adds status in words, derived and caveats: $name ($lang)', ({ slice, row: o, lang }) => {
    const csv = parseViewCsv(chartCsvText(slice(), lang, `${o.basis}:${o.unit}`), lang);
    expect(csv.errors).toEqual([]);
    for (const c of CHART_CSV_NOTES) expect(csv.meta.fields).toContain(c);
    const rows = csv.data.filter((r) => r.quote === o.quote && r.period === o.period && r.kind === o.kind);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.derived).toBe(String(o.derived));
    if (o.derived) for (const l of levels) expect(row.derived_from).toContain(l.quote);
    else expect(row.derived_from).toBe('');
    if (o.caveats) for (const c of caveatsOf(o)) expect(row.caveats).toContain(lang === 'zh' ? c.zh : c.en);
    else expect(row.caveats).toBe('');
    const judgedRows = csv.data.filter((r) => r.status);
    expect(judgedRows.length).toBeGreaterThan(0);
    for (const r of judgedRows) expect(String(r.status_text).startsWith(statusLabel(r.status as Status, lang))).toBe(true);
  });
});

describe('the promises CSV', () => {
  const rows = promiseRows(dataset);
  const parse = (lang: Lang) => parseViewCsv(promisesCsv(rows, dataset, lang), lang);
  it('has one row per promise on screen, every column', () => {
    const csv = parse('en');
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...PROMISE_CSV_COLUMNS]);
    expect(csv.data).toHaveLength(rows.length);
  });
  it('says why a promise is not assessed, in words, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const csv = parse(lang);
      const notAssessed = csv.data.filter((r) => r.status === 'not_assessable');
      expect(notAssessed.length).toBeGreaterThan(0);
      for (const r of notAssessed) expect(r.status_text).toMatch(lang === 'zh' ? /^– 无法评估：./ : /^– not assessable: ./);
      for (const r of csv.data.filter((r) => r.status === 'pending')) expect(r.status_text).toMatch(lang === 'zh' ? /尚无文件回顾/ : /no document reviews/);
    }
  });
  it('marks a promise judged on a derived actual, with the rows it comes from', () => {
    const target = dataset.observations.find((o) => o.id === judged.target_id)!;
    const row = parse('zh').data.find((r) => r.quote === target.quote && r.period === target.period)!;
    expect(row.derived).toBe('true');
    for (const l of levels) expect(row.derived_from).toContain(l.quote);
  });
});
