/**
 * The indicator chart's words: titles, the one-line takeaway, accessible names and tooltip notes of
 * marks, the legend's wording and the text alternative, composed from the entries of the one word
 * table (lib/words/chart.ts, looked up with t(lang, W.entry)), status words (status.ts) and numbers
 * (format.ts). Pure; it holds no words of its own.
 */
import { formatBasis, formatGap, formatNumber, formatPeriod, formatStated, formatUnit, formatValue } from './format';
import { nameIn, nameOf, t } from './i18n';
import type { LabelGeom } from './chart-types';
import { figureNotes } from './notes';
import type { GapMark, Series, SpanMark, TargetMark } from './series';
import { STATUS, statusLabel, statusWord } from './status';
import type { Comparator, Lang, Observation, Pair, Slice, Status } from './types';
import * as W from './words';
import type { Words } from './words';

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Gross regional product (GDP) · Zhumadian city" and "Growth on previous year, %, 2022–2025". */
export function chartTitles(slice: Pick<Slice, 'indicator' | 'region' | 'regions'>, series: Series, lang: Lang): { title: string; subtitle: string } {
  const title = `${nameOf(slice.indicator, lang)} · ${nameIn(slice.regions, slice.region, lang)}`;
  const y = series.years;
  const period = y.length ? (y.length > 1 ? `${y[0]}–${y[y.length - 1]}` : `${y[0]}`) : '';
  const unit = formatUnit(series.measure.unit, lang);
  const sep = lang === 'zh' ? '，' : ', ';
  return { title, subtitle: sentence([formatBasis(series.measure.basis, lang), unit, period].filter(Boolean).join(sep)) };
}

/** The y-axis title: "Growth on previous year (%)", or the unit of a level. */
export function axisTitle(series: Series, lang: Lang): string {
  const { unit, basis } = series.measure;
  return unit === '%' || unit === '‰' ? sentence(`${formatBasis(basis, lang)} (${unit})`) : formatUnit(unit, lang);
}

/** " (estimated)" / "（预计）", " (derived)" / "（推算）" for a figure that is not a final stated one. */
export function figureFlags(o: Pick<Observation, 'estimated' | 'derived'>, lang: Lang): string {
  const words = [o.estimated ? t(lang, W.estimated) : '', o.derived ? t(lang, W.derived) : ''].filter(Boolean);
  if (!words.length) return '';
  return lang === 'zh' ? `（${words.join('，')}）` : ` (${words.join(', ')})`;
}

/** A figure's kind as a mark's name starts: "Target", "Actual", "Baseline". */
const KIND_TITLE: Record<Observation['kind'], Words> = { target: W.target, actual: W.actual, baseline: W.baseline };

function statusAndGap(pair: Pair | null, lang: Lang): string {
  if (!pair) return '';
  const comma = lang === 'zh' ? '，' : ', ';
  const gap = pair.gap !== null ? `${comma}${t(lang, W.gap).toLowerCase()} ${formatGap(pair.gap, pair.gap_unit, lang)}` : '';
  return ` — ${statusLabel(pair.status, lang)}${gap}`;
}

/**
 * A mark's accessible name and tooltip headline: "2024 Target: ≈ 6.5% — ✓ met, gap −0.4 pp",
 * "2023 Actual: −14.6% (derived)", "2018–2022 Actual: ≥ 160 (100m jin)". `documentTitle` is named
 * for targets side by side in one year, so each says which document set it.
 */
export function markLabel(o: Observation, pair: Pair | null, lang: Lang, documentTitle = ''): string {
  const doc = documentTitle ? (lang === 'zh' ? `（${documentTitle}）` : ` · ${documentTitle}`) : '';
  return `${formatPeriod(o.period)} ${t(lang, KIND_TITLE[o.kind])}${colon(lang)}${formatStated(o, lang)}${figureFlags(o, lang)}${doc}${statusAndGap(pair, lang)}`;
}

/** A figure as its label says it: "6.1%", "3,342.7" (the unit is on the axis), "≥ 100" (a bound), "−14.6% (derived)". */
export function figureText(o: Observation, unitShown: boolean, lang: Lang): string {
  return formatStated({ ...o, unit: unitShown ? o.unit : '' }, lang) + figureFlags({ estimated: false, derived: o.derived }, lang);
}

/**
 * The label of a judged actual, longest first: its value and "✗ missed −2.5 pp", then shorter
 * ("✗ −2.5 pp", "✗ −2.5"), then the status line alone. A pair that is not comparable says so in
 * words, without a gap. `refs`: caveat note references (" [1]").
 */
export function gapLabels(g: GapMark, unitShown: boolean, lang: Lang, refs: string): LabelGeom['lines'][] {
  const s = STATUS[g.status];
  const line = (text: string) => ({ text: text + refs, ink: g.status, weight: 600 as const });
  const gap = g.status === 'not_comparable' ? '' : formatGap(g.gap, g.gapUnit, lang);
  const word = statusWord(g.status, lang);
  const full = line(`${s.symbol} ${word} ${gap}`.trim());
  const mid = line(`${s.symbol} ${gap || word}`);
  const short = line(gap ? `${s.symbol} ${formatNumber(g.gap, lang, 2, true)}` : s.symbol);
  const value = { text: 'start' in g.actual ? spanText(g.actual, unitShown, lang) : figureText(g.actual.obs, unitShown, lang), ink: 'fg' as const, weight: 400 as const };
  return [[value, full], [value, mid], [value, short], [mid], [short]];
}

/** The words drawn beside a span: "2018–2022: ≥ 160". */
export function spanText(s: SpanMark, unitShown: boolean, lang: Lang): string {
  const stated = formatStated({ ...s.obs, unit: unitShown ? s.obs.unit : '' }, lang);
  return `${formatPeriod(s.obs.period)}${colon(lang)}${stated}${figureFlags(s.obs, lang)}`;
}

/** Tooltip notes of a figure (lib/notes): where a derived value comes from, and each caveat on it once. */
export function tooltipNotes(o: Observation, slice: Pick<Slice, 'observations' | 'caveats'>, lang: Lang): string[] {
  const n = figureNotes(o, slice);
  const notes: string[] = [];
  if (n.derived) {
    const names = n.derivedFrom.flatMap((x) =>
      x.value !== null ? [`${formatPeriod(x.period)}${lang === 'zh' ? '年' : ' '}${formatValue(x.value, x.unit, lang)}`] : [],
    );
    const and = lang === 'zh' ? t(lang, W.and) : ` ${t(lang, W.and)} `;
    const list = names.length > 1 ? `${names.slice(0, -1).join(lang === 'zh' ? '、' : ', ')}${and}${names.at(-1)}` : (names[0] ?? '');
    notes.push(list ? t(lang, W.derivedFrom, { list }) : sentence(t(lang, W.legendDerived)));
  }
  for (const c of new Set(n.caveats)) notes.push(c[lang]);
  return notes;
}

const JUDGED: ReadonlySet<Status> = new Set(['met', 'within_tolerance', 'near', 'missed']);

/** "2023", "2023 and 2024", "2021, 2022 and 2023" / "2023、2024". */
function yearList(periods: string[], lang: Lang): string {
  const p = periods.map(formatPeriod);
  if (lang === 'zh') return p.join('、');
  return p.length > 1 ? `${p.slice(0, -1).join(', ')} ${t(lang, W.and)} ${p.at(-1)}` : (p[0] ?? '');
}

/**
 * The one-line takeaway: each judged period's status in order, runs of one status joined —
 * "Missed in 2023, met in 2024, 2025 pending" / "2023年未达成，2024年达成，2025年待评估"; when a
 * status's words hold a comma themselves ("short, within margin"), the runs are set apart by
 * semicolons: "Missed in 2023; short, within margin in 2024". Only the preferred target of a year
 * counts (as for the gap labels). With no target, the latest actual; with nothing, ''.
 */
export function takeaway(series: Series, lang: Lang): string {
  const judged = [
    ...series.targets.filter((m) => m.rank === 0 && m.pair).map((m) => ({ end: m.year, start: m.year, period: m.obs.period, pair: m.pair! })),
    ...series.spans.filter((s) => s.kind === 'target' && s.pair).map((s) => ({ end: s.end, start: s.start, period: s.obs.period, pair: s.pair! })),
  ].sort((a, b) => a.end - b.end || a.start - b.start);
  const runs: { status: Status; periods: string[]; derived: boolean }[] = [];
  for (const j of judged) {
    const last = runs.at(-1);
    const derived = j.pair.derived || !!series.actuals.find((a) => a.obs.id === j.pair.actual_id)?.derived;
    if (last && last.status === j.pair.status && !last.periods.includes(j.period)) {
      last.periods.push(j.period);
      last.derived ||= derived;
    } else if (!last || !last.periods.includes(j.period)) runs.push({ status: j.pair.status, periods: [j.period], derived });
  }
  if (!runs.length) {
    const a = series.actuals.at(-1);
    return a ? t(lang, W.takeawayLatest, { year: String(a.year), value: formatStated(a.obs, lang) }) : '';
  }
  const phrases = runs.map((r) => statusPhrase(r.status, r.periods, lang, r.derived));
  const semi = runs.some((r) => /[,，]/.test(statusWord(r.status, lang)));
  return sentence(phrases.join(lang === 'zh' ? (semi ? '；' : '，') : semi ? '; ' : ', '));
}

/**
 * One status over some periods, as the takeaway says it: judged ones "missed in 2023 and 2024" /
 * "2023、2024年未达成", open ones "2025 pending" / "2025年待评估"; "(derived)" when an actual is.
 */
export function statusPhrase(status: Status, periods: string[], lang: Lang, derived = false): string {
  const words = JUDGED.has(status) ? W.takeawayJudged : W.takeawayOpen;
  const text = t(lang, words, { years: yearList(periods, lang), status: statusWord(status, lang) });
  return text + figureFlags({ estimated: false, derived }, lang);
}

const LEGEND_TARGET: Record<Comparator, Words> = {
  eq: W.legendExact,
  about: W.legendAbout,
  at_least: W.legendAtLeast,
  at_most: W.legendAtMost,
  range: W.legendRange,
  qualitative: W.legendQualitative,
};

/**
 * A target legend entry in a reader's words, with the values: "≈ target of about 6.5%",
 * "≥ 目标 160以上", "target range 6–7%"; several values newest first ("≈ target of about 6.5%, 7%"),
 * at most three. Units other than %/‰ are on the axis, not here.
 */
export function targetLegend(comparator: Comparator, marks: readonly (TargetMark | SpanMark)[], lang: Lang): string {
  const own = marks.filter((m) => m.comparator === comparator && m.value !== null);
  const seen: string[] = [];
  const year = (m: TargetMark | SpanMark) => ('year' in m ? m.year : m.end);
  for (const m of [...own].sort((a, b) => year(b) - year(a))) {
    const unit = m.obs.unit === '%' || m.obs.unit === '‰' ? m.obs.unit : '';
    const v =
      comparator === 'range' && m.valueMax !== null
        ? `${formatNumber(m.value!, lang)}–${formatValue(m.valueMax, unit, lang)}`
        : formatValue(m.value!, unit, lang);
    if (!seen.includes(v)) seen.push(v);
  }
  const v = seen.length <= 3 ? seen.join(lang === 'zh' ? '、' : ', ') : '';
  return t(lang, LEGEND_TARGET[comparator], { v }).replace(/\s+(?=以上|以内|左右)|\s{2,}/g, '').trim();
}

/** The status legend entry: "✓ met", "≈ within the “about” margin". */
export const statusLegend = (s: Status, lang: Lang) => statusLabel(s, lang);

/** The title of the document a figure comes from, in the interface language ('' if not in the slice). */
export function docTitleOf(slice: Pick<Slice, 'documents'> | undefined, obs: Observation, lang: Lang): string {
  const d = slice?.documents.find((x) => x.id === obs.document_id);
  return d ? (lang === 'zh' ? d.title_zh : d.title_en) : '';
}

/**
 * A text alternative: every mark's name in one paragraph (figures over spans, actuals, targets,
 * target spans), then the caveat notes.
 */
export function chartSummary(labels: readonly string[], notes: readonly string[], lang: Lang): string {
  if (!labels.length) return t(lang, W.summaryNone);
  return [labels.join(lang === 'zh' ? '；' : '; ') + (lang === 'zh' ? '。' : '.'), ...notes].join(' ');
}
