/**
 * Derived values and caveats wherever a figure is shown in text: the notes of a figure, the
 * chart's CSV and the promises' CSV (status in words with its reason, derived from which rows
 * with their quotes, caveats). Rows come from the real build; a derived growth is made from two
 * real levels the way the build will mark one (derived, derived_from).
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { CHART_CSV_NOTES, chartCsvText } from '../../src/lib/export/csv';
import { PROMISE_CSV_COLUMNS, promisesCsv } from '../../src/lib/export/promises';
import { caveatText, derivedText, figureNotes, hasNotes } from '../../src/lib/notes';
import { promiseRows } from '../../src/lib/promises';
import { sliceOf } from '../../src/lib/slice';
import { statusLabel } from '../../src/lib/status';
import type { Caveat, Dataset, Lang, Status } from '../../src/lib/types';
import { parseViewCsv } from '../helpers/view-csv';

const built = buildDataset({ seedsDir: 'seeds', dataDir: 'data' }).dataset;
const levels = built.observations.filter((o) => o.indicator_id === 'external_funds' && o.region === 'zhumadian' && o.kind === 'actual' && o.basis === 'level').slice(0, 2);
/** A growth actual that answers a target (its pair). */
const judged = built.pairs.find((p) => p.indicator_id === 'external_funds' && p.region === 'zhumadian' && p.actual_id && p.basis === 'yoy_growth')!;
const growth = built.observations.find((o) => o.id === judged.actual_id)!;
const note = built.tables.find((t) => t.note)!;
const caveat: Caveat = {
  id: 'cv-estimate',
  kind: 'estimate',
  document_id: note.document_id,
  source_file: note.source_file,
  source_line: note.note_line,
  source_start: 0,
  source_end: 0,
  quote: `${note.note.split('。').find((s) => s.includes('预计'))!}。`,
  zh: '部分数据为预计值',
  en: 'some figures are estimates',
  breaks_comparison: false,
};
/** The real dataset with `growth` derived from `levels` and qualified by `caveat`. */
const dataset: Dataset = {
  ...built,
  caveats: [caveat],
  observations: built.observations.map((o) => (o.id === growth.id ? { ...o, derived: true, derived_from: levels.map((l) => l.id).join(' '), caveats: caveat.id } : o)),
  pairs: built.pairs.map((p) => (p.actual_id === growth.id ? { ...p, derived: true } : p)),
};
const derived = dataset.observations.find((o) => o.id === growth.id)!;

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
    expect(n.derivedFrom.map((o) => o.id)).toEqual(levels.map((o) => o.id));
    const text = derivedText(n, lang);
    expect(text.startsWith(label)).toBe(true);
    for (const l of levels) expect(text).toContain(l.quote);
    expect(caveatText(n, lang)).toBe(lang === 'zh' ? caveat.zh : caveat.en);
  });
  it('a row it comes from that is not at hand is still named, by id', () => {
    const n = figureNotes({ ...derived, derived_from: `${levels[0]!.id} gone-row` }, dataset);
    expect(n.missing).toEqual(['gone-row']);
    expect(derivedText(n, 'en')).toContain('gone-row');
  });
});

describe('the chart CSV', () => {
  const slice = sliceOf(dataset, 'zhumadian', 'external_funds')!;
  it.each<Lang>(['zh', 'en'])('adds status in words, derived and caveats (%s)', (lang) => {
    const measure = `${growth.basis}:${growth.unit}`;
    const csv = parseViewCsv(chartCsvText(slice, lang, measure), lang);
    expect(csv.errors).toEqual([]);
    for (const c of CHART_CSV_NOTES) expect(csv.meta.fields).toContain(c);
    const row = csv.data.find((r) => r.quote === derived.quote && r.period === derived.period)!;
    expect(row.derived).toBe('true');
    for (const l of levels) expect(row.derived_from).toContain(l.quote);
    expect(row.caveats).toBe(lang === 'zh' ? caveat.zh : caveat.en);
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
