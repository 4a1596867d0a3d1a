/**
 * The measure model on real sentences of the seeds: two figures share an indicator only when a
 * statistician would compare them (scope, flow or stock, basis); renamed synonyms and counting words
 * unify. Then pairing and judging on reports assembled from real sentences, run through the same
 * extraction, derivation and pairing code as the build — no status is typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { deriveGrowth } from '../../scripts/build/derive.ts';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { extractDocument } from '../../scripts/extract/index.ts';
import { pairTargets } from '../../src/lib/pairing.ts';
import type { DocumentMeta, Observation } from '../../src/lib/types.ts';
import { catalogue, extractionInputs } from '../helpers/inputs.ts';

const report = (year: number): DocumentMeta => ({
  id: `report-${year}`,
  kind: 'work_report',
  title_zh: '',
  title_en: '',
  issuer_zh: '',
  issuer_en: '',
  region: 'zhumadian',
  delivered: `${year}-02-01`,
  reviews: [String(year - 1)],
  targets_for: [String(year)],
  begins_with: null,
});

/** A report of `year` made of real sentences: the review's, the headline list's and the tasks'. */
function read(year: number, parts: { review?: string; headline?: string; tasks?: string }): Observation[] {
  const source = `一、${year - 1}年工作回顾\n${parts.review ?? ''}\n二、${year}年工作总体要求和主要预期目标\n主要预期目标是：${parts.headline ?? '经济增长6%左右'}。\n三、${year}年重点工作\n${parts.tasks ?? ''}\n`;
  const r = extractDocument({ doc: report(year), file: `report-${year}.txt`, source, start: 0, end: source.length, ...extractionInputs });
  return r.observations;
}

const measureOf = (sentence: string, part: 'review' | 'tasks' = 'review') =>
  read(2024, { [part]: sentence }).filter((o) => o.section !== 'headline_targets').map((o) => [o.indicator_id, o.value, o.unit, o.catalogued]);

describe('what a figure measures', () => {
  it.each([
    // Scope: demonstration zones ⊂ all new farmland; a total area is a stock.
    { s: '强化耕地保护，新建高标准农田示范区 60 万亩。', part: 'tasks', expected: [['new_high_standard_farmland_demo', 60, '万亩', true]] },
    { s: '深入实施乡村振兴战略，新建高标准农田 113.1 万亩。', part: 'review', expected: [['new_high_standard_farmland', 113.1, '万亩', true]] },
    { s: '着力扬农业优势，高标准农田达 1032 万亩。', part: 'review', expected: [['high_standard_farmland', 1032, '万亩', true]] },
    // 造林 ⊂ 营造林.
    { s: '开展国土绿化行动，完成造林 10.9 万亩。', part: 'tasks', expected: [['afforestation', 10.9, '万亩', true]] },
    { s: '完成营造林 12.3 万亩。', part: 'review', expected: [['afforestation_and_management', 12.3, '万亩', true]] },
    // Flow vs stock of 5G base stations, and a rural scope.
    { s: '新增规上工业企业 139家、5G 基站 2263 个。', part: 'review', expected: [['new_industrial_enterprises', 139, '家', true], ['new_base_stations_5g', 2263, '个', true]] },
    { s: '实现5G 基站突破1 万个。', part: 'tasks', expected: [['base_stations_5g', 1, '万个', true]] },
    { s: '2025年底前农村 5G基站数量达到 1万个。', part: 'tasks', expected: [['base_stations_5g__rural', 1, '万个', false]] },
    // Grades of hospitals.
    { s: '三甲医院达到 9 家。', part: 'review', expected: [['grade3a_hospitals', 9, '家', true]] },
    { s: '三级医院增至 13 家。', part: 'review', expected: [['tier3_hospitals', 13, '家', true]] },
    // Water: two indicators.
    { s: '农村集中供水率达96%。', part: 'review', expected: [['rural_central_water_supply', 96, '%', true]] },
    { s: '改造户厕 1.1 万户，自来水普及率 96%。', part: 'review', expected: [['rural_toilets', 1.1, '万户', true], ['tap_water_coverage', 96, '%', true]] },
    // Renamed synonym, counting words: 新设市场主体 5万家 and 新增经营主体 10.4万户 are one measure; the total is another.
    { s: '力争新设市场主体5万家。', part: 'tasks', expected: [['new_market_entities', 5, '万家', true]] },
    { s: '新增经营主体 10.4 万户。', part: 'review', expected: [['new_market_entities', 10.4, '万户', true]] },
    { s: '市场主体突破 60 万户。', part: 'review', expected: [['market_entities', 60, '万户', true]] },
    // Scope qualifiers: 省级 (new), 省级以上 (total), 省级以上 new — a measure of its own.
    { s: '争创省级专精特新企业20家。', part: 'tasks', expected: [['new_specialised_smes', 20, '家', true]] },
    { s: '省级以上“专精特新”企业 149 家。', part: 'review', expected: [['specialised_smes', 149, '家', true]] },
    { s: '培育省级以上“专精特新”企业 5 家。', part: 'tasks', expected: [['specialised_smes__provincial_level_or_above__flow', 5, '家', false]] },
    { s: '争创省级智能工厂（车间）4个。', part: 'tasks', expected: [['new_smart_factories', 4, '个', true]] },
    { s: '新增省级以上智能工厂（车间）5 家。', part: 'tasks', expected: [['new_smart_factories__provincial_level_or_above', 5, '家', false]] },
    // New transfers of rural labour in a year vs the transferred labour force.
    { s: '新增农村劳动力转移就业 4.7 万人。', part: 'review', expected: [['new_rural_labour_transfer', 4.7, '万人', true]] },
    { s: '农村劳动力转移就业267.8万人。', part: 'review', expected: [['rural_labour_transferred', 267.8, '万人', true]] },
  ])('$s', ({ s, part, expected }) => {
    expect(measureOf(s, part as 'review' | 'tasks')).toEqual(expected);
  });

  it('names a measure of its own from its words, in both languages where the concept is known', () => {
    const own = read(2024, { tasks: '新增省级以上智能工厂（车间）5 家。' }).find((o) => !o.catalogued)!;
    expect(own.indicator_zh).toBe('省级以上智能工厂');
    expect(own.indicator_en).toMatch(/smart factories.*\(provincial-level or above\)/i);
  });
});

/**
 * Targets of 2023 (the 2023 report, whose review of 2022 may state `previous`) judged against the 2024
 * report's review of 2023: the build's code path.
 */
function judge(targets: string, review: string, previous = '') {
  const observations = [...read(2023, { tasks: targets, review: previous }), ...read(2024, { review })];
  const delivered = new Map([2023, 2024].map((y) => [`report-${y}`, `${y}-02-01`] as const));
  const all = [...observations, ...deriveGrowth(observations, catalogue, delivered)];
  const docs = [2023, 2024].map(report);
  return pairTargets({ observations: all, indicators: catalogue, documents: docs, caveats: [] }).filter((p) => p.period === '2023' && p.indicator_id !== 'gdp');
}

describe('pairing and judging sentences of the seeds', () => {
  it('新设市场主体 5万家 against 新增经营主体 10.4万户: one measure, counting words converted, met', () => {
    const [p] = judge('力争新设市场主体5万家。', '新增经营主体 10.4 万户。');
    expect(p).toMatchObject({ indicator_id: 'new_market_entities', status: 'met', actual_value: 10.4, unit: '万家', rule: 'eq' });
  });

  it('造林 10.9万亩 against 营造林 12.3万亩: a different measure, not judged, the related figure cited', () => {
    const [p] = judge('完成造林 10.9 万亩。', '完成营造林 12.3 万亩。');
    expect(p).toMatchObject({ status: 'not_assessable', reason: 'different_measure', rule: 'different_measure', actual_id: null });
    expect(p!.related_actual_id).toMatch(/afforestation_and_management/);
  });

  it('进出口增长3%以上 with only levels stated (92 → 78.6亿元): growth derived, −14.6%, missed, flagged', () => {
    const [p] = judge('确保进出口增长3%以上。', '完成进出口 78.6亿元。', '外贸进出口总值达 92 亿元。');
    expect(p).toMatchObject({ indicator_id: 'trade', status: 'missed', actual_value: -14.6, derived: true, rule: 'derived_growth' });
  });

  it('污染地块和受污染耕地 100% against 受污染耕地 100%: the target joins two scopes, the review states one — not judged met', () => {
    const [p] = judge('污染地块和受污染耕地安全利用率 100%。', '受污染耕地安全利用率保持100%。');
    expect(p).toMatchObject({ indicator_id: 'contaminated_plots_and_farmland_safe_use', status: 'not_assessable', reason: 'different_measure' });
  });

  it('重点城建项目 184个 (the city) against 市中心城区 117个 (part of it): not judged missed', () => {
    const pairs = judge('依托六大片区开发，实施重点城建项目 184 个，年度计划投资128.5 亿元。', '市中心城区实施重点城建项目 117 个，完成投资 108亿元。');
    const p = pairs.find((x) => x.indicator_id === 'urban_construction_projects')!;
    expect(p).toMatchObject({ status: 'not_assessable', reason: 'not_stated', actual_id: null });
  });

  it('新开工老旧小区改造 53个 (starts) against 改造城镇老旧小区 137个 (all renovated in the year): different measures', () => {
    const [p] = judge('新开工老旧小区改造 53 个、保障性租赁住房 1230 套。', '全市改造城镇老旧小区 137个、农村危房 1078 户。');
    expect(p).toMatchObject({ indicator_id: 'old_communities_started', status: 'not_assessable', reason: 'different_measure' });
    expect(p!.related_actual_id).toMatch(/old_communities/);
  });

  it('a real growth (GDP, industry) is never derived from levels', () => {
    const pairs = judge('规上工业增加值增长7.5%左右。', '全年生产总值 3144 亿元。', '全市生产总值预计达到3200亿元。');
    expect(pairs.find((p) => p.indicator_id === 'industry_va')).toMatchObject({ status: 'not_assessable', reason: 'not_stated', derived: false });
  });

  it('省重点项目 200个 against 180个: short by more than 5%, missed; 市重点项目 500 against 961: met', () => {
    const pairs = judge('聚焦“五大领域”实施200个省重点、500个市重点项目。', '180 个省重点项目完成投资 2178 亿元，961 个市重点项目超额完成年度投资计划。');
    expect(pairs.map((p) => [p.indicator_id, p.status, p.target_value, p.actual_value])).toEqual(
      expect.arrayContaining([
        ['provincial_key_projects', 'missed', 200, 180],
        ['municipal_key_projects', 'met', 500, 961],
      ]),
    );
  });
});

describe('the build judges the cases of issue 8 as a careful reader would', () => {
  const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
  const pair = (indicator: string, period: string) => dataset.pairs.filter((p) => p.indicator_id === indicator && p.period === period && p.region === 'zhumadian' && p.comparator !== 'qualitative');
  it.each([
    { indicator: 'trade', period: '2023', status: 'missed', derived: true },
    { indicator: 'trade', period: '2024', status: 'missed', derived: true },
    { indicator: 'new_market_entities', period: '2023', status: 'met', derived: false },
    { indicator: 'new_specialised_smes', period: '2023', status: 'met', derived: false },
    { indicator: 'new_smart_factories', period: '2023', status: 'met', derived: false },
    { indicator: 'elderly_home_adaptation', period: '2023', status: 'met', derived: false },
    { indicator: 'municipal_key_projects', period: '2023', status: 'met', derived: false },
    { indicator: 'municipal_key_projects', period: '2024', status: 'met', derived: false },
    { indicator: 'provincial_key_projects', period: '2023', status: 'missed', derived: false },
    { indicator: 'provincial_key_projects', period: '2024', status: 'near', derived: false },
    { indicator: 'new_high_standard_farmland_demo', period: '2024', status: 'not_assessable', derived: false },
    { indicator: 'afforestation', period: '2023', status: 'not_assessable', derived: false },
    { indicator: 'gdp', period: '2024', status: 'within_tolerance', derived: false },
    { indicator: 'contaminated_plots_and_farmland_safe_use', period: '2023', status: 'not_assessable', derived: false },
    { indicator: 'urban_construction_projects', period: '2024', status: 'not_assessable', derived: false },
    { indicator: 'old_communities_started', period: '2024', status: 'not_assessable', derived: false },
    { indicator: 'old_communities', period: '2023', status: 'met', derived: false },
  ])('$indicator $period: $status', ({ indicator, period, status, derived }) => {
    const found = pair(indicator, period);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect([p.status, p.derived]).toEqual([status, derived]);
  });

  it('Yicheng 2020: investment and industry targets are not comparable (the note: scope change, base revision)', () => {
    const p = (id: string) => dataset.pairs.find((x) => x.region === 'yicheng' && x.indicator_id === id && x.period === '2020' && x.basis === 'level')!;
    expect([p('fixed_investment').status, p('fixed_investment').reason]).toEqual(['not_comparable', 'caveat']);
    expect([p('industry_va').status, p('industry_va').reason]).toEqual(['not_comparable', 'caveat']);
    const caveats = new Map(dataset.caveats.map((c) => [c.id, c]));
    expect(p('fixed_investment').caveats.split(' ').map((id) => caveats.get(id)!.kind)).toContain('scope_change');
    // The estimate note reaches every 2020 actual of the table, without breaking the comparison.
    expect(p('retail_sales').status).toBe('missed');
    expect(p('retail_sales').caveats.split(' ').map((id) => caveats.get(id)!.kind)).toContain('estimate');
  });

  it('2021 targets: no document reviews 2021 (the 2018-2022 review is of the span and of 2022)', () => {
    const y2021 = dataset.pairs.filter((p) => p.period === '2021' && p.region === 'zhumadian');
    expect(y2021.length).toBeGreaterThan(10);
    for (const p of y2021) expect([p.status, p.reason]).toEqual(['not_assessable', p.comparator === 'qualitative' ? 'qualitative' : 'no_review']);
  });
});
