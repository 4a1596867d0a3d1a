/**
 * The coverage report: what the build found per document, kind and section, what it merged,
 * how the pairs came out, and every warning (figures it could not classify, no-data cells …).
 */
import { STATUSES, type Kind, type Observation, type Pair, type Status } from '../../src/lib/types.ts';
import type { BuildFinding } from './findings.ts';
import type { LocatedDocument } from './manifest.ts';
import { untranslated } from './translations.ts';

export interface DocumentCoverage {
  document_id: string;
  file: string;
  kind: string;
  rows: number;
  by_kind: Record<Kind, number>;
  /** section → kind → rows */
  by_section: Record<string, Partial<Record<Kind, number>>>;
  /** Rows that also carry other places in also_stated_in. */
  repeated_elsewhere: number;
  warnings: number;
}

export interface Coverage {
  version: string;
  totals: {
    rows: number;
    by_kind: Record<Kind, number>;
    pairs: number;
    warnings: number;
    /** Measures named from their own sentence (catalogued=false) that data/names.csv has no English for. */
    own_names_without_english: number;
  };
  documents: DocumentCoverage[];
  pairs_by_status: Record<Status, number>;
  /**
   * Every target whose period a document reviews but that is not judged, with the reason (not stated /
   * different measure / caveat / no reference …), so that a researcher can check each call.
   */
  unassessed: { target_id: string; indicator_id: string; indicator_zh: string; period: string; status: Status; reason: string; related_actual_id: string | null; quote: string }[];
  /** Warning categories (message with quoted text and numbers masked) → count. */
  warning_categories: { category: string; count: number }[];
  warnings: (BuildFinding & { document_id: string })[];
}

const zeroKinds = (): Record<Kind, number> => ({ target: 0, actual: 0, baseline: 0 });

/** A warning's category: its message with quoted text and numbers masked, up to the first colon outside brackets. */
export function warningCategory(message: string): string {
  const masked = message.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, '…').replace(/\d+(?:\.\d+)?/g, 'N');
  return masked.slice(0, headEnd(masked)).trim();
}

/** Where a message's head ends: its first colon or dash outside brackets (a reason may hold a colon of its own). */
function headEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && (c === ':' || c === '：' || c === '—')) return i;
  }
  return text.length;
}

export function documentAt(located: readonly LocatedDocument[], file: string, line: number): string {
  const doc = located.find((d) => d.file === file && d.line_start <= line && line <= d.line_end);
  return doc?.doc.id ?? '';
}

export function buildCoverage(
  version: string,
  located: readonly LocatedDocument[],
  observations: readonly Observation[],
  pairs: readonly Pair[],
  warnings: readonly BuildFinding[],
): Coverage {
  const byFile = new Map<string, LocatedDocument[]>();
  for (const d of located) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const placed = warnings.map((w) => ({ ...w, document_id: documentAt(byFile.get(w.file) ?? [], w.file, w.line) }));
  const rowsOf = new Map<string, Observation[]>();
  for (const o of observations) rowsOf.set(o.document_id, [...(rowsOf.get(o.document_id) ?? []), o]);
  const warningsOf = new Map<string, number>();
  for (const w of placed) warningsOf.set(w.document_id, (warningsOf.get(w.document_id) ?? 0) + 1);
  const documents = located.map((d): DocumentCoverage => {
    const rows = rowsOf.get(d.doc.id) ?? [];
    const by_kind = zeroKinds();
    const by_section: DocumentCoverage['by_section'] = {};
    for (const o of rows) {
      by_kind[o.kind]++;
      const s = (by_section[o.section] ??= {});
      s[o.kind] = (s[o.kind] ?? 0) + 1;
    }
    return {
      document_id: d.doc.id,
      file: d.file,
      kind: d.doc.kind,
      rows: rows.length,
      by_kind,
      by_section,
      repeated_elsewhere: rows.filter((o) => o.also_stated_in !== '').length,
      warnings: warningsOf.get(d.doc.id) ?? 0,
    };
  });
  const by_kind = zeroKinds();
  for (const o of observations) by_kind[o.kind]++;
  const pairs_by_status = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const p of pairs) pairs_by_status[p.status]++;
  const categories = new Map<string, number>();
  for (const w of placed) {
    const c = warningCategory(w.message);
    categories.set(c, (categories.get(c) ?? 0) + 1);
  }
  const byId = new Map(observations.map((o) => [o.id, o] as const));
  const unassessed = pairs
    .filter((p) => (p.status === 'not_assessable' || p.status === 'not_comparable') && p.reason !== 'no_review' && p.reason !== 'qualitative')
    .map((p) => {
      const t = byId.get(p.target_id)!;
      return { target_id: p.target_id, indicator_id: p.indicator_id, indicator_zh: t.indicator_zh, period: p.period, status: p.status, reason: p.reason, related_actual_id: p.related_actual_id, quote: t.quote };
    });
  return {
    version,
    totals: {
      rows: observations.length,
      by_kind,
      pairs: pairs.length,
      warnings: placed.length,
      own_names_without_english: new Set(observations.filter((o) => !o.catalogued && untranslated(o.indicator_en)).map((o) => o.indicator_zh)).size,
    },
    documents,
    pairs_by_status,
    unassessed,
    warning_categories: [...categories.entries()]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    warnings: placed,
  };
}

/** The report printed at the end of a build. */
export function formatCoverage(c: Coverage): string {
  const out: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const num = (s: string | number, n: number) => String(s).padStart(n);
  out.push(`dataset ${c.version}: ${c.totals.rows} rows (${c.totals.by_kind.target} targets, ${c.totals.by_kind.actual} actuals, ${c.totals.by_kind.baseline} baselines), ${c.totals.pairs} pairs`);
  out.push('');
  out.push(`${pad('document', 28)}${pad('section', 18)}${num('target', 7)}${num('actual', 7)}${num('baseline', 9)}`);
  for (const d of c.documents) {
    const sections = Object.entries(d.by_section);
    if (sections.length === 0) out.push(`${pad(d.document_id, 28)}${pad('(none)', 18)}${num(0, 7)}${num(0, 7)}${num(0, 9)}`);
    for (const [s, k] of sections) {
      out.push(`${pad(d.document_id, 28)}${pad(s, 18)}${num(k.target ?? 0, 7)}${num(k.actual ?? 0, 7)}${num(k.baseline ?? 0, 9)}`);
    }
  }
  out.push('');
  out.push(`pairs: ${Object.entries(c.pairs_by_status).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  const reasons = new Map<string, number>();
  for (const u of c.unassessed) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  out.push(`reviewed but not judged: ${c.unassessed.length} (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}; listed in coverage.json)`);
  const repeated = c.documents.reduce((n, d) => n + d.repeated_elsewhere, 0);
  if (repeated) out.push(`facts stated in more than one place (kept once, others in also_stated_in): ${repeated}`);
  out.push('');
  out.push(`warnings: ${c.totals.warnings} (all listed in coverage.json)`);
  if (c.totals.own_names_without_english) out.push(`own-named measures without English (add them to data/names.csv): ${c.totals.own_names_without_english}`);
  for (const { category, count } of c.warning_categories) out.push(`${num(count, 5)}  ${category}`);
  return out.join('\n');
}
