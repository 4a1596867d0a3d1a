/**
 * The figures of one document in the order they stand in its text, and stepping from one to the
 * next, for the source view. A derived row (computed from other rows) has no place in the text:
 * it is never among them. Pure.
 */
import type { Observation } from './types';

/** The stated rows of document `docId`, in source order (offset, then end, then id). */
export function documentFigures(observations: readonly Observation[], docId: string): Observation[] {
  return observations
    .filter((o) => o.document_id === docId && !o.derived)
    .sort((a, b) => a.source_start - b.source_start || a.source_end - b.source_end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where figure `id` stands among `figures`: its index (-1 if absent), and the figures before and after it. */
export interface FigureStep {
  index: number;
  count: number;
  prev: Observation | null;
  next: Observation | null;
}

export function figureStep(figures: readonly Observation[], id: string): FigureStep {
  const index = figures.findIndex((o) => o.id === id);
  const count = figures.length;
  if (index === -1) return { index, count, prev: null, next: figures[0] ?? null };
  return { index, count, prev: figures[index - 1] ?? null, next: figures[index + 1] ?? null };
}

/** The rows a figure's source view can name: the document's own rows (stated or derived). */
export function documentRowIds(observations: readonly Observation[], docId: string): Set<string> {
  return new Set(observations.filter((o) => o.document_id === docId).map((o) => o.id));
}
