/**
 * The tables of the five-year plans (Yicheng's 1-1: 2015 base, 2020 target, 2020 actual; 2-1:
 * 2020 base, 2025 target), named by the data (Dataset.tables), with the annual path a growth or
 * level target of a forward-looking table implies.
 */
import type { Dataset, DocumentTable, Observation, Pair } from './types';

export interface PathStep {
  year: number;
  value: number;
}

export interface ImpliedPath {
  /** 'compound': constant growth rate per year; 'linear': equal steps (percentage points). */
  kind: 'compound' | 'linear';
  /** % per year for compound, unit per year for linear. */
  rate: number;
  unit: string;
  /** The level path, first step = the base year. */
  steps: PathStep[];
}

export interface PlanRow {
  key: string;
  zh: string;
  en: string;
  unit: string;
  binding: Observation['binding'];
  base: Observation | null;
  target: Observation | null;
  actual: Observation | null;
  pair: Pair | null;
  path: ImpliedPath | null;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** Growth at `ratePct` % a year from `base` in `from` for the years up to `to`. */
export function compoundPath(base: number, ratePct: number, from: number, to: number): PathStep[] {
  const steps: PathStep[] = [];
  for (let y = from; y <= to; y++) steps.push({ year: y, value: round(base * (1 + ratePct / 100) ** (y - from)) });
  return steps;
}

/** Equal yearly steps from `base` in `from` to `target` in `to`. */
export function linearPath(base: number, target: number, from: number, to: number): PathStep[] {
  const steps: PathStep[] = [];
  for (let y = from; y <= to; y++) steps.push({ year: y, value: round(base + ((target - base) * (y - from)) / (to - from)) });
  return steps;
}

/** The average annual growth (%) that takes `base` to `target` in `years` years. */
export function impliedRate(base: number, target: number, years: number): number {
  return round(((target / base) ** (1 / years) - 1) * 100);
}

function lastYear(period: string): number | null {
  const m = /(\d{4})\s*$/.exec(period);
  return m ? Number(m[1]) : null;
}

/**
 * The path a 2025 target implies from its 2020 level: a growth target compounds the 2020 level
 * (found in any Yicheng observation of the indicator); a level target in % moves in equal
 * percentage-point steps; other level targets grow at the implied constant rate.
 */
export function impliedPath(target: Observation, base: Observation | null, levels: Observation[]): ImpliedPath | null {
  if (target.value === null || target.comparator === 'qualitative') return null;
  const to = lastYear(target.period);
  if (to === null) return null;
  if (target.basis === 'annual_avg_growth' || target.basis === 'yoy_growth') {
    const from = to - 5;
    const level = levels.find((o) => o.basis === 'level' && o.value !== null && lastYear(o.period) === from && o.kind !== 'target');
    if (!level || level.value === null) return null;
    return { kind: 'compound', rate: target.value, unit: level.unit, steps: compoundPath(level.value, target.value, from, to) };
  }
  if (target.basis === 'level' && base && base.value !== null && base.unit === target.unit && base.basis === 'level') {
    const from = lastYear(base.period);
    if (from === null || from >= to) return null;
    if (target.unit === '%' || target.unit === '‰') {
      return { kind: 'linear', rate: round((target.value - base.value) / (to - from)), unit: target.unit, steps: linearPath(base.value, target.value, from, to) };
    }
    if (base.value <= 0) return null;
    const rate = impliedRate(base.value, target.value, to - from);
    return { kind: 'compound', rate, unit: target.unit, steps: compoundPath(base.value, rate, from, to) };
  }
  return null;
}

/** The tables of each document that has any, in document order. */
export function planTables(ds: Pick<Dataset, 'documents' | 'tables'>): { document: Dataset['documents'][number]; tables: DocumentTable[] }[] {
  return ds.documents
    .map((doc) => ({ document: doc, tables: ds.tables.filter((t) => t.document_id === doc.id) }))
    .filter((d) => d.tables.length > 0);
}

/**
 * Rows of one table in the order of the source text. A table without actuals looks forward: its
 * targets get the annual path they imply.
 */
export function planRows(ds: Dataset, table: Pick<DocumentTable, 'document_id' | 'section'>): PlanRow[] {
  const obs = ds.observations.filter((o) => o.document_id === table.document_id && o.section === table.section);
  const forward = !obs.some((o) => o.kind === 'actual');
  const groups = new Map<string, Observation[]>();
  for (const o of [...obs].sort((a, b) => a.source_line - b.source_line || a.source_start - b.source_start)) {
    const key = `${o.indicator_id}|${o.indicator_zh}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const pairByTarget = new Map(ds.pairs.map((p) => [p.target_id, p]));
  const byId = new Map(ds.observations.map((o) => [o.id, o]));
  return [...groups.entries()].map(([key, list]) => {
    const first = list[0]!;
    const pick = (kind: Observation['kind']) => list.find((o) => o.kind === kind) ?? null;
    const target = pick('target');
    const pair = target ? (pairByTarget.get(target.id) ?? null) : null;
    const actual = (pair?.actual_id ? byId.get(pair.actual_id) : undefined) ?? pick('actual');
    const base = pick('baseline');
    const levels = ds.observations.filter((o) => o.region === first.region && o.indicator_id === first.indicator_id);
    return {
      key,
      zh: first.indicator_zh,
      en: first.indicator_en,
      unit: (target ?? first).unit,
      binding: list.find((o) => o.binding)?.binding ?? '',
      base,
      target,
      actual,
      pair,
      path: forward && target ? impliedPath(target, base, levels) : null,
    };
  });
}

/**
 * The year a column of a plan table stands for: the most common last year of its cells' periods
 * (cumulative cells such as [6.1] for 2016-2020 end in the same year). Null for an empty column.
 */
export function columnYear(rows: readonly PlanRow[], column: 'base' | 'target' | 'actual'): number | null {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const m = r[column] ? /(\d{4})$/.exec(r[column].period) : null;
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year < best)) best = year;
  return best;
}
