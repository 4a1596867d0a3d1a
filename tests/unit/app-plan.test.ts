/**
 * The plan view from the real build: views/plan.json joined with index.json, as the app loads it.
 * Tables are chosen by what they are: the review table (it has actuals) and the forward one (none).
 */
import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from '../../src/lib/attainment';
import { columnYear, compoundPath, impliedPath, impliedRate, linearPath, planRows, planTables } from '../../src/lib/plan';
import type { Observation } from '../../src/lib/types';
import { realView } from '../fixtures/real-views';

const ds = realView('plan');
const tables = planTables(ds).flatMap((p) => p.tables);
const hasActuals = (t: (typeof tables)[number]) => ds.observations.some((o) => o.document_id === t.document_id && o.section === t.section && o.kind === 'actual');
const review = tables.find(hasActuals)!;
const forward = tables.find((t) => !hasActuals(t) && t.document_id === review.document_id)!;
const plan = ds.documents.find((d) => d.id === review.document_id)!;
const rowsOf = (t: typeof review) => ds.observations.filter((o) => o.document_id === t.document_id && o.section === t.section);

describe('paths', () => {
  it('compounds a growth rate from a base', () => {
    expect(compoundPath(537.7, 7.5, 2020, 2025)).toEqual([
      { year: 2020, value: 537.7 },
      { year: 2021, value: 578.03 },
      { year: 2022, value: 621.38 },
      { year: 2023, value: 667.98 },
      { year: 2024, value: 718.08 },
      { year: 2025, value: 771.94 },
    ]);
  });
  it('steps linearly in points', () => {
    expect(linearPath(71.4, 78, 2020, 2025).map((s) => s.value)).toEqual([71.4, 72.72, 74.04, 75.36, 76.68, 78]);
  });
  const rates: { args: [number, number, number]; expected: number }[] = [
    { args: [0.63, 1.1, 5], expected: 11.79 },
    { args: [100, 100, 5], expected: 0 },
    { args: [16, 29, 5], expected: 12.63 },
  ];
  for (const c of rates) it(`impliedRate(${c.args.join(', ')}) = ${c.expected}`, () => expect(impliedRate(...c.args)).toBe(c.expected));
});

describe('impliedPath, on the forward table of the plan', () => {
  const targets = rowsOf(forward).filter((o) => o.kind === 'target');
  const baseOf = (t: Observation) => rowsOf(forward).find((o) => o.kind === 'baseline' && o.indicator_id === t.indicator_id) ?? null;
  const levelsOf = (t: Observation) => ds.observations.filter((o) => o.region === t.region && o.indicator_id === t.indicator_id);
  const to = periodEnd(plan.targets_for[0]!);
  const from = to - 5;

  it('compounds an average-growth target from a level the plan states for the year before its period', () => {
    const found = targets
      .filter((t) => t.basis === 'annual_avg_growth' && t.value !== null)
      .map((t) => ({ t, level: levelsOf(t).find((o) => o.basis === 'level' && o.kind !== 'target' && o.period === String(from)) }))
      .filter((x) => x.level);
    expect(found.length).toBeGreaterThan(0);
    for (const { t, level } of found) {
      const p = impliedPath(t, baseOf(t), levelsOf(t))!;
      expect(p.kind).toBe('compound');
      expect(p.rate).toBe(t.value);
      expect(p.steps[0]).toEqual({ year: from, value: level!.value });
      expect(p.steps.at(-1)).toEqual(compoundPath(level!.value!, t.value!, from, to).at(-1));
    }
  });
  it('gives no path for an average-growth target without such a level', () => {
    const t = targets.find((o) => o.basis === 'annual_avg_growth' && o.value !== null && !levelsOf(o).some((l) => l.basis === 'level' && l.kind !== 'target' && l.period === String(from)))!;
    expect(t).toBeDefined();
    expect(impliedPath(t, baseOf(t), levelsOf(t))).toBeNull();
  });
  it('steps a level target in % by points from its base', () => {
    const t = targets.find((o) => o.basis === 'level' && o.unit === '%' && o.value !== null && baseOf(o)?.value != null && baseOf(o)!.value !== o.value)!;
    const base = baseOf(t)!;
    const p = impliedPath(t, base, levelsOf(t))!;
    expect(p.kind).toBe('linear');
    expect(p.steps[0]).toEqual({ year: periodEnd(base.period), value: base.value });
    expect(p.steps.at(-1)).toEqual({ year: to, value: t.value });
    expect(p.rate).toBe(Math.round(((t.value! - base.value!) / (to - periodEnd(base.period))) * 100) / 100);
  });
  it('grows a level target in other units at the rate it implies', () => {
    const t = targets.find((o) => o.basis === 'level' && o.unit !== '%' && o.value !== null && (baseOf(o)?.value ?? 0) > 0 && baseOf(o)!.value !== o.value)!;
    const base = baseOf(t)!;
    const p = impliedPath(t, base, levelsOf(t))!;
    expect(p.kind).toBe('compound');
    expect(p.rate).toBe(impliedRate(base.value!, t.value!, to - periodEnd(base.period)));
    expect(p.steps.at(-1)!.value).toBeCloseTo(t.value!, 1);
  });
  it('gives no path for a qualitative target', () => {
    const t = targets.find((o) => o.comparator === 'qualitative')!;
    expect(t.value).toBeNull();
    expect(impliedPath(t, baseOf(t), levelsOf(t))).toBeNull();
  });
});

describe('planRows', () => {
  it('reads the review table as base, target and actual of one table row, with the pair of the target', () => {
    const rows = planRows(ds, review);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      expect(r.target?.kind).toBe('target');
      expect(r.pair?.target_id).toBe(r.target!.id);
      if (r.actual) expect(r.pair?.actual_id).toBe(r.actual.id);
      // Base, target and actual of a row are read from the same line of the table.
      for (const o of [r.base, r.actual]) if (o) expect(o.quote).toBe(r.target!.quote);
      expect(['binding', 'indicative']).toContain(r.binding);
      expect(r.path).toBeNull();
    }
    const judged = rows.filter((r) => r.actual && r.pair);
    expect(judged.length).toBeGreaterThan(0);
    // The plan reviews its period: nothing in this table waits for a review.
    expect(rows.some((r) => r.pair?.status === 'pending')).toBe(false);
  });
  it('keeps the rows in the order of the source text', () => {
    const lines = planRows(ds, review).map((r) => r.target!.source_line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
  it('keeps a five-year total ([6.1]) as cumulative', () => {
    const rows = planRows(ds, review).filter((r) => r.target?.value_text.startsWith('['));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.target!.basis).toBe('cumulative');
  });
  it('reads the forward table with the paths its targets imply, and no actuals', () => {
    const rows = planRows(ds, forward);
    expect(rows.every((r) => r.actual === null)).toBe(true);
    const numeric = rows.filter((r) => r.target && r.target.comparator !== 'qualitative');
    expect(numeric.filter((r) => r.path).length).toBeGreaterThan(0);
    for (const r of rows) if (r.target?.comparator === 'qualitative') expect(r.path).toBeNull();
    for (const r of rows) if (r.path) expect(r.path).toEqual(impliedPath(r.target!, r.base, ds.observations.filter((o) => o.region === r.target!.region && o.indicator_id === r.target!.indicator_id)));
  });
});

describe('columnYear: the years of the columns follow from the plan', () => {
  // The review table looks back on the previous plan's period, the forward table on its own.
  const reviewed = plan.reviews[0]!;
  const planned = plan.targets_for[0]!;
  const cases = [
    { name: 'review table: base is the year before the reviewed period', table: review, column: 'base', expected: periodStart(reviewed) - 1 },
    { name: 'review table: target (five-year totals end in the same year)', table: review, column: 'target', expected: periodEnd(reviewed) },
    { name: 'review table: actual', table: review, column: 'actual', expected: periodEnd(reviewed) },
    { name: 'forward table: base is the last reviewed year', table: forward, column: 'base', expected: periodEnd(reviewed) },
    { name: 'forward table: target', table: forward, column: 'target', expected: periodEnd(planned) },
    { name: 'forward table has no actual column', table: forward, column: 'actual', expected: null },
  ] as const;
  for (const c of cases) it(c.name, () => expect(columnYear(planRows(ds, c.table), c.column)).toBe(c.expected));
});
