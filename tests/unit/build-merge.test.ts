/**
 * The merge on what extraction finds in the seeds: every statement of every document, before the
 * merge, extracted the way the build extracts them (its inputs, its catalogue and rules). Repeats,
 * distinct values and the places listed come from the seeds; an edge case no seed contains (two
 * headline statements that disagree, a baseline that differs from its outcome, a clash of ids) is
 * made from a real statement with one field changed, and says so.
 */
import { describe, expect, it } from 'vitest';
import { factKey, mergeObservations, placeOf, valueKey } from '../../scripts/build/merge.ts';
import { loadInputs } from '../../scripts/build/pipeline.ts';
import { extractDocument } from '../../scripts/extract/index.ts';
import type { Observation } from '../../src/lib/types.ts';
import { realDataset } from '../fixtures/real-slices';
import { extractionInputs } from '../helpers/inputs.ts';

const { seeds, located } = loadInputs({ seedsDir: 'seeds', dataDir: 'data' });
const texts = new Map(seeds.map((s) => [s.meta.file, s.text]));
/** What the build hands the merge: every document's statements, in manifest order. */
const extracted: readonly Observation[] = located.flatMap(
  (d) => extractDocument({ doc: d.doc, file: d.file, source: texts.get(d.file)!, start: d.start, end: d.end, ...extractionInputs }).observations,
);
const order = new Map(located.map((d, i) => [d.doc.id, i]));

/** The one extracted statement with these fields (a test chooses statements by what they are). */
function statement(where: Partial<Observation>): Observation {
  const found = extracted.filter((o) => Object.entries(where).every(([k, v]) => o[k as keyof Observation] === v));
  if (found.length !== 1) throw new Error(`${found.length} statements match ${JSON.stringify(where)}`);
  return found[0]!;
}
/** Every statement of the fact `o` states with the value it gives: what the merge folds into one row. */
const repeats = (o: Observation) => extracted.filter((x) => factKey(x) === factKey(o) && valueKey(x) === valueKey(o));
/** Every statement of the fact, whatever its value. */
const statementsOf = (o: Observation) => extracted.filter((x) => factKey(x) === factKey(o));
const places = (also: string) => also.split(' ').filter(Boolean).sort();

describe('mergeObservations on the seeds', () => {
  const all = mergeObservations(extracted, order);

  it('merges everything the seeds state without a finding, into the rows the build publishes', () => {
    expect(all.findings).toEqual([]);
    expect(all.observations.length).toBeLessThan(extracted.length);
    const published = realDataset().observations.filter((o) => !o.derived);
    expect(all.observations.map((o) => o.id)).toEqual(published.map((o) => o.id));
  });

  const folds: { name: string; kept: Partial<Observation>; statements: number }[] = [
    { name: 'the task notice repeats a headline target (GDP 6.5%左右)', kept: { document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'gdp' }, statements: 2 },
    { name: 'a qualitative headline target and its repetition (进出口稳中提质)', kept: { document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'trade' }, statements: 2 },
    {
      name: 'grain output 160亿斤以上: headline, report body, the notice twice, a 2021 plan',
      kept: { document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'grain_output' },
      statements: 5,
    },
    { name: 'a table outcome restated in the text (驿城区 urbanisation 2020)', kept: { document_id: 'yc-fyp14', section: 'table_1_1', indicator_id: 'urbanisation', kind: 'actual', period: '2020' }, statements: 2 },
    { name: 'a five-year target restated in the text (驿城区 GDP 7.5%以上)', kept: { document_id: 'yc-fyp14', section: 'table_2_1', indicator_id: 'gdp', kind: 'target' }, statements: 2 },
    { name: 'the same target twice in one policy (30 engineering centres)', kept: { document_id: 'zmd-investment-trade-2021', indicator_id: 'engineering_centres', lead_departments: '' }, statements: 2 },
  ];
  it.each(folds)('folds $name into the first statement, listing the other places', ({ kept, statements }) => {
    const first = statement(kept);
    const input = repeats(first);
    expect(input).toHaveLength(statements);
    const r = mergeObservations(input, order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(1);
    const row = r.observations[0]!;
    expect(row).toMatchObject({ id: first.id, quote: first.quote, source_line: first.source_line });
    expect(places(row.also_stated_in)).toEqual(input.filter((o) => o !== first).map(placeOf).sort());
    // The whole merge does the same.
    expect(all.observations.filter((o) => repeats(first).some((x) => x.id === o.id)).map((o) => o.id)).toEqual([first.id]);
  });

  it('keeps the lead departments and deadline the task notice adds to a task of the report (6.4万 new urban jobs)', () => {
    const task = statement({ document_id: 'zmd-gwr-2025', section: 'tasks_body', indicator_id: 'new_urban_jobs' });
    const notice = statement({ document_id: 'zmd-tasks-2025', indicator_id: 'new_urban_jobs' });
    expect([task.lead_departments, task.deadline]).toEqual(['', '']);
    expect(notice.lead_departments).not.toBe('');
    expect(notice.deadline).not.toBe('');
    const r = mergeObservations([notice, task], order);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ id: task.id, lead_departments: notice.lead_departments, deadline: notice.deadline, also_stated_in: placeOf(notice) });
  });

  const distinct: { name: string; one: Partial<Observation>; rows: number }[] = [
    { name: 'two farmland figures of one year (34.3 and 41.6 万亩), each repeated by the notice', one: { document_id: 'zmd-gwr-2025', indicator_id: 'new_high_standard_farmland', value: 34.3 }, rows: 2 },
    // 建成5G基站3000个以上 and 5G基站3000个: the same number, but one is a floor (以上): two promises.
    { name: '5G base stations: 3000个以上 and 3000个 in two sections of a 2021 policy', one: { indicator_id: 'new_base_stations_5g', kind: 'target', comparator: 'at_least' }, rows: 2 },
    { name: '驿城区 GDP 2020: the table’s 537.7 and the text’s 537.73 (only the table is authoritative)', one: { document_id: 'yc-fyp14', section: 'table_1_1', indicator_id: 'gdp', kind: 'actual', period: '2020' }, rows: 2 },
  ];
  it.each(distinct)('keeps distinct values as separate rows: $name', ({ one, rows }) => {
    const input = statementsOf(statement(one));
    const values = new Set(input.map(valueKey));
    expect(values.size).toBe(rows);
    const r = mergeObservations(input, order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(rows);
    expect(new Set(r.observations.map(valueKey))).toEqual(values);
  });
});

describe('mergeObservations on cases no seed contains', () => {
  const headline = statement({ document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'gdp' });
  const notice = statement({ document_id: 'zmd-tasks-2025', section: 'task_notice', indicator_id: 'gdp' });

  // The seeds agree with themselves (the build would stop otherwise): a disagreement is the real
  // notice statement with another value or comparator.
  it.each([
    { name: 'another value (7.5%左右)', change: { value: 7.5, value_text: '7.5%左右' } },
    { name: 'another comparator (6.5% for 6.5%左右)', change: { comparator: 'eq' as const, value_text: '6.5%' } },
  ])('is an error, naming both places, when a repeated headline target states $name', ({ change }) => {
    const r = mergeObservations([headline, { ...notice, ...change }], order);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ level: 'error', file: notice.source_file, line: notice.source_line });
    expect(r.findings[0]!.message).toContain(`${notice.source_file}:${notice.source_line} (${notice.document_id}, task_notice)`);
    expect(r.findings[0]!.message).toContain(`but ${headline.source_file}:${headline.source_line} (${headline.document_id}, headline_targets)`);
  });

  it('compares qualitative statements by their wording, spaces ignored', () => {
    const trade = statement({ document_id: 'zmd-gwr-2025', section: 'headline_targets', indicator_id: 'trade' });
    const repeat = statement({ document_id: 'zmd-tasks-2025', section: 'task_notice', indicator_id: 'trade', comparator: 'qualitative' });
    // A line break in a PDF conversion leaves a space inside the words (as in the report's "6.5%左 右").
    const spaced = { ...repeat, value_text: repeat.value_text.replace(/^(..)/, '$1 ') };
    expect(spaced.value_text).not.toBe(trade.value_text);
    const r = mergeObservations([trade, spaced], order);
    expect(r.findings).toEqual([]);
    expect(r.observations).toHaveLength(1);
    // Other words are another statement: an error among headline statements.
    expect(mergeObservations([trade, { ...repeat, value_text: `${repeat.value_text}，稳中有进` }], order).findings).toHaveLength(1);
  });

  it('warns when a table baseline differs from the actual stated for the same period (驿城区 urbanisation 2020)', () => {
    const actual = statement({ document_id: 'yc-fyp14', section: 'table_1_1', indicator_id: 'urbanisation', kind: 'actual', period: '2020' });
    const baseline = statement({ document_id: 'yc-fyp14', section: 'table_2_1', indicator_id: 'urbanisation', kind: 'baseline', period: '2020' });
    expect(baseline.value).toBe(actual.value);
    expect(mergeObservations([actual, baseline], order).findings).toEqual([]);
    // Table 2-1 restates table 1-1's figure; a revised or misconverted one is the real row changed.
    const r = mergeObservations([actual, { ...baseline, value: actual.value! - 0.2 }], order);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ level: 'warning', file: baseline.source_file, line: baseline.source_line });
  });

  it('makes ids unique and does not mutate its input', () => {
    // The extractor numbers two figures of one line itself (X, X~2); given the same id twice, the
    // merge must still not publish it twice.
    const second = extracted.find((o) => o.id.endsWith('~2'))!;
    const first = extracted.find((o) => o.id === second.id.slice(0, -2))!;
    const input = [first, { ...second, id: first.id }];
    const before = JSON.stringify(input);
    const r = mergeObservations(input, order);
    expect(r.observations.map((o) => o.id)).toEqual([first.id, `${first.id}~2`]);
    expect(JSON.stringify(input)).toBe(before);
  });
});
