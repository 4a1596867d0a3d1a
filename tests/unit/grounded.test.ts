/**
 * Every row of the built dataset is grounded in its source: the quote occurs in the source file
 * (line breaks removed) around the figure, holds the figure as written, the figure's offsets
 * point at that figure, and source_line is the line the figure is on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const sources = new Map(dataset.documents.map((d) => [d.file, readFileSync(`seeds/${d.file}`, 'utf8')]));
const lineStarts = new Map(
  [...sources].map(([file, text]) => {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return [file, starts] as const;
  }),
);
const unbroken = new Map([...sources].map(([file, text]) => [file, text.replace(/\r?\n/g, '')]));

/** Numbers written in a text (full-width digits and thousands separators normalised). */
function numbersIn(text: string): number[] {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  return [...ascii.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

const stated = dataset.observations.filter((o) => !o.derived);
const derived = dataset.observations.filter((o) => o.derived);
const byId = new Map(dataset.observations.map((o) => [o.id, o]));
const rows = stated.map((o) => ({ label: `${o.id} (${o.source_file}:${o.source_line})`, o }));

describe.each(derived.map((o) => ({ label: o.id, o })))('derived $label', ({ o }) => {
  it('cites two stated rows of the same indicator and region, a year apart, and is computed from them', () => {
    const from = o.derived_from.split(' ').map((id) => byId.get(id));
    expect(from).toHaveLength(2);
    const [before, now] = from;
    expect(before && now && !before.derived && !now.derived).toBe(true);
    expect([before!.indicator_id, now!.indicator_id]).toEqual([o.indicator_id, o.indicator_id]);
    expect([before!.region, now!.region]).toEqual([o.region, o.region]);
    expect(Number(now!.period) - Number(before!.period)).toBe(1);
    expect(now!.period).toBe(o.period);
    expect(o.value).toBeCloseTo(Math.round(((now!.value! - before!.value!) / before!.value!) * 1000) / 10, 6);
    expect(o.section).toBe('derived');
    expect(o.value_text).toContain(String(o.value));
  });
});

describe('the built dataset', () => {
  it('has rows from the work reports and the plan', () => {
    const docs = new Set(dataset.observations.map((o) => o.document_id));
    for (const id of ['zmd-gwr-2023', 'zmd-gwr-2024', 'zmd-gwr-2025', 'yc-fyp14']) expect(docs).toContain(id);
  });
});

describe.each(rows)('$label', ({ o }) => {
  const source = sources.get(o.source_file)!;

  it('quote occurs in the source file with line breaks removed', () => {
    expect(o.quote.length).toBeGreaterThan(0);
    expect(unbroken.get(o.source_file)).toContain(o.quote);
  });

  it('is cited by the line its figure is on, and its quote covers the figure', () => {
    const starts = lineStarts.get(o.source_file)!;
    expect(o.source_line, 'the line of source_start').toBe(starts.filter((s) => s <= o.source_start).length);
    expect(o.source_end).toBeGreaterThan(o.source_start);
    // The quote, with a line break allowed between any two characters, found around the figure.
    const from = Math.max(0, o.source_start - o.quote.length * 3 - 100);
    const near = source.slice(from, o.source_end + o.quote.length * 3 + 100);
    const pattern = new RegExp([...o.quote].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:\\r?\\n)*'), 'g');
    const spans = [...near.matchAll(pattern)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
    expect(spans.some(({ start, end }) => start <= o.source_start && o.source_end <= end), 'a quote span covers the figure').toBe(true);
  });

  it('contains its value as written', () => {
    const written = source.slice(o.source_start, o.source_end).replace(/\r?\n/g, '');
    expect(o.quote).toContain(o.value_text);
    if (o.comparator !== 'qualitative') {
      expect(written).toBe(o.value_text);
      const numbers = numbersIn(o.value_text);
      // 下降 13.8% is stated as 13.8 and kept as −13.8: the sign comes from the words, the figure from the text.
      expect(numbers).toContain(Math.abs(o.value!));
      if (o.value_max !== null) expect(numbers).toContain(o.value_max);
    } else {
      expect(o.value).toBeNull();
    }
  });
});
