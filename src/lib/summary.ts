/**
 * The landing's answer to "did they deliver?": targets by status, per region with work reports and
 * per year of its scorecard, in two scopes — the headline targets (the scorecard's cells, as its
 * table shows them) and every target of the region that falls due that year, from any document
 * (as the promises view lists them). The build computes it into views/scorecard.json, so the
 * landing does not load every target to count them. Also the geometry and the words of its bars. Pure.
 */
import { t } from './i18n';
import { promiseRows } from './promises';
import { scoreYears, scorecardRegions, scorecardRows, type ScoreRow } from './scorecard';
import { statusWord } from './status';
import { STATUSES, type Dataset, type Lang, type Status, type StatusCounts, type YearSummary } from './types';
import * as W from './words';

/** Each status with the number of times it occurs in `statuses` (0 for the others). */
export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

export const totalOf = (counts: StatusCounts) => STATUSES.reduce((n, s) => n + counts[s], 0);

/**
 * For each region with work reports and each year of its scorecard that has a headline target:
 * the headline targets by status, then every target of the region due that year by status.
 */
export function statusSummary(ds: Dataset): YearSummary[] {
  const promises = promiseRows(ds);
  const out: YearSummary[] = [];
  for (const region of scorecardRegions(ds)) {
    const years = scoreYears(ds, region);
    const rows = scorecardRows(ds, region, years);
    for (const year of years) {
      const cells = rows.flatMap((r) => r.cells.filter((c) => c.year === year && c.target && c.pair));
      if (!cells.length) continue;
      const due = promises.filter((p) => p.target.region === region && p.dueYear === year);
      out.push({ region, year, scope: 'headline', counts: countStatuses(cells.map((c) => c.pair!.status)) });
      out.push({ region, year, scope: 'all', counts: countStatuses(due.map((p) => p.status)) });
    }
  }
  return out;
}

export interface BarSegment {
  status: Status;
  count: number;
  /** Start and width in the bar's units (0 … width); neighbours meet without gaps. */
  x: number;
  w: number;
}

/** The stacked bar of `counts` over `width`, statuses in the order of STATUSES (met first, pending last). */
export function summaryBar(counts: StatusCounts, width: number): BarSegment[] {
  const total = totalOf(counts);
  if (!total) return [];
  const at = (n: number) => Math.round((n / total) * width * 100) / 100;
  let before = 0;
  return STATUSES.filter((s) => counts[s] > 0).map((status) => {
    const x = at(before);
    before += counts[status];
    return { status, count: counts[status], x, w: Math.round((at(before) - x) * 100) / 100 };
  });
}

/** The line's label: "Headline targets: 10" / "主要目标 10 项". */
export function summaryLabel(entry: Pick<YearSummary, 'scope' | 'counts'>, lang: Lang): string {
  return t(lang, entry.scope === 'headline' ? W.summaryHeadline : W.summaryAll, { n: String(totalOf(entry.counts)) });
}

/**
 * The line in words, for screen readers: "2023, 10 headline targets: 1 met; 4 missed;
 * 5 not assessable" / "2023 年主要目标 10 项：达成 1 项；未达成 4 项；无法评估 5 项".
 */
export function summaryText(entry: YearSummary, lang: Lang): string {
  const parts = STATUSES.filter((s) => entry.counts[s] > 0).map((s) => t(lang, W.summaryPart, { n: String(entry.counts[s]), status: statusWord(s, lang) }));
  return t(lang, W.summarySentence, { year: String(entry.year), label: summaryLabel(entry, lang), parts: parts.join(lang === 'zh' ? '；' : '; ') });
}

/** Statuses that occur anywhere in the summary (the legend's entries), in the bars' order. */
export function summaryStatuses(summary: readonly YearSummary[]): Status[] {
  return STATUSES.filter((s) => summary.some((e) => e.counts[s] > 0));
}

const JUDGED: readonly Status[] = ['met', 'within_tolerance', 'near', 'missed'];

/** The landing's chart: the first scorecard row (catalogue order) with a judged target; null if none. */
export function headlineRow(rows: readonly ScoreRow[]): ScoreRow | null {
  return rows.find((r) => r.trend.length > 0 && r.cells.some((c) => c.pair && JUDGED.includes(c.pair.status))) ?? null;
}
