/**
 * Extraction dispatcher: one document part of a seed file in, observations and findings out.
 * Pure: no file system, no clock.
 */
import { extractFypTables } from './fypTables.ts';
import { extractTaskNotice } from './notice.ts';
import { extractPlanRunningText, extractPolicy } from './policy.ts';
import type { ExtractInput, ExtractResult } from './types.ts';
import { extractWorkReport } from './workReport.ts';

export type { ExtractInput, ExtractResult, Finding } from './types.ts';

const EMPTY: ExtractResult = { observations: [], findings: [], caveats: [] };

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
      return {
        observations: [...tables.observations, ...text.observations],
        findings: [...tables.findings, ...text.findings],
        caveats: [...tables.caveats, ...text.caveats],
      };
    }
    case 'policy':
      return extractPolicy(input);
    case 'front_matter':
      return EMPTY;
  }
}
