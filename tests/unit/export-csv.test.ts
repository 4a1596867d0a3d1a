/**
 * The chart CSV of a real slice (the city's GDP, as slices/zhumadian--gdp.json holds it): rows are
 * chosen by what they are, statuses and gaps are the build's.
 */
import { describe, expect, test } from 'vitest';
import { BOM } from '../../src/lib/csv';
import { CHART_CSV_COLUMNS, chartCsv, chartCsvRows } from '../../src/lib/export/csv';
import { realSlice } from '../fixtures/real-slices';
import { parseViewCsv } from '../helpers/view-csv';

const slice = realSlice('zhumadian', 'gdp');
const KIND = { baseline: 0, target: 1, actual: 2 } as const;
const rowOf = (rows: ReturnType<typeof chartCsvRows>, o: (typeof slice.observations)[number]) =>
  rows.find((r) => r.period === o.period && r.kind === o.kind && r.value === o.value && r.basis === o.basis && r.source_line === o.source_line)!;

describe('chartCsvRows', () => {
  const rows = chartCsvRows(slice, 'zh');
  test('one row per observation, ordered by period then kind', () => {
    expect(rows).toHaveLength(slice.observations.length);
    const keys = rows.map((r) => [String(r.period), KIND[r.kind as keyof typeof KIND]] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });
  test('status, gap and source come with each judged row', () => {
    const judged = slice.pairs.filter((p) => p.actual_id && p.gap !== null);
    expect(judged.length).toBeGreaterThan(0);
    for (const p of judged) {
      const actual = slice.observations.find((o) => o.id === p.actual_id)!;
      const doc = slice.documents.find((d) => d.id === actual.document_id)!;
      expect(rowOf(rows, actual)).toMatchObject({
        status: p.status, gap: p.gap, gap_unit: p.gap_unit, unit: actual.unit, comparator: actual.comparator,
        source_file: actual.source_file, source_line: actual.source_line, document: doc.title_zh, quote: actual.quote,
      });
    }
  });
  test('the 2024 growth is within the "about" margin, not "near" (as a hand-typed fixture once said)', () => {
    const actual = slice.observations.find((o) => o.kind === 'actual' && o.period === '2024' && o.basis === 'yoy_growth')!;
    expect(rowOf(rows, actual).status).toBe('within_tolerance');
  });
  test('a pending target has a status and no gap', () => {
    const pending = slice.pairs.find((p) => p.status === 'pending')!;
    const target = slice.observations.find((o) => o.id === pending.target_id)!;
    expect(rowOf(rows, target)).toMatchObject({ status: 'pending', gap: null, gap_unit: '', comparator: target.comparator });
  });
  test('an unpaired actual has no status', () => {
    const unpaired = slice.observations.filter((o) => o.kind === 'actual' && !slice.pairs.some((p) => p.actual_id === o.id));
    expect(unpaired.length).toBeGreaterThan(0);
    for (const o of unpaired) expect(rowOf(rows, o)).toMatchObject({ status: null, estimated: o.estimated, unit: o.unit });
  });
  test('English names in English', () => {
    const en = chartCsvRows(slice, 'en');
    for (const o of slice.observations) {
      const doc = slice.documents.find((d) => d.id === o.document_id)!;
      expect(doc.title_en).not.toBe(doc.title_zh);
      expect(rowOf(en, o)).toMatchObject({ indicator: o.indicator_en, document: doc.title_en });
    }
  });
  test('only the observations passed', () => {
    expect(chartCsvRows(slice, 'zh', slice.observations.slice(0, 2))).toHaveLength(2);
  });
});

describe('chartCsv', () => {
  test('parses back with papaparse to the same rows', () => {
    const text = chartCsv(slice, 'zh');
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = parseViewCsv(text, 'zh');
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS]);
    const expected = chartCsvRows(slice, 'zh').map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])),
    );
    expect(parsed.data).toEqual(expected);
  });
});
