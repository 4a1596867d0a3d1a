/**
 * Turning a located figure into an Observation row (shared by all extractors).
 */
import type { DocumentMeta, Indicator, Observation } from '../../src/lib/types.ts';
import { lineOf, quote } from './text.ts';

/** What an extractor states of a figure; the rest of the row comes from the document and the offsets. */
export interface ObservationDraft
  extends Pick<Observation, 'kind' | 'period' | 'value' | 'value_max' | 'unit' | 'comparator' | 'basis' | 'estimated' | 'section'>,
    Partial<Pick<Observation, 'value_text' | 'binding' | 'period_inferred' | 'lead_departments' | 'deadline' | 'base_period'>> {
  indicator: Indicator;
  /** Offsets of the figure in the original source. */
  figureStart: number;
  figureEnd: number;
  /** Offsets of the quote in the original source (must contain the figure). */
  quoteStart: number;
  quoteEnd: number;
}

/** The id before disambiguation: document, line, indicator, kind, period. */
export function baseId(o: Pick<Observation, 'document_id' | 'source_line' | 'indicator_id' | 'kind' | 'period'>): string {
  return `${o.document_id}:${o.source_line}:${o.indicator_id}:${o.kind}:${o.period}`;
}

export function buildObservation(doc: DocumentMeta, file: string, source: string, d: ObservationDraft): Observation {
  const quoteStart = Math.min(d.quoteStart, d.figureStart);
  const quoteEnd = Math.max(d.quoteEnd, d.figureEnd);
  const o: Observation = {
    id: '',
    region: doc.region,
    indicator_id: d.indicator.id,
    indicator_zh: d.indicator.zh,
    indicator_en: d.indicator.en,
    kind: d.kind,
    period: d.period,
    value: d.value,
    value_max: d.value_max,
    unit: d.unit,
    comparator: d.comparator,
    basis: d.basis,
    estimated: d.estimated,
    value_text: d.value_text ?? quote(source, d.figureStart, d.figureEnd),
    document_id: doc.id,
    source_file: file,
    source_line: lineOf(source, d.figureStart),
    source_start: d.figureStart,
    source_end: d.figureEnd,
    quote: quote(source, quoteStart, quoteEnd),
    section: d.section,
    binding: d.binding ?? '',
    period_inferred: d.period_inferred ?? false,
    lead_departments: d.lead_departments ?? '',
    deadline: d.deadline ?? '',
    deadline_en: '',
    also_stated_in: '',
    catalogued: d.indicator.catalogued,
    derived: false,
    derived_from: '',
    caveats: '',
    base_period: d.base_period ?? '',
  };
  return { ...o, id: baseId(o) };
}

/** Make ids unique within a list by appending ~2, ~3 … to repeats (order-stable). */
export function uniqueIds(observations: readonly Observation[]): Observation[] {
  const seen = new Map<string, number>();
  return observations.map((o) => {
    const n = (seen.get(o.id) ?? 0) + 1;
    seen.set(o.id, n);
    return n === 1 ? o : { ...o, id: `${o.id}~${n}` };
  });
}
