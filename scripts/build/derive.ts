/**
 * Derived actuals: a growth target of an indicator whose official growth is nominal (trade, retail
 * sales, budget revenue …) that has no stated growth, but whose levels of the year and the year
 * before are stated, gets the growth computed from them — a row of its own, marked `derived`,
 * citing both statements. Real growth (GDP, industrial value added) is never derived.
 */
import type { Indicator, Observation } from '../../src/lib/types.ts';
import { convertUnit } from '../../src/lib/units.ts';

/** When a level is stated several times, the latest document's statement (a later report may revise it). */
function latestLevel(levels: readonly Observation[], delivered: ReadonlyMap<string, string>): Observation | null {
  const sorted = [...levels].sort(
    (a, b) =>
      (delivered.get(b.document_id) ?? '').localeCompare(delivered.get(a.document_id) ?? '') ||
      Number(a.estimated) - Number(b.estimated) ||
      a.id.localeCompare(b.id),
  );
  return sorted[0] ?? null;
}

const fmt = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The derived growth rows the targets need. `delivered` maps document ids to their delivery date
 * (ISO or year), to prefer the later statement of a level.
 */
export function deriveGrowth(
  observations: readonly Observation[],
  indicators: readonly Pick<Indicator, 'id' | 'growth' | 'counting_words'>[],
  delivered: ReadonlyMap<string, string>,
): Observation[] {
  const nominal = new Map(indicators.filter((i) => i.growth === 'nominal').map((i) => [i.id, i] as const));
  const stated = new Set<string>();
  const levels = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.kind !== 'actual' || o.value === null || !nominal.has(o.indicator_id)) continue;
    if (o.basis === 'yoy_growth') stated.add([o.region, o.indicator_id, o.period].join('|'));
    if (o.basis === 'level' && /^\d{4}$/.test(o.period) && o.comparator === 'eq') {
      const k = [o.region, o.indicator_id, o.period].join('|');
      levels.set(k, [...(levels.get(k) ?? []), o]);
    }
  }
  const out = new Map<string, Observation>();
  for (const t of observations) {
    if (t.kind !== 'target' || t.basis !== 'yoy_growth' || !/^\d{4}$/.test(t.period) || !nominal.has(t.indicator_id)) continue;
    const k = [t.region, t.indicator_id, t.period].join('|');
    if (stated.has(k) || out.has(k)) continue;
    const now = latestLevel(levels.get(k) ?? [], delivered);
    const before = latestLevel(levels.get([t.region, t.indicator_id, String(Number(t.period) - 1)].join('|')) ?? [], delivered);
    if (!now || !before || before.value === 0) continue;
    const words = nominal.get(t.indicator_id)!.counting_words;
    const previous = convertUnit(before.value!, before.unit, now.unit, words);
    if (previous === null || previous === 0) continue;
    const growth = Math.round(((now.value! - previous) / previous) * 1000) / 10;
    out.set(k, {
      ...now,
      id: `derived:${t.region}:${t.indicator_id}:actual:${t.period}:yoy_growth`,
      basis: 'yoy_growth',
      value: growth,
      value_max: null,
      unit: '%',
      comparator: 'eq',
      estimated: now.estimated || before.estimated,
      value_text: `(${fmt(now.value!)} − ${fmt(previous)}) ÷ ${fmt(previous)} = ${growth}%`,
      section: 'derived',
      also_stated_in: '',
      lead_departments: '',
      deadline: '',
      derived: true,
      derived_from: `${before.id} ${now.id}`,
      caveats: [...new Set([...now.caveats.split(' '), ...before.caveats.split(' ')].filter(Boolean))].join(' '),
    });
  }
  return [...out.values()];
}
