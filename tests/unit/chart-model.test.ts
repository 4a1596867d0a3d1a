import { describe, expect, it } from 'vitest';
import { buildChartModel, chartSummary, layoutLegend, plotHeight, sourceLine, targetLabel, valuePlace } from '../../src/lib/chart-model';
import { markerFilled, markerPath } from '../../src/lib/markers';
import { assembleSeries } from '../../src/lib/series';
import { textWidth } from '../../src/lib/text';
import type { Comparator } from '../../src/lib/types';
import { DATASET, GDP_SLICE, GRAIN_TWO_TARGETS_SLICE } from '../fixtures/dataset';

describe('markerPath', () => {
  const cases: { c: Comparator; expected: string }[] = [
    { c: 'eq', expected: 'M40,50H60' },
    { c: 'about', expected: 'M39,46H61V54H39Z' },
    { c: 'at_least', expected: 'M40,50H60M44,46L50,40L56,46' },
    { c: 'at_most', expected: 'M40,50H60M44,54L50,60L56,54' },
    { c: 'range', expected: 'M43,50H57M50,50V30M43,30H57' },
    { c: 'qualitative', expected: 'M50,44L56,50L50,56L44,50Z' },
  ];
  for (const k of cases) it(`${k.c} marker`, () => expect(markerPath(k.c, 50, 50, 30)).toBe(k.expected));
  it('fills bands and diamonds only', () => {
    expect((['about', 'qualitative', 'eq', 'at_least'] as const).map(markerFilled)).toEqual([true, true, false, false]);
  });
});

describe('buildChartModel', () => {
  it('lays out the GDP chart in app mode', () => {
    const m = buildChartModel(GDP_SLICE, { lang: 'en', mode: 'app', width: 640 });
    expect(m.points.length).toBe(3);
    expect(m.targets.length).toBe(3);
    expect(m.segments.map((s) => s.estimated)).toEqual([true, false]);
    expect(m.gaps.map((g) => g.text)).toEqual(['✗ −2.9 pp', '△ −0.4 pp']);
    expect(m.header).toEqual([]);
    expect(m.footer).toEqual([]);
    expect(m.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025']);
    expect(m.yTicks[0]!.label).toMatch(/%$/);
    expect(m.legend.map((l) => l.key)).toEqual(['actual', 'estimated', 'about']);
    expect(m.points.map((p) => p.valueLabel)).toEqual(['4.5%', '4.1%', '6.1%']);
    expect(m.targets.map((t) => t.valueLabel)).toEqual(['≈ 7%', '≈ 6.5%', '≈ 6.5%']);
  });
  it('leaves value labels out when columns are narrow', () => {
    const m = buildChartModel(GDP_SLICE, { lang: 'en', mode: 'embed', width: 280 });
    expect(m.points.every((p) => p.valueLabel === '')).toBe(true);
  });
  it('draws title, subtitle, source and version inside the SVG in static mode', () => {
    const m = buildChartModel(GDP_SLICE, { lang: 'zh', mode: 'static', width: 800 });
    expect(m.header.map((h) => h.text)).toEqual(['地区生产总值 · 驻马店市', '同比增长，%，2022–2025']);
    expect(m.footer.at(-1)!.text).toBe('数据版本 fixture-0001');
    expect(m.footer[0]!.text).toContain('2023年驻马店市政府工作报告（2023年1月4日）');
    expect(m.height).toBeGreaterThan(plotHeight(800, 'static'));
  });
  it('draws qualitative wording only when its column has room for it', () => {
    const obs = DATASET.observations.filter((o) => o.region === 'zhumadian' && o.indicator_id === 'trade');
    const actual = obs.find((o) => o.kind === 'actual')!;
    // Actuals back to 2017: nine columns.
    const early = [2017, 2018, 2019, 2020, 2021].map((y) => ({ ...actual, id: `${actual.id}-${y}`, period: String(y) }));
    const trade = { ...GDP_SLICE, observations: [...early, ...obs] };
    const text = (width: number) => buildChartModel(trade, { lang: 'zh', mode: 'app', width }).targets.find((t) => t.comparator === 'qualitative')!.text;
    expect(text(1280)).toBe('稳中提质');
    expect(text(360)).toBe('');
  });
  it('keeps qualitative wording inside the chart', () => {
    const long = '进出口稳中提质'.repeat(12);
    const obs = DATASET.observations.filter((o) => o.region === 'zhumadian' && o.indicator_id === 'trade');
    const trade = { ...GDP_SLICE, observations: obs.map((o) => (o.comparator === 'qualitative' ? { ...o, value_text: long } : o)) };
    const m = buildChartModel(trade, { lang: 'zh', mode: 'static', width: 1280 });
    const q = m.targets.find((t) => t.comparator === 'qualitative')!;
    expect(q.text).not.toBe('');
    expect(q.x + 9 + textWidth(q.text, 11)).toBeLessThanOrEqual(m.width - 12);
  });
  it('drops gap units when columns are narrow', () => {
    const m = buildChartModel(GDP_SLICE, { lang: 'en', mode: 'embed', width: 300 });
    expect(m.gaps.map((g) => g.text)).toEqual(['✗ −2.9', '△ −0.4']);
  });
  it('never goes below the minimum width', () => {
    expect(buildChartModel(GDP_SLICE, { lang: 'en', mode: 'app', width: 10 }).width).toBe(240);
  });
});

describe('valuePlace', () => {
  const p = { x: 100, y: 100 };
  const cases: { name: string; args: Parameters<typeof valuePlace>; expected: ReturnType<typeof valuePlace> }[] = [
    { name: 'alone: under the dot', args: [p], expected: { x: 100, y: 117, anchor: 'middle' } },
    { name: 'line level or above on both sides: under', args: [p, { y: 100 }, { y: 60 }], expected: { x: 100, y: 117, anchor: 'middle' } },
    { name: 'line rising into the dot: right of it', args: [p, { y: 160 }, { y: 90 }], expected: { x: 107, y: 115, anchor: 'start' } },
    { name: 'last dot after a rise: right of it', args: [p, { y: 160 }], expected: { x: 107, y: 115, anchor: 'start' } },
    { name: 'line falling away to the right: left of it', args: [p, { y: 80 }, { y: 160 }], expected: { x: 93, y: 115, anchor: 'end' } },
    { name: 'peak: above', args: [p, { y: 160 }, { y: 160 }], expected: { x: 100, y: 90, anchor: 'middle' } },
    { name: 'peak with a gap label above: under', args: [p, { y: 160 }, { y: 160 }, true], expected: { x: 100, y: 117, anchor: 'middle' } },
  ];
  for (const c of cases) it(c.name, () => expect(valuePlace(...c.args)).toEqual(c.expected));
});

describe('y-axis title', () => {
  // Glyph boxes from the font sizes: the title (12 px) reaches 0.25 em below its baseline; the top
  // tick label (11 px, dy 0.32em) reaches about 0.8 em above its baseline.
  const titleBottom = (m: ReturnType<typeof buildChartModel>) => m.yTitleY + 0.25 * 12;
  const tickTop = (m: ReturnType<typeof buildChartModel>) => Math.min(...m.yTicks.map((t) => t.y)) + (0.32 - 0.8) * 11;
  for (const mode of ['app', 'embed', 'static'] as const) {
    for (const width of [240, 360, 640, 1280]) {
      for (const lang of ['zh', 'en'] as const) {
        it(`clears the top tick label: ${mode}, ${width} px, ${lang}`, () => {
          const m = buildChartModel(GDP_SLICE, { lang, mode, width });
          expect(tickTop(m) - titleBottom(m)).toBeGreaterThanOrEqual(4);
          expect(m.yTitleY - 12).toBeGreaterThanOrEqual(m.header.length ? m.header.at(-1)!.y + 4 : 0);
        });
      }
    }
  }
});

describe('several targets in one year', () => {
  const m = buildChartModel(GRAIN_TWO_TARGETS_SLICE, { lang: 'en', mode: 'app', width: 640 });
  const [head, plan] = m.targets;
  const column = m.xTicks.find((t) => t.label === '2025')!.x;
  it('draws each distinct target once, side by side within the year, the headline one left', () => {
    expect(m.targets.length).toBe(2);
    expect(head!.x).toBeLessThan(column);
    expect(plan!.x).toBeGreaterThan(column);
    expect(plan!.x - head!.x).toBeGreaterThanOrEqual(20);
    expect([head!.comparator, plan!.comparator]).toEqual(['at_least', 'about']);
  });
  it('labels values outwards and names each document', () => {
    expect([head!.labelAnchor, plan!.labelAnchor]).toEqual(['end', 'start']);
    expect(head!.label).toContain('≥ 160 (100m jin) · Zhumadian Government Work Report 2025 — … pending');
    expect(plan!.label).toContain(' · Zhumadian High-standard Farmland Plan');
    expect(plan!.obs.document_id).toBe('zmd-grain-plan-2021');
  });
});

describe('text alternatives', () => {
  const s = assembleSeries(GDP_SLICE);
  it('uses Chinese punctuation in Chinese labels', () => {
    expect(targetLabel(s.targets[0]!, 'zh')).toBe('2023 目标：≈ 7% — ✗ 未达成，差距 −2.9 百分点');
  });
  it('summarises every mark', () => {
    expect(chartSummary(s, 'en')).toBe(
      '2022 Actual: 4.5% (estimated); 2023 Actual: 4.1%; 2024 Actual: 6.1%; 2023 Target: ≈ 7% — ✗ missed, gap −2.9 pp; 2024 Target: ≈ 6.5% — △ narrowly missed, gap −0.4 pp; 2025 Target: ≈ 6.5% — … pending.',
    );
  });
  it('names the documents with dates', () => {
    expect(sourceLine(GDP_SLICE, s, 'en')).toBe(
      'Source: Zhumadian Government Work Report 2023 (4 Jan 2023); Zhumadian Government Work Report 2024 (21 Feb 2024); Zhumadian Government Work Report 2025 (21 Feb 2025)',
    );
  });
  it('wraps legend items into rows', () => {
    const l = layoutLegend(s, 'en', 0, 200, 0);
    expect(l.items.map((i) => i.y)).toEqual([9, 9, 29]);
  });
});
