/**
 * The build's own inputs for extraction tests: the catalogue, the caveat rules and the scope
 * qualifiers of data/, loaded by the build's loaders (so a test reads text the way the build does).
 */
import { loadCatalogueFile, loadRules } from '../../scripts/build/rules.ts';
import type { ExtractInput } from '../../scripts/extract/types.ts';

export const catalogue = loadCatalogueFile('data');
export const rules = loadRules('data');

/** What every extractor needs besides the document: catalogue and rules. */
export const extractionInputs: Pick<ExtractInput, 'catalogue' | 'caveatRules' | 'qualifiers'> = {
  catalogue,
  caveatRules: rules.caveatRules,
  qualifiers: rules.qualifiers,
};
