/**
 * The indicator catalogue (data/indicators.csv): loading with line-precise errors, and
 * matching a phrase of text to an indicator (longest phrasing wins).
 */
import { parseCsv as readCsv } from '../../src/lib/csv.ts';
import type { Direction, GrowthBasis, Indicator, Measure } from '../../src/lib/types.ts';

export interface CatalogueError {
  file: string;
  line: number;
  message: string;
}

export type CatalogueResult =
  | { ok: true; indicators: Indicator[] }
  | { ok: false; errors: CatalogueError[] };

const COLUMNS = ['id', 'zh', 'en', 'category', 'unit', 'direction', 'headline', 'phrasings'] as const;
/** Columns of the measure model; a catalogue without them gets the defaults (see defaultMeasure). */
const OPTIONAL = ['measure', 'qualifiers', 'counting_words', 'growth', 'not_same_as', 'note_zh', 'note_en', 'parts'] as const;
const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'neutral'];
const MEASURES: readonly Measure[] = ['flow', 'stock', 'aggregate', 'rate'];
const GROWTHS: readonly GrowthBasis[] = ['nominal', 'real', ''];
const RATE_UNITS = new Set(['%', '‰', '百分点']);

/** The measure of an indicator whose row leaves it empty: rates by their unit, counts as stocks. */
function defaultMeasure(unit: string): Measure {
  return RATE_UNITS.has(unit) ? 'rate' : 'stock';
}

const list = (s: string) =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== '');
const ID = /^[a-z][a-z0-9_]*$/;


/** Parse and validate the catalogue; every problem is reported with file and line. */
export function loadCatalogue(csvText: string, fileName: string): CatalogueResult {
  const { records, errors: csvErrors } = readCsv(csvText);
  const errors: CatalogueError[] = [];
  const err = (line: number, message: string): void => {
    errors.push({ file: fileName, line, message });
  };
  if (csvErrors.length > 0) {
    const hint = 'CSV: quote a field that holds a comma, quote or line break, and double each quote inside it';
    return { ok: false, errors: csvErrors.map((e) => ({ file: fileName, line: e.line, message: `${e.message} (${hint})` })) };
  }
  const header = records[0];
  if (!header) return { ok: false, errors: [{ file: fileName, line: 1, message: 'empty catalogue' }] };
  const cols = header.fields.map((f) => f.trim());
  const index = new Map(cols.map((c, i) => [c, i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return { ok: false, errors: [{ file: fileName, line: header.line, message: `missing column(s): ${missing.join(', ')}` }] };
  }
  const indicators: Indicator[] = [];
  const seenIds = new Map<string, number>();
  const seenPhrasings = new Map<string, { id: string; line: number; variant: string }[]>();
  for (const rec of records.slice(1)) {
    if (rec.fields.length !== cols.length) {
      err(rec.line, `expected ${cols.length} fields, found ${rec.fields.length} (quote fields that contain commas)`);
      continue;
    }
    const get = (c: (typeof COLUMNS)[number] | (typeof OPTIONAL)[number]): string => {
      const i = index.get(c);
      return i === undefined ? '' : (rec.fields[i] ?? '').trim();
    };
    const id = get('id');
    const direction = get('direction');
    const headline = get('headline');
    const phrasings = list(get('phrasings'));
    const measure = get('measure') || defaultMeasure(get('unit'));
    const growth = get('growth');
    if (!MEASURES.includes(measure as Measure)) err(rec.line, `unknown measure "${measure}" for "${id}" (use ${MEASURES.join(' | ')})`);
    if (!GROWTHS.includes(growth as GrowthBasis)) err(rec.line, `unknown growth "${growth}" for "${id}" (use nominal | real, or leave empty)`);
    if (!ID.test(id)) err(rec.line, `invalid id "${id}" (use lower_snake_case)`);
    const previous = seenIds.get(id);
    if (previous !== undefined) err(rec.line, `duplicate id "${id}" (first on line ${previous})`);
    seenIds.set(id, rec.line);
    if (get('zh') === '') err(rec.line, `indicator "${id}" has no Chinese name (zh)`);
    if (get('en') === '') err(rec.line, `indicator "${id}" has no English name (en)`);
    if (!DIRECTIONS.includes(direction as Direction)) {
      err(rec.line, `unknown direction "${direction}" for "${id}" (use ${DIRECTIONS.join(' | ')})`);
    }
    if (headline !== 'true' && headline !== 'false') err(rec.line, `headline must be true or false, found "${headline}"`);
    if (phrasings.length === 0) err(rec.line, `indicator "${id}" has no phrasings`);
    // One phrasing may name several measures only when they differ in scope qualifiers or in
    // flow/stock (新增5G基站 vs 5G基站达到): the text's words then decide (see measure.ts).
    const variant = `${list(get('qualifiers')).sort().join('+')}/${measure}`;
    for (const p of phrasings) {
      const others = seenPhrasings.get(p) ?? [];
      const clash = others.find((o) => o.id !== id && o.variant === variant);
      if (clash) err(rec.line, `phrasing "${p}" of "${id}" already means "${clash.id}" (line ${clash.line}) with the same qualifiers and measure — give one of them qualifiers or another measure`);
      seenPhrasings.set(p, [...others, { id, line: rec.line, variant }]);
    }
    indicators.push({
      id,
      zh: get('zh'),
      en: get('en'),
      category: get('category'),
      unit: get('unit'),
      direction: direction as Direction,
      headline: headline === 'true',
      phrasings,
      measure: measure as Measure,
      qualifiers: list(get('qualifiers')),
      counting_words: list(get('counting_words')),
      growth: growth as GrowthBasis,
      not_same_as: list(get('not_same_as')),
      note_zh: get('note_zh'),
      note_en: get('note_en'),
      catalogued: true,
      ...(get('parts') ? { parts: list(get('parts')) } : {}),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, indicators };
}

export interface IndicatorMatch {
  indicator: Indicator;
  phrasing: string;
  /** Offsets of the phrasing in the searched text. */
  start: number;
  end: number;
}

/** Every phrasing occurrence in `text`, with occurrences inside a longer one removed. */
export function findIndicators(catalogue: readonly Indicator[], text: string): IndicatorMatch[] {
  const all: IndicatorMatch[] = [];
  for (const indicator of catalogue) {
    for (const phrasing of indicator.phrasings) {
      for (let at = text.indexOf(phrasing); at >= 0; at = text.indexOf(phrasing, at + 1)) {
        all.push({ indicator, phrasing, start: at, end: at + phrasing.length });
      }
    }
  }
  // Longest phrasing wins: drop a match covered by (overlapping) a longer one.
  return all
    .filter(
      (m) =>
        !all.some(
          (o) => o !== m && o.end - o.start > m.end - m.start && o.start < m.end && m.start < o.end,
        ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The indicator a phrase is about. Longest phrasing wins where phrasings overlap
 * (单位生产总值能耗 beats 生产总值); among separate mentions, `prefer` picks the first
 * (a target-list item names its indicator first) or the last (closest to a figure that follows).
 */
export function matchIndicator(
  catalogue: readonly Indicator[],
  text: string,
  prefer: 'first' | 'last' = 'first',
): IndicatorMatch | null {
  const matches = findIndicators(catalogue, text);
  if (matches.length === 0) return null;
  if (prefer === 'first') return matches[0]!;
  return matches.reduce((best, m) => (m.end > best.end || (m.end === best.end && m.start < best.start) ? m : best));
}
