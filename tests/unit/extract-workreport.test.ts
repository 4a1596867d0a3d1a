import { extractionInputs } from '../helpers/inputs.ts';
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../scripts/extract/catalogue.ts';
import { extractDocument, type ExtractResult } from '../../scripts/extract/index.ts';
import { locateDocuments } from '../../scripts/extract/locate.ts';
import { attribution, noticeTasks } from '../../scripts/extract/notice.ts';
import { findReportSections, nextDocumentAt, splitItems } from '../../scripts/extract/sections.ts';
import { flatten, lineOf } from '../../scripts/extract/text.ts';
import { spanModeAfter } from '../../scripts/extract/workReport.ts';
import type { DocumentMeta, Indicator, Manifest, Observation } from '../../src/lib/types.ts';

const manifest = JSON.parse(readFileSync('data/documents.json', 'utf8')) as Manifest;
const catalogue: Indicator[] = extractionInputs.catalogue;

interface Run {
  doc: DocumentMeta;
  file: string;
  source: string;
  start: number;
  end: number;
  result: ExtractResult;
}

const runs: Run[] = manifest.files.flatMap((f) => {
  const source = readFileSync(`seeds/${f.file}`, 'utf8');
  const located = locateDocuments(source, f.documents);
  if (!located.ok) throw new Error(located.error);
  return located.ranges
    .filter((r) => r.doc.kind === 'work_report' || r.doc.kind === 'task_notice')
    .map((r) => ({ doc: r.doc, file: f.file, source, start: r.start, end: r.end, result: extractDocument({ doc: r.doc, file: f.file, source, start: r.start, end: r.end, ...extractionInputs }) }));
});

function run(id: string): Run {
  const r = runs.find((x) => x.doc.id === id);
  if (!r) throw new Error(`no document ${id}`);
  return r;
}

const summary = (o: Observation) => [o.indicator_id, o.comparator, o.value, o.unit, o.basis, o.period].join(' ');

describe('headline target lists', () => {
  const expected2025 = [
    'gdp about 6.5 % yoy_growth 2025',
    'industry_va eq 8 % yoy_growth 2025',
    'fixed_investment eq 8 % yoy_growth 2025',
    'retail_sales eq 7 % yoy_growth 2025',
    'trade qualitative   level 2025',
    'budget_revenue about 4.5 % yoy_growth 2025',
    'unemployment_surveyed about 5.5 % level 2025',
    'cpi about 2 % yoy_growth 2025',
    'income qualitative   yoy_growth 2025',
    'grain_output at_least 160 亿斤 level 2025',
    'energy_intensity qualitative   level 2025',
  ];
  const cases = [
    { name: '2025 report: its 11 items', input: { id: 'zmd-gwr-2025', section: 'headline_targets' }, expected: expected2025 },
    { name: '2025 task notice repeats the same 11 items', input: { id: 'zmd-tasks-2025', section: 'task_notice' }, expected: expected2025 },
    {
      name: '2024 report: 9 items, 以上 and 以内 included',
      input: { id: 'zmd-gwr-2024', section: 'headline_targets' },
      expected: [
        'gdp about 6.5 % yoy_growth 2024',
        'industry_va eq 6.5 % yoy_growth 2024',
        'fixed_investment eq 8 % yoy_growth 2024',
        'retail_sales eq 8 % yoy_growth 2024',
        'budget_revenue eq 5.5 % yoy_growth 2024',
        'trade at_least 3 % yoy_growth 2024',
        'unemployment_surveyed about 5.5 % level 2024',
        'cpi at_most 3 % yoy_growth 2024',
        'income qualitative   yoy_growth 2024',
      ],
    },
    {
      name: '2023 report: 10 items, a change in percentage points and 控制在…以内',
      input: { id: 'zmd-gwr-2023', section: 'headline_targets' },
      expected: [
        'gdp about 7 % yoy_growth 2023',
        'urbanisation about 1.5 百分点 change_pp 2023',
        'industry_va about 7.5 % yoy_growth 2023',
        'fixed_investment eq 10 % yoy_growth 2023',
        'retail_sales about 7 % yoy_growth 2023',
        'trade qualitative   yoy_growth 2023',
        'budget_revenue eq 5.5 % yoy_growth 2023',
        'unemployment_surveyed at_most 5.5 % level 2023',
        'income qualitative   yoy_growth 2023',
        'cpi about 3 % yoy_growth 2023',
      ],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const obs = run(input.id).result.observations.filter((o) => o.section === input.section && o.lead_departments === '');
    expect(obs.map(summary)).toEqual(expected);
    expect(obs.every((o) => o.kind === 'target')).toBe(true);
  });

  it('keeps the wording of qualitative items as value_text', () => {
    const texts = run('zmd-gwr-2025').result.observations.filter((o) => o.comparator === 'qualitative').map((o) => o.value_text);
    expect(texts).toEqual(['进出口稳中提质', '居民收入增长与经济增长同步', '单位生产总值能耗完成“十四五”考核目标']);
    expect(run('zmd-gwr-2025').result.observations.filter((o) => o.comparator === 'qualitative').every((o) => o.value === null)).toBe(true);
  });
});

describe('review actuals', () => {
  const find = (id: string, indicator: string, period: string, basis: string) =>
    run(id).result.observations.filter((o) => o.kind !== 'target' && o.indicator_id === indicator && o.period === period && o.basis === basis);
  const cases = [
    { name: '2024 GDP level, rankings around it skipped (000)', input: ['zmd-gwr-2025', 'gdp', '2024', 'level'], expected: [{ value: 3342.7, unit: '亿元', kind: 'actual', section: 'review_headline', estimated: false }] },
    { name: '2024 GDP growth inherits the indicator: 同比增长 6.1% (000)', input: ['zmd-gwr-2025', 'gdp', '2024', 'yoy_growth'], expected: [{ value: 6.1, unit: '%', kind: 'actual', section: 'review_headline', estimated: false }] },
    { name: '2023 GDP growth (001)', input: ['zmd-gwr-2024', 'gdp', '2023', 'yoy_growth'], expected: [{ value: 4.5, unit: '%', kind: 'actual', section: 'review_headline', estimated: false }] },
    { name: '2022 GDP 预计 3200亿元 is estimated (002)', input: ['zmd-gwr-2023', 'gdp', '2022', 'level'], expected: [{ value: 3200, unit: '亿元', kind: 'actual', section: 'review_headline', estimated: true }] },
    { name: '2018-2022 GDP 年均增长6.2% (002)', input: ['zmd-gwr-2023', 'gdp', '2018-2022', 'annual_avg_growth'], expected: [{ value: 6.2, unit: '%', kind: 'actual', section: 'review_five_year', estimated: true }] },
    { name: 'income 2017 baseline 1.6万元 (002)', input: ['zmd-gwr-2023', 'income', '2017', 'level'], expected: [{ value: 1.6, unit: '万元', kind: 'baseline', section: 'review_five_year', estimated: false }] },
    { name: 'income 2022 level 2.4万元 (002)', input: ['zmd-gwr-2023', 'income', '2022', 'level'], expected: [{ value: 2.4, unit: '万元', kind: 'actual', section: 'review_headline', estimated: true }] },
    { name: 'new urban jobs 2024 (000)', input: ['zmd-gwr-2025', 'new_urban_jobs', '2024', 'level'], expected: [{ value: 7, unit: '万人', kind: 'actual', section: 'review_body', estimated: false }] },
    { name: 'grain 2024 (000)', input: ['zmd-gwr-2025', 'grain_output', '2024', 'level'], expected: [{ value: 161.4, unit: '亿斤', kind: 'actual', section: 'review_headline', estimated: false }] },
    { name: 'new urban jobs over the five years (002: 实现城镇新增就业 41.3 万人)', input: ['zmd-gwr-2023', 'new_urban_jobs', '2018-2022', 'cumulative'], expected: [{ value: 41.3, unit: '万人', kind: 'actual', section: 'review_five_year', estimated: false }] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const [id, indicator, period, basis] = input as [string, string, string, string];
    expect(find(id, indicator, period, basis).map((o) => ({ value: o.value, unit: o.unit, kind: o.kind, section: o.section, estimated: o.estimated }))).toEqual(expected);
  });

  it('keeps 是2017年的1.8倍 as a multiple of the 2017 level, not as a level of budget revenue (002)', () => {
    const rows = run('zmd-gwr-2023').result.observations.filter((o) => o.indicator_id === 'budget_revenue');
    expect(rows.filter((o) => o.basis === 'level').map((o) => o.value)).toEqual([204.5]);
    expect(rows.filter((o) => o.basis === 'multiple').map((o) => [o.period, o.value, o.unit, o.base_period])).toEqual([['2022', 1.8, '倍', '2017']]);
  });
});

describe('secondary targets of the tasks part', () => {
  const cases = [
    { name: '技术合同成交额 50 亿元以上 (000)', input: ['zmd-gwr-2025', 'tech_contract_value'], expected: ['actual 2024 eq 59 亿元', 'target 2025 at_least 50 亿元'] },
    { name: '新认定国家高新技术企业 60 家 (000)', input: ['zmd-gwr-2025', 'new_high_tech_enterprises'], expected: ['target 2025 eq 60 家'] },
    { name: 'one figure for a list: 旅游接待人次、旅游综合收入分别增长 6%以上 (000)', input: ['zmd-gwr-2025', 'tourist_visits'], expected: ['target 2025 at_least 6 %'] },
    { name: 'one figure for a list: 财政科技支出、技术合同成交额均增长 35% (001)', input: ['zmd-gwr-2024', 'fiscal_sci_tech_expenditure'], expected: ['actual 2023 eq 35 %'] },
    { name: 'a verb heading a list applies to each item: 新增规上工业企业 120 家、省级“专精特新”中小企业 20 家 (000)', input: ['zmd-gwr-2025', 'new_specialised_smes'], expected: ['target 2025 eq 20 家'] },
    { name: 'the stock of 专精特新 firms is another indicator: 省级以上“专精特新”企业 149 家 (000)', input: ['zmd-gwr-2025', 'specialised_smes'], expected: ['actual 2024 eq 149 家'] },
    { name: 'a list item that drops its head: 粮食播种面积稳定在1900 万亩以上、产量 160 亿斤以上 (001)', input: ['zmd-gwr-2024', 'grain_output'], expected: ['target 2024 at_least 160 亿斤'] },
    { name: '城镇新增就业 6.4 万人 (001)', input: ['zmd-gwr-2024', 'new_urban_jobs'], expected: ['actual 2023 eq 7.4 万人', 'target 2024 eq 6.4 万人'] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const [id, indicator] = input as [string, string];
    const obs = run(id).result.observations.filter((o) => o.indicator_id === indicator && o.section !== 'headline_targets');
    expect(obs.map((o) => [o.kind, o.period, o.comparator, o.value, o.unit].join(' '))).toEqual(expected);
  });
});

describe('every observation of the seeds', () => {
  const all = runs.flatMap((r) => r.result.observations.map((o) => ({ o, source: r.source })));

  it('exists', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('has a quote that occurs in its source with line breaks removed and contains its figure', () => {
    const bad = all.filter(({ o, source }) => {
      const joined = source.replace(/\r?\n/g, '');
      if (!joined.includes(o.quote)) return true;
      if (!o.quote.includes(o.value_text.replace(/\s+/g, '')) && !o.quote.includes(o.value_text)) return true;
      return o.value !== null && !o.quote.includes(String(Math.abs(o.value)));
    });
    expect(bad.map(({ o }) => o.id)).toEqual([]);
  });

  it('has the source_line its figure is on, and its quote on the lines from the sentence start', () => {
    const bad = all.filter(({ o, source }) => {
      if (lineOf(source, o.source_start) !== o.source_line) return true;
      const before = source.slice(0, o.source_start);
      const from = before.slice(before.lastIndexOf('\n', before.length - o.quote.length * 2)).replace(/\r?\n/g, '') + source.slice(o.source_start, o.source_start + o.quote.length * 2).replace(/\r?\n/g, '');
      return !from.includes(o.quote);
    });
    expect(bad.map(({ o }) => o.id)).toEqual([]);
  });

  it('points source_start/source_end at its figure', () => {
    const bad = all.filter(({ o, source }) => {
      if (o.value === null) return false;
      const figure = source.slice(o.source_start, o.source_end).replace(/\s+/g, '');
      return !figure.includes(String(Math.abs(o.value))) || lineOf(source, o.source_start) !== o.source_line;
    });
    expect(bad.map(({ o }) => o.id)).toEqual([]);
  });

  it('never takes a ranking (第 N) as a figure', () => {
    const bad = all.filter(({ o, source }) => /第\s*$/.test(source.slice(Math.max(0, o.source_start - 4), o.source_start)));
    expect(bad.map(({ o }) => o.id)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = all.map(({ o }) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes targets for the year of delivery and actuals for the reviewed year(s)', () => {
    const bad = runs.flatMap((r) =>
      r.result.observations.filter((o) => {
        // A target names the year of delivery, a later deadline, or a plan's span (“十四五”能耗强度下降12%).
        if (o.kind === 'target') return Number(o.period.slice(-4)) < Number(r.doc.targets_for[0]) || (/-/.test(o.period) && !/十[一二三四五]五/.test(o.quote));
        if (o.kind === 'baseline') return false;
        return !r.doc.reviews.includes(o.period) && !r.doc.reviews.some((span) => span.endsWith(`-${o.period}`));
      }),
    );
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it('reports no errors, and warnings with a file and a line', () => {
    const findings = runs.flatMap((r) => r.result.findings);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(findings.every((f) => f.file.length > 0 && f.line > 0)).toBe(true);
  });
});

describe('a report that is not in the manifest', () => {
  const base = run('zmd-gwr-2025');
  // Next year's report, simulated: the 2025 report with its years moved on by one.
  const source = base.source.slice(base.start, base.end).replace(/2025/g, '2026').replace(/2024/g, '2025');
  const doc: DocumentMeta = { ...base.doc, id: 'next', reviews: [], targets_for: [], delivered: '2026' };

  it('takes its periods from its headings when the manifest gives none', () => {
    const { observations, findings } = extractDocument({ doc, file: 'next.txt', source, start: 0, end: source.length, ...extractionInputs });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    const headline = observations.filter((o) => o.section === 'headline_targets');
    expect(headline).toHaveLength(11);
    expect(new Set(headline.map((o) => o.period))).toEqual(new Set(['2026']));
    expect(observations.find((o) => o.indicator_id === 'gdp' && o.kind === 'actual')?.period).toBe('2025');
  });

  it('warns with file and line when a headline item cannot be classified (the build makes it an error)', () => {
    const changed = source.replace('进出口稳中提质', '外贸稳中提质');
    const { findings } = extractDocument({ doc, file: 'next.txt', source: changed, start: 0, end: changed.length, ...extractionInputs });
    const unclassified = findings.filter((f) => /^unclassified headline target/.test(f.message));
    expect(unclassified).toHaveLength(1);
    expect(unclassified[0]!.file).toBe('next.txt');
    expect(changed.split('\n')[unclassified[0]!.line - 1]).toContain('外贸稳中提质');
    expect(unclassified[0]!.message).toMatch(/外贸稳中提质.*data\/indicators\.csv/);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('findReportSections and splitItems', () => {
  it('finds review, headline list and tasks of the 2024 report in order', () => {
    const r = run('zmd-gwr-2024');
    const text = flatten(r.source, r.start, r.end).text;
    const s = findReportSections(text);
    expect(s.reviewHeadingYear).toBe('2023');
    expect(s.targetHeadingYear).toBe('2024');
    expect(s.review!.end).toBeLessThan(s.headline!.start);
    expect(s.headline!.end).toBeLessThan(s.tasks!.start);
    expect(splitItems(text, s.headline!).map((i) => text.slice(i.start, i.end))[0]).toBe('经济增长6.5%左右');
  });

  // Heading variants a later report may use (constructed: the seeds use the first form of each).
  const headingCases = [
    {
      name: 'the seeds\' form',
      input: '一、2024年工作回顾全年生产总值增长6%。二、2025年工作总体要求和主要目标主要预期目标是：经济增长6%左右。三、2025年重点工作城镇新增就业6万人。',
      expected: { reviewYear: '2024', targetYear: '2025', review: '全年生产总值增长6%。', headline: '经济增长6%左右', tasks: '城镇新增就业6万人。' },
    },
    {
      name: 'a review of the plan period and a goals heading naming 重点任务',
      input: '一、“十四五”时期和2025年工作回顾全年生产总值增长5%。二、2026年经济社会发展主要目标和重点任务主要预期目标：经济增长5%左右。三、扎实做好2026年重点工作城镇新增就业6万人。',
      expected: { reviewYear: '2025', targetYear: '2026', review: '全年生产总值增长5%。', headline: '经济增长5%左右', tasks: '城镇新增就业6万人。' },
    },
  ];
  it.each(headingCases)('finds the parts under $name', ({ input, expected }) => {
    const s = findReportSections(input);
    expect({
      reviewYear: s.reviewHeadingYear,
      targetYear: s.targetHeadingYear,
      review: input.slice(s.review!.start, s.review!.end),
      headline: input.slice(s.headline!.start, s.headline!.end),
      tasks: input.slice(s.tasks!.start, s.tasks!.end),
    }).toEqual(expected);
  });

  it('ends the tasks part where an appended document begins, not at a cited document number (001)', () => {
    const r = run('zmd-gwr-2024');
    const text = flatten(r.source, r.start, r.end).text;
    const s = findReportSections(text);
    expect(text.slice(s.tasks!.end, s.tasks!.end + 16)).toContain('驻政〔2024〕6号');
    expect(text.slice(s.tasks!.start, s.tasks!.end)).not.toContain('国家卫生城市管理办法》印发');
    expect(nextDocumentAt('贯彻《意见》（驻政〔2023〕22号）文件精神', 0)).toBe('贯彻《意见》（驻政〔2023〕22号）文件精神'.length);
  });
});

describe('the numbered tasks of the task notice', () => {
  const notice = run('zmd-tasks-2025');
  const text = flatten(notice.source, notice.start, notice.end).text;
  const tasks = noticeTasks(text, 0);

  it('finds all 106 tasks, in order, each with a lead department and a deadline', () => {
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 106 }, (_, i) => i + 1));
    expect(tasks.filter((t) => t.lead_departments === '' || t.deadline === '').map((t) => t.number)).toEqual([]);
  });

  it('keeps the responsibility note out of the task body', () => {
    const first = tasks[0]!;
    expect(text.slice(first.body.start, first.body.end)).toMatch(/^编制现代医药产业链发展图谱。.*满产达效。$/);
  });

  const cases = [
    {
      name: 'lead department and 年内持续推进 (000 task 1)',
      input: '市工信局牵头，市发改委、市农业农村局、市卫健委、市民政局、市产投集团及驿城区、上蔡县、平舆县、新蔡县、正阳县、确山县、泌阳县政府，高新区、开发区管委会按职责分工负责，年内持续推进',
      expected: { lead_departments: '市工信局', deadline: '年内持续推进' },
    },
    {
      name: 'two lead departments and 12月底前完成 (000 task 100)',
      input: '市工信局、市财政局牵头，各县区政府、管委会按职责分工负责，12月底前完成',
      expected: { lead_departments: '市工信局、市财政局', deadline: '12月底前' },
    },
    {
      name: 'no 牵头: the departments 按职责分工负责 (000 task 106)',
      input: '市司法局、市政府办公室按职责分工负责，年内持续推进',
      expected: { lead_departments: '市司法局、市政府办公室', deadline: '年内持续推进' },
    },
  ];
  it.each(cases)('attribution: $name', ({ input, expected }) => {
    expect(attribution(input)).toEqual(expected);
  });

  it('gives the figures of a task its lead department and deadline', () => {
    const o = notice.result.observations.find((x) => x.indicator_id === 'tech_contract_value');
    expect(o && [o.section, o.kind, o.period, o.comparator, o.value, o.unit, o.lead_departments, o.deadline]).toEqual([
      'task_notice', 'target', '2025', 'at_least', 50, '亿元', '市科技局', '12月底前',
    ]);
  });
});

describe('spanModeAfter', () => {
  const cases = [
    { name: 'a five-year paragraph opens (002)', input: { text: '五年来，我们抓产业促转型，发展质效明显提升。', current: false }, expected: true },
    { name: 'the opening paragraph on the reviewed year stays single-year (002)', input: { text: '刚刚过去的2022年，面对复杂严峻的经济形势', current: false }, expected: false },
    { name: '一年来 is not a span (000)', input: { text: '一年来，我们全力以赴抓运行、施实策', current: false }, expected: false },
    { name: 'no marker keeps the current mode', input: { text: '着力扬农业优势，', current: true }, expected: true },
    { name: 'back to the reviewed year after a span (constructed: a plan-period review)', input: { text: '五年来成绩显著。2022年，全市生产总值', current: true }, expected: false },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(spanModeAfter(input.text, input.current, '2022')).toBe(expected);
  });
});
