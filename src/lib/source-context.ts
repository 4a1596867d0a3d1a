/**
 * Everything the source panel says about one figure, found in whatever data the app holds (the
 * view's part, a slice, the whole dataset): the row, its document, the pairs it belongs to with
 * their caveats and related measure, and its own notes (derived from, caveats). Pure.
 */
import { figureNotes, type FigureNotes } from './notes';
import { caveatsOf } from './status';
import type { Caveat, Dataset, Observation, Pair } from './types';

export type SourceData = Pick<Dataset, 'observations' | 'pairs' | 'caveats' | 'documents'>;

export interface PairContext {
  pair: Pair;
  /** The other side: the target of an actual's pair, the actual of a target's. */
  other: Observation | null;
  /** For reason "different_measure": the related measure the review states. */
  related: Observation | null;
  caveats: Caveat[];
}

export interface SourceContext {
  obs: Observation;
  doc: Dataset['documents'][number] | null;
  pairs: PairContext[];
  notes: FigureNotes;
  /** Whether every row the context names was found (else the whole dataset can complete it). */
  complete: boolean;
}

/** The context of observation `id` from the first of `sources` that holds it; null when none does. */
export function sourceContext(sources: readonly SourceData[], id: string): SourceContext | null {
  for (const data of sources) {
    const obs = data.observations.find((o) => o.id === id);
    if (!obs) continue;
    const byId = new Map(data.observations.map((o) => [o.id, o]));
    let complete = true;
    const row = (ref: string | null) => {
      if (!ref) return null;
      const hit = byId.get(ref) ?? null;
      if (!hit) complete = false;
      return hit;
    };
    const pairs = data.pairs
      .filter((p) => p.target_id === id || p.actual_id === id)
      .map((pair): PairContext => ({
        pair,
        other: row(pair.target_id === id ? pair.actual_id : pair.target_id),
        related: row(pair.related_actual_id),
        caveats: caveatsOf(pair.caveats, data.caveats),
      }));
    const notes = figureNotes(obs, data);
    if (notes.missing.length) complete = false;
    return { obs, doc: data.documents.find((d) => d.id === obs.document_id) ?? null, pairs, notes, complete };
  }
  return null;
}
