/**
 * What a figure measures, precisely enough that two rows share an indicator id only when a
 * statistician would compare them. A catalogue phrasing names a concept (5G基站, 专精特新, 高标准农田);
 * the words around it say which measure of it the figure is:
 * - a scope qualifier right before the name (省级, 省级以上, 国家级, 农村 … from data/qualifiers.csv),
 * - flow or stock: additions in the period (新增, 新建, 新设, 建成, 争创 …) or a level reached
 *   (达到, 突破, 增至, 总数 …).
 * The catalogued indicator whose qualifiers and measure fit is chosen; when none fits, the figure
 * gets a measure of its own (catalogued = false), named from its words — never folded into a
 * neighbouring measure.
 */
import type { Indicator, Measure } from '../../src/lib/types.ts';
import { readTable } from './rulesTable.ts';

export interface Qualifier {
  word: string;
  zh: string;
  en: string;
  /** scope: narrows the measure (省级); whole: the whole region, the default scope (全市). */
  role: 'scope' | 'whole';
}

/** Parse data/qualifiers.csv (word, zh, en, role). */
export function loadQualifiers(csvText: string, file: string): { ok: true; qualifiers: Qualifier[] } | { ok: false; errors: { file: string; line: number; message: string }[] } {
  const table = readTable(csvText, file, ['word', 'zh', 'en', 'role']);
  if (!table.ok) return table;
  const qualifiers: Qualifier[] = [];
  const errors: { file: string; line: number; message: string }[] = [];
  for (const r of table.rows) {
    const get = (c: string) => table.get(r, c);
    const role = get('role');
    if (!get('word') || !get('en') || (role !== 'scope' && role !== 'whole')) {
      errors.push({ file, line: r.line, message: 'a qualifier needs a word, its English and a role (scope | whole) — fix this row' });
      continue;
    }
    qualifiers.push({ word: get('word'), zh: get('zh') || get('word'), en: get('en'), role: role as Qualifier['role'] });
  }
  return errors.length ? { ok: false, errors } : { ok: true, qualifiers: qualifiers.sort((a, b) => b.word.length - a.word.length) };
}

/** Words that make a count a flow: what is added or done within the period. */
const FLOW_CUE = /(新增|新建|新设|新认定|新开工|新改建|新改造|新培育|新引进|新打造|新备案|建成|完成|实施|培育|争创|创建|创成|打造|引进|签约|改造|累计)/;
/** Words that make a count a stock: the level reached at the period's end. */
const STOCK_CUE = /^(?:数量|总数|总量|总规模|规模)?(?:达到|达|突破|增至|增加到|增长到|提高到|提升到|超过|稳定在|保持在|保持|拥有|保有)/;
const QUOTES = /[“”"「」『』‘’]+$/;

/** The scope qualifier written right before `at` (quote marks skipped), if any. */
export function qualifierBefore(text: string, at: number, qualifiers: readonly Qualifier[], floor = 0): Qualifier | null {
  const before = text.slice(Math.max(floor, at - 12), at).replace(QUOTES, '');
  return qualifiers.find((q) => before.endsWith(q.word)) ?? null;
}

/** Flow or stock from the words around the name: the predicate's level verb wins over a flow verb before. */
export function measureCue(preamble: string, predicate: string, distributedVerb = ''): 'flow' | 'stock' | null {
  if (STOCK_CUE.test(predicate)) return 'stock';
  if (FLOW_CUE.test(preamble) || FLOW_CUE.test(distributedVerb)) return 'flow';
  if (/^(?:总数|总量)/.test(predicate)) return 'stock';
  return null;
}

export interface MeasureContext {
  /** The scope qualifier before the name (null: none, or only a whole-region word). */
  qualifier: Qualifier | null;
  cue: 'flow' | 'stock' | null;
  /** The verb written before the name, for naming a measure of its own (新增, 建成 …). */
  verb: string;
}

/** The measure context of a name at flat [start, end) with its clause start and the figure's start. */
export function measureContext(
  text: string,
  nameStart: number,
  nameEnd: number,
  clauseStart: number,
  figureStart: number,
  qualifiers: readonly Qualifier[],
  distributedVerb = '',
): MeasureContext {
  const found = qualifierBefore(text, nameStart, qualifiers, clauseStart);
  const preamble = text.slice(clauseStart, nameStart);
  const predicate = figureStart > nameEnd ? text.slice(nameEnd, figureStart) : '';
  const verb = FLOW_CUE.exec(preamble.slice(-8))?.[1] ?? distributedVerb;
  return { qualifier: found?.role === 'scope' ? found : null, cue: measureCue(preamble, predicate, distributedVerb), verb };
}

const COUNTS: readonly Measure[] = ['flow', 'stock'];

/**
 * The indicator a phrasing names in its context: among the catalogue's indicators with that
 * phrasing, the one whose qualifiers equal the text's (none, or the qualifier before the name) and
 * whose measure fits the cue (flows and stocks only; aggregates and rates take any verb). When
 * none fits, a measure of its own is returned (catalogued = false).
 */
export function resolveMeasure(catalogue: readonly Indicator[], base: Indicator, phrasing: string, ctx: MeasureContext): Indicator {
  const candidates = catalogue.filter((i) => i.phrasings.includes(phrasing));
  const wanted = ctx.qualifier?.word ?? '';
  // A qualifier the indicator's own name already carries (城镇老旧小区改造, 农村户厕) changes nothing.
  const fits = (i: Indicator) =>
    (i.qualifiers.length === 0 ? wanted === '' || phrasing.startsWith(wanted) || i.zh.includes(wanted) : i.qualifiers.includes(wanted) && i.qualifiers.length === 1) &&
    (!COUNTS.includes(i.measure) || ctx.cue === null || i.measure === ctx.cue);
  const fit = candidates.find(fits);
  if (fit) return fit;
  // Several candidates with no cue to choose by, or none fitting: a measure of its own.
  return ownMeasure(base, phrasing, ctx);
}

/** A measure not in the catalogue: the concept with the text's qualifier and flow/stock, named from its words. */
export function ownMeasure(base: Indicator, phrasing: string, ctx: MeasureContext): Indicator {
  const q = ctx.qualifier;
  const measure: Measure = COUNTS.includes(base.measure) && ctx.cue ? ctx.cue : base.measure;
  const flowWord = measure === 'flow' && base.measure !== 'flow' ? (ctx.verb || '新增') : '';
  const zh = `${flowWord}${q?.word ?? ''}${phrasing}`;
  // The concept without the catalogue entry's own scope: Engineering centres (city level or above) → Engineering centres.
  const concept = base.qualifiers.length ? base.en.replace(/\s*\([^()]*\)\s*$/, '') : base.en;
  const en = [concept, q ? `(${q.en})` : '', measure !== base.measure ? `— ${measure === 'flow' ? 'new in the period' : 'total'}` : ''].filter(Boolean).join(' ');
  return {
    ...base,
    id: `${base.id}__${[q ? q.en.replace(/[^a-z]+/gi, '_').toLowerCase() : '', measure !== base.measure ? measure : ''].filter(Boolean).join('__') || 'own'}`,
    zh,
    en,
    headline: false,
    phrasings: [phrasing],
    measure,
    qualifiers: q ? [q.word] : [],
    not_same_as: [base.id],
    note_zh: `目录中没有这一口径；由原文的用词命名（${zh}），与“${base.zh}”不是同一口径。`,
    note_en: `Not a measure of the catalogue: named from the text's words (${zh}); not the same measure as "${base.en}".`,
    catalogued: false,
  };
}
