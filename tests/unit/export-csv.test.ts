import { describe, expect, test } from 'vitest';
import { BOM } from '../../src/lib/csv';
import { CHART_CSV_COLUMNS, chartCsv, chartCsvRows } from '../../src/lib/export/csv';
import { slice } from '../e2e/fixtures/slice';
import { parseViewCsv } from '../helpers/view-csv';

describe('chartCsvRows', () => {
  const rows = chartCsvRows(slice, 'zh');
  test('one row per observation, ordered by period then kind', () => {
    expect(rows.map((r) => `${r.period}:${r.kind}`)).toEqual([
      '2022:actual', '2023:target', '2023:actual', '2024:target', '2024:actual', '2025:target',
    ]);
  });
  test('status, gap and source come with each row', () => {
    const row = rows.find((r) => r.period === '2024' && r.kind === 'actual');
    expect(row).toMatchObject({
      status: 'near', gap: -0.4, gap_unit: '百分点', unit: '%', comparator: 'eq',
      source_file: '000_bbb7e12bb1a91af9.txt', source_line: 37, document: '2025年驻马店市政府工作报告',
    });
  });
  test('pending target has a status and no gap', () => {
    expect(rows.at(-1)).toMatchObject({ status: 'pending', gap: null, gap_unit: '', comparator: 'about' });
  });
  test('unpaired actual has no status', () => {
    expect(rows[0]).toMatchObject({ status: null, estimated: true, unit: '亿元' });
  });
  test('English names in English', () => {
    expect(chartCsvRows(slice, 'en')[0]).toMatchObject({ indicator: 'Gross regional product (GDP)', document: 'Zhumadian Government Work Report 2023' });
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
