/**
 * The landing's summary on the real build: each line counts exactly the statuses of the pairs it
 * stands for (the scorecard's cells; every target of the region due that year), the file carries
 * it, the loader checks it, and its bars and words say the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { countStatuses, headlineRow, statusSummary, summaryBar, summaryLabel, summaryStatuses, summaryText, totalOf } from '../../src/lib/summary';
import { scorecardRows, scoreYears } from '../../src/lib/scorecard';
import { checkPart, checkScorecardPart } from '../../src/lib/schema';
import { sparklineSpan } from '../../src/lib/sparkline';
import { STATUSES, type Status, type YearSummary } from '../../src/lib/types';

const { dataset, files } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const summary = statusSummary(dataset);

/** Statuses of the pairs of the region's targets whose period ends in `year`, straight from the pairs. */
function dueStatuses(region: string, year: number): Status[] {
  const targets = new Set(dataset.observations.filter((o) => o.kind === 'target' && o.region === region && o.period.endsWith(String(year))).map((o) => o.id));
  return dataset.pairs.filter((p) => targets.has(p.target_id)).map((p) => p.status);
}

describe('statusSummary on the real build', () => {
  it('has a headline and an "all" line for each scorecard year with headline targets', () => {
    const years = scoreYears(dataset, 'zhumadian');
    const rows = scorecardRows(dataset, 'zhumadian', years);
    const withTargets = years.filter((y) => rows.some((r) => r.cells.some((c) => c.year === y && c.pair)));
    expect(summary.map((e) => `${e.region} ${e.year} ${e.scope}`)).toEqual(withTargets.flatMap((y) => [`zhumadian ${y} headline`, `zhumadian ${y} all`]));
    expect(withTargets.length).toBeGreaterThanOrEqual(3);
  });

  it.each(summary.filter((e) => e.scope === 'all'))('$year, every target due: the pairs’ statuses', (entry) => {
    expect(entry.counts).toEqual(countStatuses(dueStatuses(entry.region, entry.year)));
  });

  it.each(summary.filter((e) => e.scope === 'headline'))('$year, headline: the statuses of the scorecard’s cells', (entry) => {
    const cells = scorecardRows(dataset, entry.region).flatMap((r) => r.cells.filter((c) => c.year === entry.year && c.pair));
    expect(entry.counts).toEqual(countStatuses(cells.map((c) => c.pair!.status)));
    // The headline targets are among the targets due that year.
    const all = summary.find((e) => e.scope === 'all' && e.year === entry.year)!;
    for (const s of STATUSES) expect(entry.counts[s], s).toBeLessThanOrEqual(all.counts[s]);
  });

  it('a year nobody has reviewed yet is all pending or not assessable', () => {
    const last = summary.filter((e) => e.scope === 'headline').at(-1)!;
    expect(last.counts.pending).toBeGreaterThan(0);
    expect(last.counts.met + last.counts.missed + last.counts.near + last.counts.within_tolerance).toBe(0);
  });
});

describe('views/scorecard.json carries the summary, checked by the loader', () => {
  const part = JSON.parse(String(files.get('views/scorecard.json')));
  it('is the one computed from the dataset', () => {
    expect(part.summary).toEqual(summary);
    expect(checkScorecardPart(part)).toMatchObject({ ok: true });
  });
  const broken: { name: string; edit: (p: { summary: YearSummary[] }) => void }[] = [
    { name: 'no summary', edit: (p) => delete (p as Partial<typeof p>).summary },
    { name: 'a count as text', edit: (p) => ((p.summary[0]!.counts as Record<string, unknown>).met = '1') },
    { name: 'an unknown status missing its count', edit: (p) => delete (p.summary[0]!.counts as Partial<Record<Status, number>>).pending },
    { name: 'an unknown scope', edit: (p) => ((p.summary[0] as { scope: string }).scope = 'some') },
  ];
  it.each(broken)('refuses $name', ({ edit }) => {
    const copy = structuredClone(part);
    edit(copy);
    expect(checkScorecardPart(copy).ok).toBe(false);
    // The other parts' check does not ask for it.
    expect(checkPart(copy).ok).toBe(true);
  });
});

describe('summaryBar', () => {
  const counts = (c: Partial<Record<Status, number>>) => ({ ...countStatuses([]), ...c });
  const cases = [
    { name: 'nothing', counts: counts({}), width: 100, expected: [] },
    { name: 'one status fills the bar', counts: counts({ pending: 9 }), width: 100, expected: [{ status: 'pending', count: 9, x: 0, w: 100 }] },
    {
      name: 'statuses in order, met first, neighbours meet',
      counts: counts({ missed: 1, met: 1, not_assessable: 1 }),
      width: 100,
      expected: [
        { status: 'met', count: 1, x: 0, w: 33.33 },
        { status: 'missed', count: 1, x: 33.33, w: 33.34 },
        { status: 'not_assessable', count: 1, x: 66.67, w: 33.33 },
      ],
    },
  ];
  it.each(cases)('$name', ({ counts: c, width, expected }) => {
    expect(summaryBar(c, width)).toEqual(expected);
  });
  it.each(summary)('ends at the full width and counts every target: $year $scope', (entry) => {
    const bar = summaryBar(entry.counts, 100);
    expect(bar.at(-1)!.x + bar.at(-1)!.w).toBeCloseTo(100, 6);
    expect(bar.reduce((n, s) => n + s.count, 0)).toBe(totalOf(entry.counts));
  });
});

describe('the summary in words', () => {
  const entry: YearSummary = { region: 'zhumadian', year: 2024, scope: 'headline', counts: { ...countStatuses([]), met: 3, missed: 1, not_assessable: 5 } };
  const cases = [
    { lang: 'en', label: '9 headline targets', text: '2024, 9 headline targets: 3 met; 1 missed; 5 not assessable' },
    { lang: 'zh', label: '主要目标 9 项', text: '2024 年主要目标 9 项：达成 3 项；未达成 1 项；无法评估 5 项' },
  ] as const;
  it.each(cases)('$lang', ({ lang, label, text }) => {
    expect(summaryLabel(entry, lang)).toBe(label);
    expect(summaryText(entry, lang)).toBe(text);
  });
  it('the legend lists the statuses that occur, in the bars’ order', () => {
    expect(summaryStatuses([entry])).toEqual(['met', 'missed', 'not_assessable']);
  });
});

describe('headlineRow', () => {
  it('is the first scorecard row with a judged target and actuals to draw', () => {
    const rows = scorecardRows(dataset, 'zhumadian');
    const row = headlineRow(rows)!;
    expect(row.indicator.headline).toBe(true);
    expect(row.trend.length).toBeGreaterThan(0);
    expect(rows.indexOf(row)).toBe(rows.findIndex((r) => r.trend.length > 0 && r.cells.some((c) => c.pair && ['met', 'within_tolerance', 'near', 'missed'].includes(c.pair.status))));
    expect(headlineRow(rows.map((r) => ({ ...r, trend: [] })))).toBeNull();
  });
});

describe('sparklineSpan: a trend line is drawn and labelled with its years, or not drawn', () => {
  const pt = (year: number) => ({ year, value: year - 2000, estimated: false }) as never;
  const years = [2022, 2023, 2024, 2025];
  const cases = [
    { name: 'no point', points: [], expected: null },
    { name: 'one point', points: [pt(2023)], expected: null },
    { name: 'two points', points: [pt(2023), pt(2024)], expected: null },
    { name: 'three points', points: [pt(2022), pt(2023), pt(2024)], expected: { first: 2022, last: 2024 } },
    { name: 'three points, one outside the years', points: [pt(2021), pt(2023), pt(2024)], expected: null },
  ];
  it.each(cases)('$name', ({ points, expected }) => {
    expect(sparklineSpan(points, years)).toEqual(expected);
  });
  it('on the real scorecard, every drawn line has at least three points', () => {
    for (const row of scorecardRows(dataset, 'zhumadian')) {
      const span = sparklineSpan(row.trend, scoreYears(dataset, 'zhumadian'));
      if (span) expect(row.trend.filter((p) => p.year >= span.first && p.year <= span.last).length, row.indicator.id).toBeGreaterThanOrEqual(3);
      else expect(new Set(row.trend.map((p) => p.year)).size, row.indicator.id).toBeLessThan(3);
    }
  });
});
