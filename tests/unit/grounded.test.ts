/**
 * Every row of the built dataset is grounded in its source: the quote occurs in the source file
 * (line breaks removed), starts on source_line, holds the figure as written, and the figure's
 * offsets point at that figure.
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

  it('quote starts on source_line and holds the figure at its offsets', () => {
    const starts = lineStarts.get(o.source_file)!;
    const lineStart = starts[o.source_line - 1]!;
    const lineEnd = (starts[o.source_line] ?? source.length + 1) - 1;
    const window = source.slice(lineStart, lineEnd + o.quote.length * 4 + 200);
    const flat = window.replace(/\r?\n/g, '');
    const at = flat.indexOf(o.quote);
    expect(at, 'quote found from source_line').toBeGreaterThanOrEqual(0);
    expect(at, 'quote starts on source_line').toBeLessThan(Math.max(1, lineEnd - lineStart));
    // The quote's span in the original covers the figure's offsets.
    const quoteStart = lineStart + at;
    expect(o.source_start).toBeGreaterThanOrEqual(quoteStart);
    expect(o.source_end).toBeGreaterThan(o.source_start);
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
