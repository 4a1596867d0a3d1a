/** The scorecard: headline indicators × years, one target/actual/gap/status cell each. */
import { measuresOf, periodYear, assembleSeries, type ActualPoint, type Measure } from './series';
import { sliceOf } from './slice';
import type { Dataset, Indicator, Lang, Observation, Pair, Region } from './types';
import { byCode } from './order';

const SINGLE_YEAR = /^\d{4}$/;

/**
 * The scorecard's columns: every single year the region's work reports review or set targets for,
 * ascending. A new report in the dataset adds its year with no code change.
 */
export function scoreYears(ds: Pick<Dataset, 'documents'>, region: Region): number[] {
  const years = new Set<number>();
  for (const d of ds.documents) {
    if (d.kind !== 'work_report' || d.region !== region) continue;
    for (const p of [...d.reviews, ...d.targets_for]) if (SINGLE_YEAR.test(p)) years.add(Number(p));
  }
  return [...years].sort((a, b) => a - b);
}

/** Regions whose headline targets the scorecard shows: those with work reports, in manifest order. */
export function scorecardRegions(ds: Pick<Dataset, 'documents' | 'regions'>): Region[] {
  return ds.regions.map((r) => r.id).filter((r) => ds.documents.some((d) => d.kind === 'work_report' && d.region === r));
}

/** Years the region's work reports were delivered, first and last ("2023–2025"), or '' when none. */
export function reportYears(ds: Pick<Dataset, 'documents'>, region: Region): string {
  const years = ds.documents
    .filter((d) => d.kind === 'work_report' && d.region === region)
    .map((d) => Number(d.delivered.slice(0, 4)))
    .filter((y) => Number.isInteger(y))
    .sort((a, b) => a - b);
  if (!years.length) return '';
  return years[0] === years[years.length - 1] ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** Years among `years` that no document reviews yet: their targets are pending. */
export function pendingYears(ds: Pick<Dataset, 'documents'>, years: readonly number[]): number[] {
  const reviewed = new Set(ds.documents.flatMap((d) => d.reviews).filter((p) => SINGLE_YEAR.test(p)).map(Number));
  return years.filter((y) => !reviewed.has(y));
}

/** Years whose actuals on the scorecard are estimates (预计), each with the document that states them. */
export function estimatedYears(rows: readonly ScoreRow[]): { year: number; document_id: string }[] {
  const seen = new Map<number, string>();
  for (const r of rows) {
    for (const c of r.cells) if (c.actual?.estimated && !seen.has(c.year)) seen.set(c.year, c.actual.document_id);
  }
  return [...seen].sort(([a], [b]) => a - b).map(([year, document_id]) => ({ year, document_id }));
}

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
  /** Missed, near and within-tolerance counts: for "shortfalls first" sorting. */
  missed: number;
  near: number;
  within: number;
}

const HEADLINE = new Set(['headline_targets', 'task_notice']);

function rank(o: Observation): number {
  return (HEADLINE.has(o.section) ? 0 : 2) + (o.comparator === 'qualitative' ? 1 : 0);
}

/** Rows for the region's headline indicators (catalogue order). */
export function scorecardRows(ds: Dataset, region: Region, years: readonly number[] = scoreYears(ds, region)): ScoreRow[] {
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
        .sort((a, b) => rank(a) - rank(b) || byCode(a.id, b.id));
      const target = targets[0] ?? null;
      const pair = target ? (pairByTarget.get(target.id) ?? null) : null;
      const actual =
        (pair?.actual_id ? byId.get(pair.actual_id) : undefined) ??
        inYear
          .filter((o) => o.kind === 'actual' && `${o.basis}:${o.unit}` === measure.key)
          .sort((a, b) => Number(a.estimated) - Number(b.estimated) || byCode(a.id, b.id))[0] ??
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
      within: status.filter((s) => s === 'within_tolerance').length,
    });
  }
  return rows;
}

export type ScoreSort = '' | 'name' | 'status';

/** Filter by category ('' = all) and sort ('' = catalogue order); inputs are not mutated. */
export function arrangeRows(rows: readonly ScoreRow[], category: string, sort: string, lang: Lang): ScoreRow[] {
  const out = rows.filter((r) => !category || r.indicator.category === category);
  if (sort === 'name') out.sort((a, b) => (lang === 'zh' ? a.indicator.zh : a.indicator.en).localeCompare(lang === 'zh' ? b.indicator.zh : b.indicator.en, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
  if (sort === 'status') out.sort((a, b) => b.missed - a.missed || b.near - a.near || b.within - a.within);
  return out;
}

/** Categories present in the rows, in first-seen order. */
export function categoriesOf(rows: readonly ScoreRow[]): string[] {
  return [...new Set(rows.map((r) => r.indicator.category))];
}
