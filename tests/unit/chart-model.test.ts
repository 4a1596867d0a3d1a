import { describe, expect, it } from 'vitest';
import { staticCredit } from '../../src/lib/chart-chrome';
import { blockSize, LABEL_LINE, LABEL_SIZE, overlaps, type Box } from '../../src/lib/chart-labels';
import { axisKind, buildChartModel, plotHeight, type ChartMode } from '../../src/lib/chart-model';
import type { ChartModel, LabelGeom } from '../../src/lib/chart-types';
import { markerFilled, markerPath, spanPath } from '../../src/lib/markers';
import { slicesOf } from '../../scripts/build/pipeline.ts';
import type { Comparator, Lang } from '../../src/lib/types';
import { caveatedInvestmentSlice, derivedTradeSlice, realDataset, realSlice } from '../fixtures/real-slices';

const BASE = 'https://tracker.example/';

describe('markerPath and spanPath', () => {
  const cases: { c: Comparator; expected: string }[] = [
    { c: 'eq', expected: 'M40,50H60' },
    { c: 'about', expected: 'M39,46H61V54H39Z' },
    { c: 'at_least', expected: 'M40,50H60M44,46L50,40L56,46' },
    { c: 'at_most', expected: 'M40,50H60M44,54L50,60L56,54' },
    { c: 'range', expected: 'M43,50H57M50,50V30M43,30H57' },
    { c: 'qualitative', expected: 'M50,44L56,50L50,56L44,50Z' },
  ];
  for (const k of cases) it(`${k.c} marker`, () => expect(markerPath(k.c, 50, 50, 30)).toBe(k.expected));
  it('stretches a shape over a span', () => {
    expect(spanPath('at_least', 0, 100, 50)).toBe('M1,50H99M44,46L50,40L56,46');
    expect(spanPath('range', 0, 100, 50, 30)).toBe('M0,50H100V30H0Z');
  });
  it('fills bands, ranges and diamonds only', () => {
    expect((['about', 'qualitative', 'range', 'eq', 'at_least'] as const).map(markerFilled)).toEqual([true, true, true, false, false]);
  });
});

describe('axisKind', () => {
  it('levels keep their distance from zero; growth and changes do not', () => {
    expect((['level', 'cumulative', 'multiple', 'yoy_growth', 'annual_avg_growth', 'change_pp'] as const).map(axisKind)).toEqual([
      'level', 'level', 'level', 'change', 'change', 'change',
    ]);
  });
});

const labelBox = (l: LabelGeom): Box => {
  const { w, h } = blockSize(l.lines.map((x) => x.text));
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, y0: l.y - 12, x1: x0 + w, y1: l.y - 12 + h };
};
const texts = (m: ChartModel) => [...m.header, ...m.footer].map((l) => l.lines[0]!.text);

describe('the grain chart (issue 8: time as stated, no zoomed axis)', () => {
  const m = buildChartModel(realSlice('zhumadian', 'grain_output'), { lang: 'zh', mode: 'static', width: 640 });
  const span = m.spans[0]!;
  it('draws 2018–2022 as a span across its years, not a point in 2022', () => {
    const x2018 = m.xTicks.find((t) => t.label === '2018')!.x;
    const x2022 = m.xTicks.find((t) => t.label === '2022')!.x;
    expect(span.kind).toBe('actual');
    expect(span.x0).toBeLessThan(x2018);
    expect(span.x1).toBeGreaterThan(x2022);
    expect(m.points.map((p) => p.year)).toEqual([2024]);
  });
  it('joins no line to the span', () => {
    expect(m.segments).toEqual([]);
  });
  it('labels the span with its period and wording', () => {
    expect(m.labels.flatMap((l) => l.lines.map((x) => x.text))).toContain('2018–2022：≥ 160');
  });
  it('does not make 160 → 161.4 a cliff', () => {
    const rise = Math.abs(m.points[0]!.y - span.y);
    expect(rise).toBeLessThan((m.plot.bottom - m.plot.top) / 10);
  });
});

describe('Yicheng GDP: a far-horizon target after an axis break', () => {
  const m = buildChartModel(realSlice('yicheng', 'gdp'), { lang: 'en', mode: 'app', width: 640 });
  it('cuts the empty years 2021–2034 and names 2035', () => {
    expect(m.breaks).toHaveLength(1);
    expect(m.xTicks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2035']);
    const t2035 = m.targets.find((t) => t.obs.period === '2035')!;
    expect(t2035.x).toBeGreaterThan(m.breaks[0]!);
    expect(m.labels.some((l) => l.lines.some((x) => x.text === '≥ 1,500'))).toBe(true);
  });
  it('draws no line across the break', () => {
    for (const s of m.segments) {
      const xs = [...s.d.matchAll(/[ML]([\d.]+),/g)].map((x) => Number(x[1]));
      expect(Math.max(...xs)).toBeLessThan(m.breaks[0]!);
    }
  });
});

describe('GDP: gaps beside the actual they describe, statuses in words', () => {
  const m = buildChartModel(realSlice('zhumadian', 'gdp'), { lang: 'en', mode: 'app', width: 640 });
  it('draws a thin line from each judged target to its actual, in the status colour', () => {
    expect(m.gaps.map((g) => [g.x, g.y2])).toEqual(m.points.map((p) => [p.x, p.y]));
  });
  it('puts the status and gap in the label block of the actual', () => {
    for (const p of m.points) {
      const block = m.labels.find((l) => l.lines.some((x) => x.ink !== 'fg' && x.ink !== 'target') && Math.abs(l.x - p.x) < 30 && Math.abs(l.y - p.y) < 40);
      expect(block, `label of ${p.year}`).toBeDefined();
      expect(block!.lines[0]!.text).toMatch(/%$/);
    }
  });
  it('says what happened in one line from the pairs', () => {
    expect(m.takeaway).toMatch(/^Missed in 2023[,;] .* in 2024[,;] 2025 pending$/);
  });
  it('writes the legend in a reader’s words, with the values', () => {
    expect(m.legend.map((l) => l.label)).toContain('≈ target of about 6.5%, 7%');
    expect(m.legend.some((l) => /target: about/.test(l.label))).toBe(false);
  });
});

describe('an actual stated as a bound', () => {
  it('says its modifier in its label and the takeaway ("over a million": ≥ 100)', () => {
    const slice = realSlice('zhumadian', 'population');
    const m = buildChartModel(slice, { lang: 'en', mode: 'app', width: 640 });
    expect(m.points[0]!.obs.comparator).toBe('at_least');
    expect(m.labels.flatMap((l) => l.lines.map((x) => x.text))).toContain('≥ 100');
    expect(m.takeaway).toBe('Latest figure: ≥ 100 (10k people) in 2022');
  });
});

describe('static mode: the chart stands alone', () => {
  const slice = realSlice('zhumadian', 'gdp');
  const m = buildChartModel(slice, { lang: 'en', mode: 'static', width: 640, credit: staticCredit(slice, '', 'en', BASE, 640) });
  it('has a title, the takeaway and what is measured, and no y-axis title repeating it', () => {
    expect(m.header.map((h) => h.lines[0]!.text)).toEqual(['Gross regional product (GDP) · Zhumadian city', m.takeaway, 'Growth on previous year, %, 2023–2025']);
    expect(m.yTitle).toBeNull();
    expect(texts(m).filter((t) => t.includes('Growth on previous year'))).toHaveLength(1);
  });
  it('credits the documents, the site with its link and the dataset version', () => {
    const foot = texts(m).join('\n');
    expect(foot).toContain('Source: Zhumadian Government Work Report 2023, 2024, 2025');
    expect(foot).toContain(`Zhumadian: promises and results · Dataset version ${slice.version}`);
    expect(foot).toContain('tracker.example/?view=indicator&lang=en');
  });
  it('app and embed modes keep the y-axis title and leave the credit to the page', () => {
    const app = buildChartModel(slice, { lang: 'zh', mode: 'app', width: 640 });
    expect(app.yTitle?.text).toBe('同比增长 (%)');
    expect(app.header).toEqual([]);
    expect(app.footer).toEqual([]);
  });
});

describe('derived actuals and caveats', () => {
  it('draws a derived actual hollow with a dotted ring, says so in its label and tooltip', () => {
    const m = buildChartModel(derivedTradeSlice(), { lang: 'en', mode: 'app', width: 640, measure: 'yoy_growth:%' });
    expect(m.points.map((p) => p.style)).toEqual(['derived', 'derived']);
    expect(m.points[0]!.label).toBe('2023 Actual: −14.6% (derived)');
    expect(m.points[0]!.notes[0]).toMatch(/^Derived from 2022 92 \(100m yuan\) and 2023 78\.6 \(100m yuan\)$/);
    expect(m.segments.map((s) => s.style)).toEqual(['derived']);
    expect(m.legend.map((l) => l.key)).toContain('derived');
  });
  it.each([
    ['zh', 'embed', 360],
    ['en', 'embed', 360],
    ['zh', 'app', 640],
    ['en', 'static', 640],
  ] as const)('%s %s %i px: each judged actual is labelled with its value and its gap (the phone embed once kept the gap alone)', (lang, mode, width) => {
    const m = buildChartModel(derivedTradeSlice(), { lang, mode, width, measure: 'yoy_growth:%' });
    const values = m.points.map((p) => p.label.split(/: |：/).at(-1)!);
    expect(values).toHaveLength(2);
    for (const v of values) {
      const label = m.labels.find((l) => l.lines[0]!.text === v);
      expect(label, v).toBeDefined();
      expect(label!.lines).toHaveLength(2);
      expect(label!.lines[1]!.ink).toBe('missed');
    }
  });
  it.each([360, 640])('%i px: no label lies across the zero line of a growth chart', (width) => {
    const m = buildChartModel(derivedTradeSlice(), { lang: 'en', mode: 'embed', width, measure: 'yoy_growth:%' });
    expect(m.zeroY).not.toBeNull();
    for (const l of m.labels) {
      const { w, h } = blockSize(l.lines.map((x) => x.text));
      const y0 = l.y - LABEL_LINE / 2 - (LABEL_SIZE * 0.8) / 2 + 1;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      const crosses = y0 - 2 < m.zeroY! && m.zeroY! < y0 + h + 2 && x0 < m.plot.right && x0 + w > m.plot.left;
      expect(crosses, l.lines.map((x) => x.text).join(' / ')).toBe(false);
    }
  });
  it('numbers the caveats, refers to them from the labels and prints them under the chart', () => {
    const slice = caveatedInvestmentSlice();
    const m = buildChartModel(slice, { lang: 'zh', mode: 'embed', width: 640 });
    const refs = m.labels.flatMap((l) => l.lines).filter((l) => / \[[\d–, ]+\]$/.test(l.text));
    expect(refs.length).toBeGreaterThan(0);
    const notes = texts(m);
    expect(notes.length).toBeGreaterThanOrEqual(slice.caveats.length);
    for (const [i, c] of slice.caveats.entries()) expect(notes.join('')).toContain(`[${i + 1}] ${c.zh}`);
    for (const mark of [...m.points, ...m.targets]) expect(new Set(mark.notes).size, mark.label).toBe(mark.notes.length);
    expect(m.targets[0]!.notes).toContain(slice.caveats[0]!.zh);
  });
  it('draws no gap for a pair that is not comparable, and says so in words', () => {
    const slice = caveatedInvestmentSlice();
    const m = buildChartModel(slice, { lang: 'en', mode: 'app', width: 640 });
    expect(slice.pairs.map((p) => p.status)).toContain('not_comparable');
    expect(m.gaps).toEqual([]);
    const status = m.labels.flatMap((l) => l.lines).find((l) => l.ink === 'not_comparable')!;
    expect(status.text).toMatch(/^≠ not comparable \[/);
  });
});

describe('every real slice, every mode, phone to desktop', () => {
  const slices = slicesOf(realDataset());
  it('covers every slice of the build', () => expect(slices.length).toBeGreaterThan(200));
  const runs: { mode: ChartMode; width: number; lang: Lang }[] = [
    { mode: 'embed', width: 360, lang: 'zh' },
    { mode: 'app', width: 640, lang: 'en' },
    { mode: 'static', width: 640, lang: 'zh' },
    { mode: 'app', width: 1280, lang: 'en' },
  ];
  for (const run of runs) {
    it(`${run.mode} ${run.width} px ${run.lang}: labels clear of each other and inside the chart; no text under 13 px`, () => {
      for (const slice of slices) {
        const m = buildChartModel(slice, { ...run, credit: run.mode === 'static' ? staticCredit(slice, '', run.lang, BASE, run.width) : [] });
        const boxes = m.labels.map(labelBox);
        for (const [i, b] of boxes.entries()) {
          expect(b.x0, `${slice.region}--${slice.indicator.id}`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${slice.region}--${slice.indicator.id}`).toBeLessThanOrEqual(m.width);
          for (const o of boxes.slice(i + 1)) expect(overlaps(b, o), `${slice.region}--${slice.indicator.id}`).toBe(false);
          for (const p of m.points) expect(overlaps(b, { x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 }), `${slice.indicator.id} point`).toBe(false);
        }
        for (const l of [...m.header, ...m.footer, ...m.labels]) expect(l.size).toBeGreaterThanOrEqual(13);
        expect(m.height).toBeGreaterThan(plotHeight(m.width, run.mode));
      }
    });
  }
});
