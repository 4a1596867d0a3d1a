/**
 * The views' CSV downloads in the reader's language (issue 10.5): the header in Chinese or as the
 * columns' keys in English, units, deadlines and departments in the file's language, and the
 * machine-readable columns (codes, numbers, ids, source) the same in both. Rows from the real build.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { CHART_CSV_COLUMNS, chartCsvText } from '../../src/lib/export/csv';
import { PROMISE_CSV_COLUMNS, promisesCsv } from '../../src/lib/export/promises';
import { formatUnit } from '../../src/lib/format';
import { promiseRows } from '../../src/lib/promises';
import { sliceOf } from '../../src/lib/slice';
import { CSV_COLUMN_WORDS } from '../../src/lib/words';
import type { Lang } from '../../src/lib/types';
import { parseViewCsv } from '../helpers/view-csv';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const rows = promiseRows(dataset);
const CJK = /[\u3400-\u9fff]/;
const header = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');

/** Columns that hold codes, numbers, ids and the source: the same whatever the language. */
const SAME = ['indicator_id', 'value', 'value_max', 'unit_code', 'comparator', 'basis', 'period', 'due', 'status', 'actual', 'gap', 'gap_unit_code', 'source_file', 'source_line', 'quote'];

describe('the promises CSV in each language', () => {
  const csv = { zh: promisesCsv(rows, dataset, 'zh'), en: promisesCsv(rows, dataset, 'en') };
  const parsed = { zh: parseViewCsv(csv.zh, 'zh'), en: parseViewCsv(csv.en, 'en') };

  it('names its columns in Chinese, or by their keys in English, in the same order', () => {
    expect(header(csv.en)).toEqual([...PROMISE_CSV_COLUMNS]);
    expect(header(csv.zh)).toEqual(PROMISE_CSV_COLUMNS.map((c) => CSV_COLUMN_WORDS[c].zh));
    for (const label of header(csv.zh)) expect(label).toMatch(CJK);
    for (const lang of ['zh', 'en'] as const) expect(parsed[lang].meta.fields).toEqual([...PROMISE_CSV_COLUMNS]);
  });

  it('keeps codes, numbers, ids and the source the same in both', () => {
    expect(parsed.zh.data).toHaveLength(rows.length);
    const pick = (r: Record<string, string>) => SAME.map((c) => r[c]);
    expect(parsed.en.data.map(pick)).toEqual(parsed.zh.data.map(pick));
  });

  it('writes units, gap units, deadlines and departments in English in the English file', () => {
    const en = parsed.en.data;
    for (const column of ['unit', 'gap_unit', 'deadline', 'lead_departments']) {
      expect(en.filter((r) => CJK.test(r[column]!)).map((r) => `${column}: ${r[column]}`)).toEqual([]);
    }
    // Percentage points, the case the issue names: 百分点 in the data, pp to an English reader.
    const pp = en.filter((r) => r.gap_unit_code === '百分点');
    expect(pp.length).toBeGreaterThan(0);
    for (const r of pp) expect(r.gap_unit).toBe('pp');
    expect(en.filter((r) => r.deadline !== '').length).toBeGreaterThan(100);
    expect(en.filter((r) => r.lead_departments !== '').length).toBeGreaterThan(100);
  });

  it('writes the Chinese file as the documents do', () => {
    for (const r of parsed.zh.data) {
      expect(r.unit).toBe(formatUnit(r.unit_code!, 'zh'));
      if (r.deadline) expect(r.deadline).toMatch(CJK);
    }
  });
});

describe('the chart CSV in each language', () => {
  const slice = sliceOf(dataset, 'zhumadian', 'gdp')!;
  const measure = '';
  const parse = (lang: Lang) => parseViewCsv(chartCsvText(slice, lang, measure), lang);

  it('names its columns in the file language and keeps the codes', () => {
    const zh = parse('zh');
    const en = parse('en');
    expect(zh.meta.fields).toEqual(en.meta.fields);
    for (const c of CHART_CSV_COLUMNS) expect(en.meta.fields).toContain(c);
    expect(en.data.map((r) => [r.unit_code, r.gap_unit_code, r.status, r.value])).toEqual(zh.data.map((r) => [r.unit_code, r.gap_unit_code, r.status, r.value]));
  });

  it('says pp, not 百分点, in English', () => {
    const en = parse('en').data.filter((r) => r.gap !== '');
    expect(en.length).toBeGreaterThan(0);
    for (const r of en) {
      expect(r.gap_unit).not.toMatch(CJK);
      expect(r.unit).not.toMatch(CJK);
    }
    expect(en.some((r) => r.gap_unit === 'pp' && r.gap_unit_code === '百分点')).toBe(true);
  });
});

describe('units in English', () => {
  it('every unit of the data has an English name', () => {
    const units = new Set([...dataset.observations.map((o) => o.unit), ...dataset.pairs.map((p) => p.gap_unit)]);
    expect([...units].filter((u) => CJK.test(formatUnit(u, 'en')))).toEqual([]);
  });
});
