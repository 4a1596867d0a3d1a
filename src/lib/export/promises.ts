/**
 * CSV of the promises on screen (the filtered rows of the promises view): each target with its
 * deadline, departments, status in words (with its reason and caveats), the actual, and whether
 * anything is derived (with the quotes it is computed from). In the reader's language like the
 * chart's CSV (./csv.ts): header, names, units, deadline and departments; codes the same in both.
 * Pure.
 */
import { formatStated, formatUnit } from '../format';
import { caveatText, derivedText, figureNotes } from '../notes';
import { deadlineText, departmentIndex, departmentName, type PromiseRow } from '../promises';
import { statusText } from '../status';
import type { Dataset, Lang } from '../types';
import { toCsv, type CsvValue } from '../csv';
import { csvLabel, gapUnitCode } from './csv';

export const PROMISE_CSV_COLUMNS = [
  'document',
  'indicator_id',
  'indicator',
  'catalogued',
  'target',
  'value',
  'value_max',
  'unit',
  'unit_code',
  'comparator',
  'basis',
  'period',
  'due',
  'deadline',
  'lead_departments',
  'status',
  'status_text',
  'actual',
  'gap',
  'gap_unit',
  'gap_unit_code',
  'derived',
  'derived_from',
  'caveats',
  'source_file',
  'source_line',
  'quote',
] as const;

type Column = (typeof PROMISE_CSV_COLUMNS)[number];

/** One CSV row per promise, in the order given. */
export function promiseCsvRows(rows: readonly PromiseRow[], data: Pick<Dataset, 'documents' | 'observations' | 'caveats' | 'departments'>, lang: Lang): Record<Column, CsvValue>[] {
  const depts = departmentIndex(data.departments);
  const titles = new Map(data.documents.map((d) => [d.id, lang === 'zh' ? d.title_zh : d.title_en]));
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  return rows.map(({ target: o, pair, status, dueYear, departments }) => {
    const actual = pair?.actual_id ? byId.get(pair.actual_id) : undefined;
    const derivedRow = actual?.derived ? actual : o.derived ? o : undefined;
    const own = figureNotes(o, data);
    const caveats = [caveatText(own, lang), actual ? caveatText(figureNotes(actual, data), lang) : ''].filter(Boolean);
    return {
      document: titles.get(o.document_id) ?? o.document_id,
      indicator_id: o.indicator_id,
      indicator: lang === 'zh' ? o.indicator_zh : o.indicator_en,
      catalogued: o.catalogued,
      target: formatStated(o, lang),
      value: o.value,
      value_max: o.value_max,
      unit: formatUnit(o.unit, lang),
      unit_code: o.unit,
      comparator: o.comparator,
      basis: o.basis,
      period: o.period,
      due: dueYear,
      deadline: deadlineText(o, lang),
      lead_departments: departments.map((d) => departmentName(d, depts, lang)).join(lang === 'zh' ? '、' : '; '),
      status,
      status_text: statusText(pair ?? { status, reason: '', rule: '', caveats: '' }, data.caveats, lang),
      actual: pair?.actual_value ?? null,
      gap: pair?.gap ?? null,
      gap_unit: formatUnit(gapUnitCode(pair), lang),
      gap_unit_code: gapUnitCode(pair),
      derived: !!(pair?.derived || derivedRow),
      derived_from: derivedRow ? derivedText(figureNotes(derivedRow, data), lang) : '',
      caveats: [...new Set(caveats)].join(lang === 'zh' ? '；' : '; '),
      source_file: o.source_file,
      source_line: o.source_line,
      quote: o.quote,
    };
  });
}

/** The CSV document of the promises on screen. */
export function promisesCsv(rows: readonly PromiseRow[], data: Pick<Dataset, 'documents' | 'observations' | 'caveats' | 'departments'>, lang: Lang): string {
  return toCsv(PROMISE_CSV_COLUMNS, promiseCsvRows(rows, data, lang), { label: csvLabel(lang) });
}
