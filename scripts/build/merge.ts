/**
 * Merging the observations of all documents: one fact stated in several places becomes one
 * row (the others listed in `also_stated_in`); two different values for one headline or
 * table fact stop the build.
 */
import type { Observation, Section } from '../../src/lib/types.ts';
import { error, warning, type BuildFinding } from './findings.ts';

/** Sections whose facts must agree wherever they are stated. */
export const AUTHORITATIVE_SECTIONS: ReadonlySet<Section> = new Set<Section>([
  'headline_targets',
  'review_headline',
  'table_1_1',
  'table_2_1',
]);

/**
 * Whether a statement is a headline or table fact that must agree with its other statements:
 * the sections above, and the task notice's repetition of the headline list (its items name
 * no lead department, unlike the numbered tasks).
 */
export function isAuthoritative(o: Observation): boolean {
  return AUTHORITATIVE_SECTIONS.has(o.section) || (o.section === 'task_notice' && o.lead_departments === '');
}

/** Which copy of a repeated fact is kept: the headline statement before its repetitions. */
const SECTION_PRIORITY: Section[] = [
  'headline_targets',
  'review_headline',
  'table_1_1',
  'table_2_1',
  'review_five_year',
  'review_body',
  'tasks_body',
  'plan_text',
  'task_notice',
];

/** The fact an observation states, without where it is stated. */
export function factKey(o: Observation): string {
  return [o.region, o.indicator_id, o.kind, o.period, o.basis, o.unit].join('|');
}

/** The value an observation gives the fact. */
export function valueKey(o: Observation): string {
  if (o.comparator === 'qualitative') return `qualitative|${o.value_text.replace(/\s+/g, '')}`;
  return [o.comparator, o.value, o.value_max].join('|');
}

/**
 * A baseline restates an outcome (table 2-1's 2020 base is table 1-1's 2020 actual). When both
 * are stated for the same region, indicator, period, basis and unit and differ, say so (a
 * warning: statistics get revised, but a PDF conversion error looks the same).
 */
export function baselineChecks(observations: readonly Observation[]): BuildFinding[] {
  const key = (o: Observation) => [o.region, o.indicator_id, o.period, o.basis, o.unit].join('|');
  const actuals = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.kind !== 'actual' || o.value === null || !isAuthoritative(o)) continue;
    actuals.set(key(o), [...(actuals.get(key(o)) ?? []), o]);
  }
  const out: BuildFinding[] = [];
  for (const b of observations) {
    if (b.kind !== 'baseline' || b.value === null || !isAuthoritative(b)) continue;
    for (const a of actuals.get(key(b)) ?? []) {
      if (a.value !== b.value || a.comparator !== b.comparator) {
        out.push(warning(b.source_file, b.source_line, `baseline differs from the actual: ${describe(b)} but ${describe(a)} — check both places`));
      }
    }
  }
  return out;
}

export function placeOf(o: Observation): string {
  return `${o.document_id}:${o.source_file}:${o.source_line}`;
}

function describe(o: Observation): string {
  const v = o.comparator === 'qualitative' ? o.value_text : `${o.value_text || o.value} (${o.comparator})`;
  return `${o.source_file}:${o.source_line} (${o.document_id}, ${o.section}) states ${v}`;
}

/**
 * `docOrder` maps document ids to their manifest position; the earlier document wins ties.
 * Input observations are not mutated.
 */
export function mergeObservations(
  observations: readonly Observation[],
  docOrder: ReadonlyMap<string, number>,
): { observations: Observation[]; findings: BuildFinding[] } {
  const findings: BuildFinding[] = [];
  const rank = (o: Observation) => {
    const s = SECTION_PRIORITY.indexOf(o.section);
    return [s === -1 ? 99 : s, docOrder.get(o.document_id) ?? 99, o.source_start] as const;
  };
  const cmp = (a: Observation, b: Observation) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  };

  // Group by fact, then by value.
  const byFact = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = factKey(o);
    const list = byFact.get(k);
    if (list) list.push(o);
    else byFact.set(k, [o]);
  }

  const kept: Observation[] = [];
  for (const group of byFact.values()) {
    const byValue = new Map<string, Observation[]>();
    for (const o of group) {
      const k = valueKey(o);
      const list = byValue.get(k);
      if (list) list.push(o);
      else byValue.set(k, [o]);
    }
    // Conflicts: authoritative statements of one fact with different values.
    const authoritative = [...byValue.values()]
      .map((list) => [...list].sort(cmp).find(isAuthoritative))
      .filter((o): o is Observation => o !== undefined);
    if (authoritative.length > 1) {
      const [a, ...rest] = authoritative.sort(cmp);
      for (const b of rest) {
        findings.push(
          error(
            b.source_file,
            b.source_line,
            `conflicting values for ${b.indicator_id} ${b.kind} ${b.period} (${b.basis}, ${b.unit}): ${describe(b)} but ${describe(a!)} — check both places in the source; if both are right, the catalogue or the period/basis rules must tell them apart`,
          ),
        );
      }
    }
    for (const list of byValue.values()) {
      const sorted = [...list].sort(cmp);
      const [first, ...others] = sorted;
      if (!first) continue;
      // Same value stated again in the same document and section at another line is a repetition too.
      const also = [...new Set([first.also_stated_in, ...others.map((o) => o.also_stated_in)].flatMap((s) => (s ? s.split(' ') : [])).concat(others.map(placeOf)))]
        .filter((p) => p !== placeOf(first))
        .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
      // The task notice adds who leads and by when; keep that on the merged row.
      const lead_departments = first.lead_departments || others.find((o) => o.lead_departments)?.lead_departments || '';
      const deadline = first.deadline || others.find((o) => o.deadline)?.deadline || '';
      const changed = also.length > 0 || lead_departments !== first.lead_departments || deadline !== first.deadline;
      kept.push(changed ? { ...first, also_stated_in: also.join(' '), lead_departments, deadline } : first);
    }
  }

  findings.push(...baselineChecks(kept));

  // Stable, unique ids.
  const seen = new Map<string, number>();
  const unique = kept
    .sort((a, b) => (docOrder.get(a.document_id) ?? 99) - (docOrder.get(b.document_id) ?? 99) || a.source_start - b.source_start || a.id.localeCompare(b.id))
    .map((o) => {
      const n = seen.get(o.id) ?? 0;
      seen.set(o.id, n + 1);
      return n === 0 ? o : { ...o, id: `${o.id}~${n + 1}` };
    });
  return { observations: unique, findings };
}
