import { describe, expect, it } from 'vitest';
import { layoutLegend, legendEntries, legendTextX } from '../../src/lib/chart-legend';
import { axisTitle, chartTitles, statusPhrase, takeaway, targetLegend } from '../../src/lib/chart-words';
import { assembleSeries } from '../../src/lib/series';
import { textWidth } from '../../src/lib/text';
import { STATUSES, type Lang, type Status } from '../../src/lib/types';
import { caveatedInvestmentSlice, derivedTradeSlice, realSlice } from '../fixtures/real-slices';

describe('statusPhrase: every status in words a reader cannot misread', () => {
  const expected: Record<Status, Record<Lang, string>> = {
    met: { en: 'met in 2023 and 2024', zh: '2023、2024年达成' },
    within_tolerance: { en: 'short, within margin in 2023 and 2024', zh: '2023、2024年未达，在“左右”幅度内' },
    near: { en: 'narrowly missed in 2023 and 2024', zh: '2023、2024年小幅未达成' },
    missed: { en: 'missed in 2023 and 2024', zh: '2023、2024年未达成' },
    not_comparable: { en: '2023 and 2024 not comparable', zh: '2023、2024年口径不可比' },
    not_assessable: { en: '2023 and 2024 not assessable', zh: '2023、2024年无法评估' },
    pending: { en: '2023 and 2024 pending', zh: '2023、2024年待评估' },
  };
  for (const status of STATUSES) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${status} (${lang})`, () => expect(statusPhrase(status, ['2023', '2024'], lang)).toBe(expected[status][lang]));
    }
  }
  it('names spans and derived actuals', () => {
    expect(statusPhrase('missed', ['2023', '2024', '2021-2025'], 'en', true)).toBe('missed in 2023, 2024 and 2021–2025 (derived)');
    expect(statusPhrase('pending', ['2021-2025'], 'zh')).toBe('2021–2025年待评估');
  });
});

describe('takeaway from real slices', () => {
  const line = (slice: ReturnType<typeof realSlice>, lang: Lang, measure = '') => takeaway(assembleSeries(slice, measure), lang);
  it('follows the pairs year by year, as the judge decided them', () => {
    const slice = realSlice('zhumadian', 'gdp');
    const [y23, y24] = ['2023', '2024'].map((y) => slice.pairs.find((p) => p.period === y)!.status);
    // Runs are set apart by commas, or by semicolons when a status's words hold a comma ("short, within margin").
    const sep = [y23, y24].includes('within_tolerance') ? '；' : '，';
    expect(line(slice, 'zh')).toBe([statusPhrase(y23!, ['2023'], 'zh'), statusPhrase(y24!, ['2024'], 'zh'), '2025年待评估'].join(sep));
    expect(line(slice, 'en')).toMatch(sep === '；' ? /^Missed in 2023; .+ in 2024; 2025 pending$/ : /^Missed in 2023, .+ in 2024, 2025 pending$/);
  });
  it('sets runs apart by semicolons when a status’s words hold a comma', () => {
    const gdp = realSlice('zhumadian', 'gdp');
    expect(gdp.pairs.some((p) => p.status === 'within_tolerance')).toBe(true);
    expect(line(gdp, 'en')).toContain('; short, within margin in ');
    expect(line(gdp, 'zh')).toMatch(/；\d{4}年未达，在“左右”幅度内(；|$)/);
  });
  it('joins years of one status', () => {
    expect(line(derivedTradeSlice(), 'en', 'yoy_growth:%')).toBe('2021 not assessable, missed in 2023 and 2024 (derived), 2025 pending');
  });
  it('names a span target by its period', () => {
    expect(line(realSlice('yicheng', 'gdp'), 'zh', 'annual_avg_growth:%')).toBe('2021–2025年待评估');
  });
  it('without targets: the latest figure', () => {
    expect(line(realSlice('zhumadian', 'gdp'), 'en', 'level:亿元')).toBe('Latest figure: 3,342.7 (100m yuan) in 2024');
  });
});

describe('legend in a reader’s words', () => {
  const gdp = assembleSeries(realSlice('zhumadian', 'gdp'));
  const cases: { name: string; args: Parameters<typeof targetLegend>; expected: string }[] = [
    { name: 'about, newest value first (en)', args: ['about', gdp.targets, 'en'], expected: '≈ target of about 6.5%, 7%' },
    { name: 'about (zh)', args: ['about', gdp.targets, 'zh'], expected: '≈ 目标 6.5%、7%左右' },
    {
      name: 'at least, unit on the axis (zh)',
      args: ['at_least', assembleSeries(realSlice('zhumadian', 'grain_output')).targets, 'zh'],
      expected: '≥ 目标 160以上',
    },
    { name: 'at least (en)', args: ['at_least', assembleSeries(realSlice('zhumadian', 'grain_output')).targets, 'en'], expected: '≥ target of at least 160' },
    { name: 'a plain figure', args: ['eq', assembleSeries(caveatedInvestmentSlice()).targets, 'en'], expected: 'target 355' },
  ];
  for (const c of cases) it(c.name, () => expect(targetLegend(...c.args)).toBe(c.expected));

  it('lists figures, targets, then the statuses of the gaps drawn', () => {
    const keys = legendEntries(assembleSeries(derivedTradeSlice(), 'yoy_growth:%'), 'en', false).map((e) => e.key);
    expect(keys).toEqual(['derived', 'eq', 'at_least', 'qualitative', 'status:missed']);
  });
  it('wraps into rows and keeps every entry inside the width', () => {
    const entries = legendEntries(assembleSeries(derivedTradeSlice(), 'yoy_growth:%'), 'en', true);
    const { items } = layoutLegend(entries, 12, 200, 0);
    expect(new Set(items.map((i) => i.y)).size).toBeGreaterThan(2);
    for (const i of items) expect(legendTextX(i) + textWidth(i.label, 13)).toBeLessThanOrEqual(212);
  });
});

describe('titles', () => {
  it('title, what is measured, and the axis title', () => {
    const slice = realSlice('zhumadian', 'gdp');
    const s = assembleSeries(slice);
    expect(chartTitles(slice, s, 'zh')).toEqual({ title: '地区生产总值 · 驻马店市', subtitle: '同比增长，%，2023–2025' });
    expect(axisTitle(s, 'en')).toBe('Growth on previous year (%)');
    expect(axisTitle(assembleSeries(slice, 'level:亿元'), 'en')).toBe('100m yuan');
  });
});
