/**
 * Extraction dispatcher: one document part of a seed file in, observations and findings out.
 * Pure: no file system, no clock.
 */
import type { DocumentMeta, Indicator, Observation } from '../../src/lib/types.ts';
import { extractFypTables } from './fypTables.ts';
import { extractTaskNotice } from './notice.ts';
import { extractPlanRunningText, extractPolicy } from './policy.ts';
import { extractWorkReport } from './workReport.ts';

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
}

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  /** 1-based line in `file`. */
  line: number;
  message: string;
}

export interface ExtractResult {
  observations: Observation[];
  findings: Finding[];
}

const EMPTY: ExtractResult = { observations: [], findings: [] };

export function extractDocument(input: ExtractInput): ExtractResult {
  switch (input.doc.kind) {
    case 'work_report':
      return extractWorkReport(input);
    case 'task_notice':
      return extractTaskNotice(input);
    case 'five_year_plan': {
      // The tables, then the running text (review of the previous plan, promises).
      const tables = extractFypTables(input);
      const text = extractPlanRunningText(input);
      return { observations: [...tables.observations, ...text.observations], findings: [...tables.findings, ...text.findings] };
    }
    case 'policy':
      return extractPolicy(input);
    case 'front_matter':
      return EMPTY;
  }
}
