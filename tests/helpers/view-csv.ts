/**
 * Reading back a view's CSV download (a chart's, the promises'): the header is in the file's
 * language (Chinese labels, or the columns' keys in English); rows come back keyed by column key.
 */
import Papa from 'papaparse';
import { CSV_COLUMN_WORDS } from '../../src/lib/words';
import type { Lang } from '../../src/lib/types';

export function parseViewCsv(text: string, lang: Lang): Papa.ParseResult<Record<string, string>> {
  const keyOf = new Map(Object.entries(CSV_COLUMN_WORDS).map(([key, w]) => [w[lang], key]));
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (label) => keyOf.get(label) ?? `?${label}`,
  });
}
