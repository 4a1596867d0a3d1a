/** Joining what the app loads in pieces: a view's part with the index it leaves out. Pure. */
import type { DataIndex, Dataset, DatasetPart } from './types';

/** The Dataset a view computes from: its part's rows with the index's regions, documents, categories and tables. */
export function joinPart(index: DataIndex, part: DatasetPart): Dataset {
  return { ...part, regions: index.regions, documents: index.documents, categories: index.categories, tables: index.tables };
}
