import { readFileSync } from 'node:fs';
import { extractionInputs } from '../helpers/inputs.ts';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../scripts/extract/catalogue.ts';
import { extractFypTables, fiveYearPlanSpan, parseHeader, readCell, readRows, splitRow, unitFromName, type SourceLine } from '../../scripts/extract/fypTables.ts';
import type { DocumentMeta, Indicator } from '../../src/lib/types.ts';

const FILE = '003_93f9f528af4ebca6.txt';
const source = readFileSync(`seeds/${FILE}`, 'utf8');
const catalogueResult = loadCatalogue(readFileSync('data/indicators.csv', 'utf8'), 'data/indicators.csv');
if (!catalogueResult.ok) throw new Error('catalogue');
const catalogue: Indicator[] = catalogueResult.indicators;
const doc: DocumentMeta = {
  id: 'yc-fyp14',
  kind: 'five_year_plan',
  title_zh: '',
  title_en: '',
  issuer_zh: '',
  issuer_en: '',
  region: 'yicheng',
  delivered: '2021',
  reviews: ['2016-2020'],
  targets_for: ['2021-2025'],
  begins_with: null,
};

describe('parseHeader', () => {
  it.each([
    {
      name: 'table 1-1: base, planned target, actual completion',
      header: '指标 单位 规划确定的目标 实际完成情况 指标属性 2015 年基数 2020 年 2020 年',
      columns: [
        { kind: 'baseline', year: 2015, span: '2011-2015' },
        { kind: 'target', year: 2020, span: '2016-2020' },
        { kind: 'actual', year: 2020, span: '2016-2020' },
      ],
      hasUnit: true,
    },
    {
      name: 'table 2-1: base and 14th-plan target',
      header: '序号 指标名称 2020年基数 “十四五”目标 属性',
      columns: [
        { kind: 'baseline', year: 2020, span: '2016-2020' },
        { kind: 'target', year: 2025, span: '2021-2025' },
      ],
      hasUnit: false,
    },
  ])('$name', ({ header, columns, hasUnit }) => {
    const h = parseHeader(header);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.columns.map(({ kind, year, span }) => ({ kind, year, span }))).toEqual(columns);
    expect(h.hasUnit).toBe(hasUnit);
  });
  it('refuses a header without value columns', () => {
    expect(parseHeader('指标 单位 属性').ok).toBe(false);
  });
});

describe('fiveYearPlanSpan', () => {
  it.each([
    ['十三五', '2016-2020'],
    ['十四五', '2021-2025'],
    ['十五五', '2026-2030'],
  ])('%s → %s', (ordinal, span) => {
    const s = fiveYearPlanSpan(ordinal);
    expect(s && `${s.start}-${s.end}`).toBe(span);
  });
});

describe('splitRow (real rows, row number already removed)', () => {
  it.each([
    { row: '地区生产总值 亿元 304.3 459.7 537.7 预期性', n: 3, unit: true, name: '地区生产总值', u: '亿元', cells: ['304.3', '459.7', '537.7'], binding: 'indicative' },
    { row: '城镇新增就业人数 万人 1.2 [6.1] [6.2] 预期性', n: 3, unit: true, name: '城镇新增就业人数', u: '万人', cells: ['1.2', '[6.1]', '[6.2]'], binding: 'indicative' },
    { row: '人口自然增长率 ‰ 5.0 5.5 以内 4.5 以内 预期性', n: 3, unit: true, name: '人口自然增长率', u: '‰', cells: ['5.0', '5.5 以内', '4.5 以内'], binding: 'indicative' },
    { row: '城镇登记失业率 % 3.5 以内 4.5 以内 1.28 预期性', n: 3, unit: true, name: '城镇登记失业率', u: '%', cells: ['3.5 以内', '4.5 以内', '1.28'], binding: 'indicative' },
    { row: '贫困人口 人 32082 0 0 约束性', n: 3, unit: true, name: '贫困人口', u: '人', cells: ['32082', '0', '0'], binding: 'binding' },
    { row: '% -- [12.07] [34.03] 约束性', n: 3, unit: true, name: '', u: '%', cells: ['--', '[12.07]', '[34.03]'], binding: 'binding' },
    { row: '地区生产总值增长率（%） 年均增长 6.7 年均增长 7.5以上 预期性', n: 2, unit: false, name: '地区生产总值增长率（%）', u: '', cells: ['年均增长 6.7', '年均增长 7.5以上'], binding: 'indicative' },
    { row: '社会消费品零售总额（%） 年均增长 7.5 年均增长10%左右 预期性', n: 2, unit: false, name: '社会消费品零售总额（%）', u: '', cells: ['年均增长 7.5', '年均增长10%左右'], binding: 'indicative' },
    { row: '居民人均可支配收入增长率（%） 27283.8元 与经济增长基本同步 预期性', n: 2, unit: false, name: '居民人均可支配收入增长率（%）', u: '', cells: ['27283.8元', '与经济增长基本同步'], binding: 'indicative' },
    { row: '城镇调查失业率（%） 6以内 5以内 预期性', n: 2, unit: false, name: '城镇调查失业率（%）', u: '', cells: ['6以内', '5以内'], binding: 'indicative' },
    { row: '每千人拥用 3岁以下儿童托位数（个） 1.03 1.03 预期性', n: 2, unit: false, name: '每千人拥用 3岁以下儿童托位数（个）', u: '', cells: ['1.03', '1.03'], binding: 'indicative' },
    { row: '单位 GDP二氧化碳排放降幅（%） — 按市下达目标 约束性', n: 2, unit: false, name: '单位 GDP二氧化碳排放降幅（%）', u: '', cells: ['—', '按市下达目标'], binding: 'binding' },
    { row: '粮食综合生产能力（亿斤） 10左右 10左右 预期性', n: 2, unit: false, name: '粮食综合生产能力（亿斤）', u: '', cells: ['10左右', '10左右'], binding: 'indicative' },
  ])('$row', ({ row, n, unit, name, u, cells, binding }) => {
    const r = splitRow(row, 1000, n, unit);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts.name).toBe(name);
    expect(r.parts.unit).toBe(u);
    expect(r.parts.cells.map((c) => c.text)).toEqual(cells);
    expect(r.parts.binding).toBe(binding);
    for (const c of r.parts.cells) expect(row.slice(c.start - 1000, c.end - 1000)).toBe(c.text);
  });

  it.each([
    { row: '地区生产总值 亿元 304.3 537.7 预期性', n: 3, unit: true, why: 'a value cell missing before the unit' },
    { row: '常住人口城镇化率 % 70.5 71.4 预期性', n: 3, unit: true, why: 'the unit taken for a cell' },
    { row: '常住人口城镇化率（%） 78 预期性', n: 2, unit: false, why: 'only one of two cells' },
    { row: '地区生产总值 亿元 304.3 459.7 537.7', n: 3, unit: true, why: 'no 属性' },
  ])('fails on a row with missing cells: $why', ({ row, n, unit }) => {
    expect(splitRow(row, 0, n, unit).ok).toBe(false);
  });
});

describe('readCell', () => {
  const cell = (text: string) => readCell(text, { text, start: 0, end: text.length });
  it.each([
    { text: '304.3', expected: { type: 'figure', value: 304.3, comparator: 'eq', cumulative: false, annualAverage: false } },
    { text: '[12.07]', expected: { type: 'figure', value: 12.07, comparator: 'eq', cumulative: true } },
    { text: '5.5 以内', expected: { type: 'figure', value: 5.5, comparator: 'at_most' } },
    { text: '7以上', expected: { type: 'figure', value: 7, comparator: 'at_least' } },
    { text: '年均增长10%左右', expected: { type: 'figure', value: 10, unit: '%', comparator: 'about', annualAverage: true } },
    { text: '年均增长 6.7', expected: { type: 'figure', value: 6.7, comparator: 'eq', annualAverage: true } },
    { text: '27283.8元', expected: { type: 'figure', value: 27283.8, unit: '元' } },
    { text: '—', expected: { type: 'none' } },
    { text: '--', expected: { type: 'none' } },
    { text: '-', expected: { type: 'none' } },
    { text: '按市下达目标', expected: { type: 'qualitative', text: '按市下达目标' } },
    { text: '与经济增长基本同步', expected: { type: 'qualitative', text: '与经济增长基本同步' } },
  ])('$text', ({ text, expected }) => {
    expect(cell(text)).toMatchObject(expected);
  });
});

describe('unitFromName', () => {
  it.each([
    ['城镇新增就业人数（万人）', '城镇新增就业人数', '万人'],
    ['每千人口拥有执业（助理）医师数（人）', '每千人口拥有执业（助理）医师数', '人'],
    ['高新技术企业数量', '高新技术企业数量', ''],
  ])('%s', (name, rest, unit) => {
    expect(unitFromName(name)).toEqual({ name: rest, unit });
  });
});

describe('readRows: wrapped names and sub-rows', () => {
  const lines = (text: string): SourceLine[] => {
    let at = 0;
    return text.split('\n').map((t) => {
      const l = { start: at, end: at + t.length, text: t };
      at += t.length + 1;
      return l;
    });
  };
  it('reads row 11 of table 1-1 as three sub-rows and row 12 with its wrapped name', () => {
    const text = '11 脱贫攻坚\n\n贫困人口 人 32082 0 0 约束性\n\n贫困村 个 37 0 0 约束性\n\n12\n万元生产总值能耗减少\n\n(2015 年价）\n% -- [12.07] [34.03] 约束性';
    const { rows, problems } = readRows(text, lines(text), 3, true);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.number, r.group, r.parts.name])).toEqual([
      ['11', '脱贫攻坚', '贫困人口'],
      ['11', '脱贫攻坚', '贫困村'],
      ['12', '', '万元生产总值能耗减少(2015 年价）'],
    ]);
    expect(text.slice(rows[2]!.parts.start, rows[2]!.parts.start + 2)).toBe('12');
  });
  it('reports a row that never closes', () => {
    const text = '5 一般公共预算收入 亿元 10.4 16 19.6\n\n6 常住人口城镇化率 % 64.0 70.5 71.4 预期性';
    const { problems } = readRows(text, lines(text), 3, true);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
  });
});

describe('extractFypTables on seed 003', () => {
  const result = extractFypTables({ doc, file: FILE, source, start: 0, end: source.length, ...extractionInputs });
  const find = (id: string, kind: string, period: string) =>
    result.observations.filter((o) => o.indicator_id === id && o.kind === kind && o.period === period && o.section !== undefined);

  it('has no errors', () => {
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('reads every cell of both tables except the no-data ones', () => {
    const t11 = result.observations.filter((o) => o.section === 'table_1_1');
    const t21 = result.observations.filter((o) => o.section === 'table_2_1');
    // table 1-1: 10 rows + 3 + 1 + 4 sub-rows = 18 rows × 3 cells, one "--"
    expect(t11).toHaveLength(18 * 3 - 1);
    // table 2-1: 20 rows + 2 sub-rows = 22 rows × 2 cells, one "—"
    expect(t21).toHaveLength(22 * 2 - 1);
    expect(result.findings.filter((f) => f.message.startsWith('no-data cell'))).toHaveLength(2);
  });

  it.each([
    { id: 'gdp', kind: 'baseline', period: '2015', value: 304.3, unit: '亿元', comparator: 'eq', basis: 'level', line: 469, binding: 'indicative' },
    { id: 'gdp', kind: 'actual', period: '2020', value: 537.7, unit: '亿元', comparator: 'eq', basis: 'level', line: 469, binding: 'indicative' },
    { id: 'new_urban_jobs', kind: 'target', period: '2016-2020', value: 6.1, unit: '万人', comparator: 'eq', basis: 'cumulative', line: 483, binding: 'indicative' },
    { id: 'natural_growth_rate', kind: 'target', period: '2020', value: 5.5, unit: '‰', comparator: 'at_most', basis: 'level', line: 485, binding: 'indicative' },
    { id: 'poor_villages', kind: 'baseline', period: '2015', value: 37, unit: '个', comparator: 'eq', basis: 'level', line: 493, binding: 'binding' },
    { id: 'energy_intensity_reduction', kind: 'actual', period: '2016-2020', value: 34.03, unit: '%', comparator: 'eq', basis: 'cumulative', line: 501, binding: 'binding' },
    { id: 'nox_reduction', kind: 'target', period: '2016-2020', value: 6.99, unit: '%', comparator: 'eq', basis: 'cumulative', line: 514, binding: 'binding' },
    { id: 'gdp', kind: 'target', period: '2021-2025', value: 7.5, unit: '%', comparator: 'at_least', basis: 'annual_avg_growth', line: 950, binding: 'indicative' },
    { id: 'retail_sales', kind: 'target', period: '2021-2025', value: 10, unit: '%', comparator: 'about', basis: 'annual_avg_growth', line: 956, binding: 'indicative' },
    { id: 'income', kind: 'baseline', period: '2020', value: 27283.8, unit: '元', comparator: 'eq', basis: 'level', line: 968, binding: 'indicative' },
    { id: 'income', kind: 'target', period: '2021-2025', value: null, unit: '%', comparator: 'qualitative', basis: 'annual_avg_growth', line: 968, binding: 'indicative' },
    { id: 'unemployment_surveyed', kind: 'target', period: '2025', value: 5, unit: '%', comparator: 'at_most', basis: 'level', line: 973, binding: 'indicative' },
    { id: 'nurses_per_1000', kind: 'target', period: '2025', value: 6, unit: '人', comparator: 'eq', basis: 'level', line: 980, binding: 'indicative' },
    { id: 'schooling_years', kind: 'target', period: '2025', value: 11, unit: '年', comparator: 'about', basis: 'level', line: 975, binding: 'binding' },
    { id: 'air_quality_good_days', kind: 'target', period: '2025', value: null, unit: '%', comparator: 'qualitative', basis: 'level', line: 994, binding: 'binding' },
  ])('$id $kind $period = $value', ({ id, kind, period, value, unit, comparator, basis, line, binding }) => {
    const found = find(id, kind, period);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit, comparator, basis, source_line: line, binding, region: 'yicheng' });
  });

  it('quotes each row, line breaks removed, and points at the cell', () => {
    for (const o of result.observations) {
      expect(source.replace(/\n/g, '')).toContain(o.quote);
      expect(o.quote).toContain(o.value_text);
      expect(source.slice(o.source_start, o.source_end).replace(/\n/g, '')).toBe(o.value_text);
    }
  });
});

describe('extractFypTables: rows with missing cells are errors naming file and line', () => {
  const run = (edit: (s: string) => string) => {
    const src = edit(source);
    return extractFypTables({ doc, file: FILE, source: src, start: 0, end: src.length, ...extractionInputs }).findings.filter((f) => f.level === 'error');
  };
  it.each([
    { name: 'table 1-1 row 1 without its 2020 target', from: '304.3 459.7 537.7', to: '304.3 537.7', line: 469 },
    { name: 'table 1-1 sub-row 化学需氧量 without a cell', from: '[14.8] [20.3] [70.63]', to: '[14.8] [70.63]', line: 508 },
    { name: 'table 2-1 row 3 without its base', from: '71.4 78 预期性', to: '78 预期性', line: 954 },
    { name: 'table 2-1 row 7 without its base (the name must not be read as a cell)', from: '高新技术企业数量 16 29', to: '高新技术企业数量 29', line: 964 },
    { name: 'table 1-1 row 5 without its attribute', from: '10.4 16 19.6 预期性', to: '10.4 16 19.6', line: 477 },
  ])('$name → line $line', ({ from, to, line }) => {
    const errors = run((s) => s.replace(from, to));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line });
  });
});
