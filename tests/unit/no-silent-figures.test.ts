/**
 * No figure leaves the build silently: every number with a unit in every document of the seeds
 * becomes a row (at its offsets, or folded into a row that lists its place in also_stated_in) or a
 * warning that points at it with a reason.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { listRun } from '../../scripts/extract/naming.ts';
import { figureStarts, parseFigure } from '../../scripts/extract/numbers.ts';
import { tableRanges } from '../../scripts/extract/policy.ts';
import { flatten, lineOf } from '../../scripts/extract/text.ts';
import { readFileSync } from 'node:fs';

const { dataset, coverage } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });

interface Figure {
  file: string;
  document: string;
  start: number;
  end: number;
  text: string;
}

/** Every figure with a unit, as the extractors parse them, with its source span. */
function figures(): Figure[] {
  const out: Figure[] = [];
  for (const d of dataset.documents) {
    const source = readFileSync(`seeds/${d.file}`, 'utf8');
    const start = source.split('\n').slice(0, d.line_start - 1).join('\n').length + (d.line_start > 1 ? 1 : 0);
    const end = source.split('\n').slice(0, d.line_end).join('\n').length;
    const flat = flatten(source, start, end);
    // A plan's tables are read cell by cell (tests/unit/fyp-tables.test.ts): row numbers are not figures.
    const tables = d.kind === 'five_year_plan' ? tableRanges(source, start, end) : [];
    let last = 0;
    for (const pos of figureStarts(flat.text)) {
      if (pos < last) continue;
      const r = parseFigure(flat.text, pos);
      if (!r.ok) continue;
      last = r.figure.end;
      // A number without a unit (a date, a list number, a code) is not a figure — unless the list it
      // opens gives it one (72、43微克/立方米) or it opens a ratio (18.3：42.3：39.4).
      const unit = r.figure.unit || listRun(flat.text, r.figure, flat.text.length)[0]!.unit;
      if (unit === '' && !/^[：:]\d/.test(flat.text.slice(r.figure.numberEnd, r.figure.numberEnd + 2))) continue;
      const s = flat.map[r.figure.numberStart]!;
      if (tables.some((t) => t.start <= s && s < t.end)) continue;
      const e = flat.map[Math.max(r.figure.numberStart, r.figure.numberEnd - 1)]! + 1;
      out.push({ file: d.file, document: d.id, start: s, end: e, text: flat.text.slice(Math.max(0, r.figure.start - 12), r.figure.end) });
    }
  }
  return out;
}

const all = figures();
const rows = dataset.observations.filter((o) => !o.derived);
const places = new Set(rows.flatMap((o) => o.also_stated_in.split(' ').filter(Boolean).map((p) => p.split(':').slice(1).join(':'))));

describe('every figure of the seeds', () => {
  it('there are many', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('is a row or a warning with a reason', () => {
    const silent = all.filter((f) => {
      const row = rows.some((o) => o.source_file === f.file && o.source_start < f.end && f.start < o.source_end);
      if (row) return false;
      // Folded into a row stated elsewhere (the task notice repeats the report): its place is listed
      // by the line where the repeating statement's quote starts, at or some lines before the figure (the seeds put a blank line after each line).
      const source = readFileSync(`seeds/${f.file}`, 'utf8');
      const line = lineOf(source, f.start);
      for (let l = line; l >= line - 20; l--) if (places.has(`${f.file}:${l}`)) return false;
      return !coverage.warnings.some((w) => w.file === f.file && w.at !== undefined && f.start <= w.at && w.at < f.end + 4);
    });
    expect(silent.map((f) => `${f.document} ${f.file}:${f.start} …${f.text}`)).toEqual([]);
  });

  it('every warning about a figure says why', () => {
    for (const w of coverage.warnings.filter((x) => x.at !== undefined)) expect(w.message).toMatch(/\(.+\)|no-data cell|unit not stated/);
  });
});
