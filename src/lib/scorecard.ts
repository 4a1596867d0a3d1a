/** The scorecard: headline indicators × years, one target/actual/gap/status cell each. */
import { measuresOf, periodYear, assembleSeries, type ActualPoint, type Measure } from './series';
import { sliceOf } from './slice';
import type { Dataset, Indicator, Lang, Observation, Pair, Region } from './types';

export const SCORE_YEARS = [2022, 2023, 2024, 2025] as const;

export interface ScoreCell {
  year: number;
  target: Observation | null;
  actual: Observation | null;
  pair: Pair | null;
}

export interface ScoreRow {
  indicator: Indicator;
  measure: Measure;
  cells: ScoreCell[];
  trend: ActualPoint[];
  /** Missed, then near, counts: for "missed first" sorting. */
  missed: number;
  near: number;
}

const HEADLINE = new Set(['headline_targets', 'task_notice']);

function rank(o: Observation): number {
  return (HEADLINE.has(o.section) ? 0 : 2) + (o.comparator === 'qualitative' ? 1 : 0);
}

/** Rows for the region's headline indicators (catalogue order). */
export function scorecardRows(ds: Dataset, region: Region = 'zhumadian', years: readonly number[] = SCORE_YEARS): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const indicator of ds.indicators.filter((i) => i.headline)) {
    const slice = sliceOf(ds, region, indicator.id);
    if (!slice || !slice.observations.length) continue;
    const headlineTargets = slice.observations.filter((o) => o.kind === 'target' && HEADLINE.has(o.section) && o.value !== null);
    const measures = measuresOf(slice);
    const preferred = measuresOf({ observations: headlineTargets })[0];
    const measure = measures.find((m) => m.key === preferred?.key) ?? measures[0] ?? { key: '', basis: 'yoy_growth', unit: '' };
    const pairByTarget = new Map(slice.pairs.map((p) => [p.target_id, p]));
    const byId = new Map(slice.observations.map((o) => [o.id, o]));
    const cells = years.map((year): ScoreCell => {
      const inYear = slice.observations.filter((o) => periodYear(o.period) === year && !o.period.includes('-'));
      const targets = inYear
        .filter((o) => o.kind === 'target' && (o.value === null || `${o.basis}:${o.unit}` === measure.key))
        .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
      const target = targets[0] ?? null;
      const pair = target ? (pairByTarget.get(target.id) ?? null) : null;
      const actual =
        (pair?.actual_id ? byId.get(pair.actual_id) : undefined) ??
        inYear
          .filter((o) => o.kind === 'actual' && `${o.basis}:${o.unit}` === measure.key)
          .sort((a, b) => Number(a.estimated) - Number(b.estimated) || a.id.localeCompare(b.id))[0] ??
        null;
      return { year, target, actual, pair };
    });
    if (cells.every((c) => !c.target && !c.actual)) continue;
    const status = cells.map((c) => c.pair?.status);
    rows.push({
      indicator,
      measure,
      cells,
      trend: assembleSeries(slice, measure.key).actuals,
      missed: status.filter((s) => s === 'missed').length,
      near: status.filter((s) => s === 'near').length,
    });
  }
  return rows;
}

export type ScoreSort = '' | 'name' | 'status';

/** Filter by category ('' = all) and sort ('' = catalogue order); inputs are not mutated. */
export function arrangeRows(rows: readonly ScoreRow[], category: string, sort: string, lang: Lang): ScoreRow[] {
  const out = rows.filter((r) => !category || r.indicator.category === category);
  if (sort === 'name') out.sort((a, b) => (lang === 'zh' ? a.indicator.zh : a.indicator.en).localeCompare(lang === 'zh' ? b.indicator.zh : b.indicator.en, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
  if (sort === 'status') out.sort((a, b) => b.missed - a.missed || b.near - a.near);
  return out;
}

/** Categories present in the rows, in first-seen order. */
export function categoriesOf(rows: readonly ScoreRow[]): string[] {
  return [...new Set(rows.map((r) => r.indicator.category))];
}
