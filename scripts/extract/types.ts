/**
 * Types shared by the extractors (kept apart from index.ts, which dispatches to them, so that no
 * extractor imports the dispatcher).
 */
import type { Caveat, DocumentMeta, Indicator, Observation } from '../../src/lib/types.ts';
import type { CaveatRule } from './caveats.ts';
import type { Qualifier } from './measure.ts';

export interface ExtractInput {
  doc: DocumentMeta;
  /** File name in seeds/ (used in findings and observations). */
  file: string;
  /** The whole file's text. */
  source: string;
  /** Offsets of this document inside `source`. */
  start: number;
  end: number;
  catalogue: Indicator[];
  /** Rules of data/caveats.csv: which notes qualify which figures (none when omitted). */
  caveatRules?: CaveatRule[];
  /** Scope qualifiers of data/qualifiers.csv (省级, 国家级 …): none when omitted. */
  qualifiers?: Qualifier[];
}

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  /** 1-based line in `file`. */
  line: number;
  message: string;
  /** Offset in the source of the figure a warning is about, when it is about one. */
  at?: number;
}

export interface ExtractResult {
  observations: Observation[];
  findings: Finding[];
  /** Statements that qualify some of the figures (table notes …), which the rows cite by id. */
  caveats: Caveat[];
  /** Measures not in the catalogue that some rows name (catalogued = false). */
  indicators?: Indicator[];
}
