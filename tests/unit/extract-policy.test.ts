/**
 * The plans and policy documents over the real seeds: rows per document, real targets with their
 * deadlines and lead departments, regions from the manifest, targets paired wherever an outcome is
 * stated, and every skipped figure counted by reason.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import type { Observation } from '../../src/lib/types.ts';

const { dataset, coverage } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const planText = dataset.observations.filter((o) => o.section === 'plan_text');
const docs = new Map(dataset.documents.map((d) => [d.id, d]));
const of = (doc: string, kind: Observation['kind']) => planText.filter((o) => o.document_id === doc && o.kind === kind);
const find = (doc: string, indicator: string, period: string) =>
  dataset.observations.find((o) => (o.document_id === doc || o.also_stated_in.includes(`${doc}:`)) && o.indicator_id === indicator && o.period === period && o.kind === 'target');

describe('rows of the plans and policies', () => {
  it.each([
    { doc: 'zmd-services-plan-2023', targets: 10, actuals: 0 },
    { doc: 'zmd-digital-gov-2021', targets: 5, actuals: 0 },
    { doc: 'zmd-investment-trade-2021', targets: 15, actuals: 0 },
    { doc: 'zmd-opening-up-2021', targets: 4, actuals: 0 },
    { doc: 'zmd-village-farmland-2021', targets: 20, actuals: 0 },
    { doc: 'yc-fyp14', targets: 15, actuals: 20 },
  ])('$doc: at least $targets targets and $actuals outcomes from its text', ({ doc, targets, actuals }) => {
    expect(of(doc, 'target').length).toBeGreaterThanOrEqual(targets);
    expect(of(doc, 'actual').length).toBeGreaterThanOrEqual(actuals);
  });

  it('every row carries the region of its document and a year or span period', () => {
    for (const o of planText) {
      expect(o.region).toBe(docs.get(o.document_id)!.region);
      expect(o.period).toMatch(/^\d{4}(-\d{4})?$/);
      if (o.period_inferred) expect(o.deadline).toBe('');
      if (o.kind !== 'target') expect(o.lead_departments + o.deadline).toBe('');
    }
  });
});

describe('real promises with their deadlines and departments', () => {
  const cases: { doc: string; indicator: string; period: string; expected: Partial<Observation> }[] = [
    { doc: 'zmd-services-plan-2023', indicator: 'services_va', period: '2023-2025', expected: { value: 9, comparator: 'about', basis: 'annual_avg_growth', deadline: '到2025年' } },
    { doc: 'zmd-digital-gov-2021', indicator: 'app_user_penetration', period: '2022', expected: { value: 50, comparator: 'at_least', deadline: '2022年12月底前', lead_departments: '市政务服务和大数据管理局' } },
    { doc: 'zmd-village-farmland-2021', indicator: 'rural_toilets', period: '2021-2025', expected: { value: 72, basis: 'cumulative', deadline: '2025年底前' } },
    { doc: 'yc-fyp14', indicator: 'manufacturing_va', period: '2021-2025', expected: { value: 6.5, comparator: 'at_least', basis: 'annual_avg_growth', region: 'yicheng' } },
    { doc: 'yc-fyp14', indicator: 'gdp', period: '2035', expected: { value: 1500, comparator: 'at_least' } },
    { doc: 'zmd-investment-trade-2021', indicator: 'new_base_stations_5g', period: '2021', expected: { value: 3000, comparator: 'at_least' } },
  ];
  it.each(cases)('$doc $indicator $period', ({ doc, indicator, period, expected }) => {
    expect(find(doc, indicator, period)).toMatchObject(expected);
  });
});

describe('pairs', () => {
  it('a target is paired wherever an actual of the same indicator, region, period, basis and unit is stated', () => {
    const key = (o: Observation) => [o.region, o.indicator_id, o.period, o.basis, o.unit].join('|');
    const actuals = new Set(dataset.observations.filter((o) => o.kind === 'actual' && o.value !== null).map(key));
    const pairs = new Map(dataset.pairs.map((p) => [p.target_id, p]));
    for (const t of planText.filter((o) => o.kind === 'target' && o.value !== null)) {
      const p = pairs.get(t.id);
      expect(p, t.id).toBeDefined();
      if (actuals.has(key(t))) expect(p!.actual_id, t.id).not.toBeNull();
      else expect(p!.status, t.id).toMatch(/^(pending|not_assessable)$/);
    }
  });

  it('a 2021 target: no document reviews 2021 (a 2018-2022 review is of the span and of 2022): not assessable, no review', () => {
    const p = dataset.pairs.find((x) => x.target_id === find('zmd-investment-trade-2021', 'new_base_stations_5g', '2021')!.id)!;
    expect([p.status, p.reason, p.rule]).toEqual(['not_assessable', 'no_review', 'no_review']);
  });
});

describe('figures not extracted', () => {
  it('are warnings counted by reason in the coverage report', () => {
    const categories = coverage.warning_categories.filter((c) => c.category.startsWith('figure not extracted'));
    expect(categories.length).toBeGreaterThan(5);
    expect(categories.map((c) => c.category)).toContain('figure not extracted (a count of the items named before it (等N个))');
    const inPolicies = coverage.warnings.filter((w) => w.message.startsWith('figure not extracted'));
    expect(new Set(inPolicies.map((w) => w.document_id))).toContain('zmd-public-health-2021');
  });
});
