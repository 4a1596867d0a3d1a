/**
 * Plan and policy text, one real sentence at a time: year and deadline phrases, 以上/左右/不低于,
 * cumulative 新增/累计 wording, 分别 lists with a trailing 以上, inferred horizons, review outcomes,
 * lead departments, and the figures skipped by rule.
 */
import { readFileSync } from 'node:fs';
import { extractionInputs } from '../helpers/inputs.ts';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../scripts/extract/catalogue.ts';
import { extractPlanText, headingPeriods, responsibilityAfter, type PlanTextOptions } from '../../scripts/extract/planText.ts';
import { periodPhrases } from '../../scripts/extract/periods.ts';
import { horizonOf } from '../../scripts/extract/policy.ts';
import { flatten } from '../../scripts/extract/text.ts';
import type { DocumentMeta, Indicator, Observation } from '../../src/lib/types.ts';

const catalogue: Indicator[] = extractionInputs.catalogue;

const doc = (over: Partial<DocumentMeta>): DocumentMeta => ({
  id: 'test-doc',
  kind: 'policy',
  title_zh: '',
  title_en: '',
  issuer_zh: '',
  issuer_en: '',
  region: 'zhumadian',
  delivered: '2021',
  reviews: [],
  targets_for: ['2021'],
  begins_with: null,
  ...over,
});

const PLAN = doc({ kind: 'five_year_plan', region: 'yicheng', targets_for: ['2021-2025'], reviews: ['2016-2020'] });
const VILLAGE = doc({ delivered: '2021-05-26', targets_for: ['2021', '2025'] });
const DIGITAL = doc({ delivered: '2021-05-02', targets_for: ['2021', '2022'] });
const SERVICES = doc({ delivered: '2023-02-24', targets_for: ['2025'] });

function extract(meta: DocumentMeta, source: string, review = false) {
  const flat = flatten(source);
  const opts: PlanTextOptions = {
    horizon: horizonOf(meta),
    reviews: review ? [{ range: { start: 0, end: flat.text.length }, span: '2016-2020' }] : [],
    context: [],
    tables: [],
  };
  return extractPlanText({ doc: meta, file: 'test.txt', source, start: 0, end: source.length, ...extractionInputs }, flat, { start: 0, end: flat.text.length }, opts);
}

const row = (o: Observation) =>
  [o.kind, o.indicator_id, o.period, o.value, o.comparator, o.basis, o.unit, o.period_inferred ? 'inferred' : 'stated', o.deadline].join(' ');

describe('periodPhrases', () => {
  const cases: { text: string; expected: [string, string][] }[] = [
    { text: '到2025年，全区城镇化率达到78%。', expected: [['2025', '到2025年']] },
    { text: '2021年12月底前，建成三级全覆盖', expected: [['2021', '2021年12月底前']] },
    { text: '到2022年年底，形成完备的制度标准规范体系', expected: [['2022', '到2022年年底']] },
    { text: '2025年底前农村5G基站数量达到1万个', expected: [['2025', '2025年底前']] },
    { text: '到“十四五”末，力争使有效期内高新技术企业达到29家', expected: [['2025', '到“十四五”末']] },
    { text: '“十四五”期间，全区新建乡村通硬化路530公里', expected: [['2021-2025', '']] },
    { text: '到二〇三五年，基本实现社会主义现代化', expected: [['2035', '到二〇三五年']] },
    { text: '2021年，全面启动乡村建设行动', expected: [['2021', '']] },
    // Bases of comparison, starts and dates are not the period of a figure.
    { text: '全区生产总值占全市的比例由2015年的16.8%上升到18.8%', expected: [] },
    { text: '城镇化率从十二五末的63.96%提高到71.4%', expected: [] },
    { text: '优良天数较2015年增加98天', expected: [] },
    { text: '2018年起，全社会固定资产投资额纳入统计项目', expected: [] },
    { text: '2021年3月19日', expected: [] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(periodPhrases(text).map((p) => [p.period, p.deadline])).toEqual(expected);
  });
});

describe('horizonOf', () => {
  it.each([
    { meta: PLAN, expected: { year: '2025', start: '2021' } },
    { meta: VILLAGE, expected: { year: '2025', start: '2021' } },
    { meta: SERVICES, expected: { year: '2025', start: '2023' } },
    { meta: doc({ targets_for: [] }), expected: null },
  ])('$meta.targets_for → $expected', ({ meta, expected }) => {
    expect(horizonOf(meta)).toEqual(expected);
  });
});

describe('targets in the running text of plans and policies', () => {
  const cases: { name: string; meta: DocumentMeta; text: string; expected: string[] }[] = [
    {
      name: 'annual average over the plan, about',
      meta: PLAN,
      text: '到2025年，全区制造业增加值年均增长6.5%以上，规上工业增加值占GDP比重达到23%左右。',
      expected: [
        'target manufacturing_va 2021-2025 6.5 at_least annual_avg_growth % stated 到2025年',
        'target industry_va_gdp_share 2025 23 about level % stated 到2025年',
      ],
    },
    {
      name: 'a 分别 list whose trailing 以上 applies to each item',
      meta: PLAN,
      text: '到2025年，城镇职工基本医疗保险、城乡居民医疗保险参保率分别达到99%、98%以上，全面完成任务。',
      expected: [
        'target employee_medical_insurance 2025 99 at_least level % stated 到2025年',
        'target resident_medical_insurance 2025 98 at_least level % stated 到2025年',
      ],
    },
    {
      name: 'a year’s flow, then a cumulative one (累计新改造)',
      meta: VILLAGE,
      text: '2021年底前全市新改造农村无害化卫生厕所15万户，2025年底前全市累计新改造农村无害化卫生厕所72万户、厕所粪污基本得到处理。',
      expected: [
        'target rural_toilets 2021 15 eq level 万户 stated 2021年底前',
        'target rural_toilets 2021-2025 72 eq cumulative 万户 stated 2025年底前',
      ],
    },
    {
      name: 'two deadlines for one indicator, 左右',
      meta: VILLAGE,
      text: '农村生活污水治理率2021年底前达到33%，2025年底前达到45%左右；',
      expected: [
        'target rural_sewage_treatment 2021 33 eq level % stated 2021年底前',
        'target rural_sewage_treatment 2025 45 about level % stated 2025年底前',
      ],
    },
    {
      name: '12月底前 deadline, 以上 on each item',
      meta: DIGITAL,
      text: '2021年12月底前，实现“一件事”联办50件以上，“一证通办”事项200项以上，政务服务“秒批”事项30项以上。',
      expected: [
        'target joint_services 2021 50 at_least level 件 stated 2021年12月底前',
        'target one_certificate_services 2021 200 at_least level 项 stated 2021年12月底前',
        'target instant_approval_services 2021 30 at_least level 项 stated 2021年12月底前',
      ],
    },
    {
      name: '不低于',
      meta: DIGITAL,
      text: '2022年12月底前，实现全市“豫事办”注册用户普及率不低于50%，接入事项不低于100个。',
      expected: [
        'target app_user_penetration 2022 50 at_least level % stated 2022年12月底前',
        'target app_services 2022 100 at_least level 个 stated 2022年12月底前',
      ],
    },
    {
      name: 'no year in the sentence: the document’s horizon, inferred',
      meta: PLAN,
      text: '在提速增量、提质增效的前提下，地区生产总值年均增长7.5%以上，社会消费品零售总额年均增长10%左右。',
      expected: [
        'target gdp 2021-2025 7.5 at_least annual_avg_growth % inferred ',
        'target retail_sales 2021-2025 10 about annual_avg_growth % inferred ',
      ],
    },
    {
      name: '新增 over the plan is cumulative',
      meta: PLAN,
      text: '到2025年，新建改扩建学校15所，九年义务教育巩固率达100%以上。',
      expected: [
        'target school_construction 2021-2025 15 eq cumulative 所 stated 到2025年',
        'target compulsory_retention 2025 100 at_least level % stated 到2025年',
      ],
    },
    {
      name: 'the name after the figure, a flow over “十四五”时期',
      meta: VILLAGE,
      text: '2021年底前全市基本实现20户以上具备条件的自然村通硬化路，“十四五”时期完成5000公里农村公路、约390座农村公路危桥改造任务；',
      // 20户以上 defines the villages meant (a threshold, a warning); 约390座…危桥改造 is a promise of its own.
      expected: ['target rural_roads 2021-2025 5000 eq cumulative 公里 stated ', 'target own_wf24j 2021-2025 390 about cumulative 座 stated '],
    },
    {
      name: 'a span from the year of delivery for a later plan',
      meta: SERVICES,
      text: '（三）主要目标到2025年，现代服务业强市建设取得重大进展，服务业增加值年均增长9%左右，服务业规模以上企业突破1800家。',
      expected: [
        'target services_va 2023-2025 9 about annual_avg_growth % stated 到2025年',
        'target services_enterprises 2025 1800 at_least level 家 stated 到2025年',
      ],
    },
    {
      name: 'a heading that names the year (到二〇三五年)',
      meta: PLAN,
      text: '一、二〇三五年远景目标到二〇三五年，基本实现社会主义现代化驿城建设目标。经济实力大幅提升，地区生产总值突破1500亿元，在“十四五”末的基础上实现翻番。',
      expected: ['target gdp 2035 1500 at_least level 亿元 stated '],
    },
    {
      name: '今年 in a one-year action plan',
      meta: doc({ delivered: '2021', targets_for: ['2021'] }),
      text: '今年全市评价入库科技型中小企业力争达到260家以上，为申报国家高新技术企业建立后备库。',
      expected: ['target tech_smes 2021 260 at_least level 家 stated '],
    },
    {
      name: '较上年增长 (year-on-year)',
      meta: doc({ delivered: '2021-04-28', targets_for: ['2021'] }),
      text: '二、工作目标2021年全市货物贸易较上年增长3%；服务贸易较上年增长5%；实际吸收外资较上年增长3%以上；',
      expected: [
        'target trade 2021 3 eq yoy_growth % stated ',
        'target services_trade 2021 5 eq yoy_growth % stated ',
        'target fdi 2021 3 at_least yoy_growth % stated ',
      ],
    },
  ];
  it.each(cases)('$name', ({ meta, text, expected }) => {
    const { observations } = extract(meta, text);
    expect(observations.map(row)).toEqual(expected);
    for (const o of observations) {
      expect(o.section).toBe('plan_text');
      expect(o.region).toBe(meta.region);
      expect(text).toContain(o.quote);
      expect(o.quote).toContain(o.value_text);
    }
  });
});

describe('outcomes in a plan’s review of the previous plan', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: '“十三五”末，全区生产总值达到537.73亿元，经济总量又上了一个新的历史台阶。', expected: ['actual gdp 2020 537.73 eq level 亿元 stated '] },
    {
      text: '财政收支能力进一步增强，到2020年一般公共预算收入达到19.64亿元，年均增长17.8%；',
      expected: ['actual budget_revenue 2020 19.64 eq level 亿元 stated ', 'actual budget_revenue 2016-2020 17.8 eq annual_avg_growth % stated '],
    },
    // 建成 over five years is a flow: the farmland built, not the total area reached.
    { text: '大力推进农业基础设施建设，五年累计建成高标准农田7.6万亩。', expected: ['actual new_high_standard_farmland 2016-2020 7.6 eq cumulative 万亩 stated '] },
    { text: '五年来，全区粮食综合生产能力始终稳定在10亿斤左右。', expected: ['actual grain_capacity 2020 10 about level 亿斤 stated '] },
    {
      text: '截至2020年末，全区常住人口规模达到102万人，城镇化率从十二五末的63.96%提高到71.4%。',
      expected: ['actual population 2020 102 eq level 万人 stated ', 'baseline urbanisation 2015 63.96 eq level % stated ', 'actual urbanisation 2020 71.4 eq level % stated '],
    },
    {
      text: '五年间，全区城镇居民人均可支配收入和农村居民人均可支配收入分别从2015年的24619元和9450元，增至2020年的34411元和14107元，年均增长率分别高达6.9%和8.4%；',
      expected: [
        'baseline urban_income 2015 24619 eq level 元 stated ',
        'baseline rural_income 2015 9450 eq level 元 stated ',
        'actual urban_income 2020 34411 eq level 元 stated ',
        'actual rural_income 2020 14107 eq level 元 stated ',
        'actual urban_income 2016-2020 6.9 eq annual_avg_growth % stated ',
        'actual rural_income 2016-2020 8.4 eq annual_avg_growth % stated ',
      ],
    },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(extract(PLAN, text, true).observations.map(row)).toEqual(expected);
  });
});

describe('figures skipped by rule, each counted with its reason', () => {
  const cases: { text: string; reason: string }[] = [
    { text: '每个县区全年组织开展2500次以上文化活动。', reason: 'a figure per unit or per period (每…)' },
    { text: '抓好中多铝镁、蓝翎环科、惠强新材料等186家高新技术企业发展。', reason: 'a count of the items named before it (等N个)' },
    { text: '优良天数较2015年增加98天。', reason: 'a change against an earlier year in other units than %' },
    { text: '到2025年，30%以上的幼儿园达到省、市级示范园办园标准。', reason: 'no name for the figure in its clause' },
    { text: '2021年底前全市基本实现20户以上具备条件的自然村通硬化路。', reason: 'a threshold that names a class' },
    // Seed sentences (2023 report; 2022 policy) once kept as rows of their own.
    { text: '打造了一条有温度、有速度、有满意度的热线，在全国312个普通地级市运行质量排名中位居第二位。', reason: 'the size of a ranking’s field' },
    { text: '50万—100万人口的县不少于80张，100万以上人口的县不少于100张。', reason: 'a standard or limit per case' },
    { text: '资本引入和战略合作，对产业园62.6平方公里范围内PPP项目包以外的基础设施、公共服务、产业培育等进行全覆盖。', reason: 'the extent of the area something applies in' },
    { text: '到2025年，中心城区生活垃圾分类覆盖率达到 100%。', reason: 'a figure for part of the region (the central urban area)' },
  ];
  it.each(cases)('$text', ({ text, reason }) => {
    const { observations, findings } = extract(VILLAGE, text, false);
    expect(observations).toEqual([]);
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringContaining(`figure not extracted (${reason}`));
    for (const f of findings) {
      expect(f.level).toBe('warning');
      expect(f.at).toBeGreaterThanOrEqual(0);
    }
  });

  it('a change since a stated year is a change over the years since (PM10、PM2.5平均浓度比2015年下降39.68%、38.67%)', () => {
    const { observations } = extract(PLAN, '2020年，全年PM10、PM2.5平均浓度比2015年下降39.68%、38.67%。', true);
    expect(observations.map((o) => [o.kind, o.indicator_id, o.period, o.basis, o.value, o.unit, o.base_period])).toEqual([
      ['actual', 'pm10', '2016-2020', 'cumulative', -39.68, '%', '2015'],
      ['actual', 'pm25', '2016-2020', 'cumulative', -38.67, '%', '2015'],
    ]);
  });

  it('a promise no catalogue indicator names is a row of its own, named from its sentence', () => {
    const { observations } = extract(SERVICES, '围绕新服务重点领域，遴选6个左右新项目和试验场景进行扶持推广。', false);
    expect(observations.map((o) => [o.kind, o.catalogued, o.indicator_zh, o.value, o.comparator, o.unit])).toEqual([
      ['target', false, '新项目和试验场景进行扶持推广', 6, 'about', '个'],
    ]);
  });

  it('a name right after a figure is that figure’s, not the next one’s: each figure is named by the words after it', () => {
    const { observations } = extract(PLAN, '五年间，实现37个贫困村退出和9933个贫困户的稳定脱贫。', true);
    expect(observations.map((o) => [o.indicator_id, o.indicator_zh, o.value, o.unit, o.period, o.basis])).toEqual([
      ['poor_villages_exited', '贫困村退出', 37, '个', '2016-2020', 'cumulative'],
      [expect.stringMatching(/^own_/), '贫困户的稳定脱贫', 9933, '个', '2016-2020', 'cumulative'],
    ]);
  });

  it('figures of different scopes are different measures (省级 / 市级 engineering centres)', () => {
    const { observations } = extract(PLAN, '建成省级工程技术研究中心7家、市级工程技术研究中心24家。', true);
    expect(observations.map((o) => [o.indicator_zh, o.value, o.catalogued])).toEqual([
      ['省级工程技术研究中心', 7, false],
      ['市级工程技术研究中心', 24, false],
    ]);
    expect(new Set(observations.map((o) => o.indicator_id)).size).toBe(2);
  });

  it('several figures for one measure in a sentence keep none', () => {
    const { observations, findings } = extract(PLAN, '建成省级工程技术研究中心7家、省级工程技术研究中心24家。', true);
    expect(observations).toEqual([]);
    expect(findings.filter((f) => f.message.includes('one of several figures for one measure'))).toHaveLength(2);
  });
});

describe('responsibilityAfter: the lead departments of a task', () => {
  it.each([
    { text: '。（市政务服务和大数据管理局牵头，各县区政府、市直各部门配合）2.完善', expected: '市政务服务和大数据管理局' },
    { text: '。（市档案局、市政务服务和大数据管理局牵头，各县区政府、市直各部门配合）', expected: '市档案局、市政务服务和大数据管理局' },
    { text: '。（责任单位：市科技局，各县区政府）2.激活技术转移市场。', expected: '市科技局' },
    { text: '。（责任单位：各县区政府，城乡一体化示范区、经开区、高新区管委会）', expected: '' },
    { text: '利用进博会平台，培育多元进口市场。（牵头单位：市商务局；责任单位：各县区政府、管委会）', expected: '市商务局' },
    { text: '。2.下一项任务。（市财政局牵头）', expected: '' },
  ])('$text → $expected', ({ text, expected }) => {
    expect(responsibilityAfter(flatten(text).text, 0)).toBe(expected);
  });

  it('is attached to the targets of the task', () => {
    const text = '到2025年全市各类新型研发机构数量达到5家。（责任单位：市科技局，各县区政府）';
    expect(extract(SERVICES, text).observations.map((o) => o.lead_departments)).toEqual(['市科技局']);
  });
});

describe('headingPeriods', () => {
  it('finds the period a heading names and the text it governs', () => {
    const text = '一、二〇三五年远景目标到二〇三五年，基本实现。二、“十四五”经济社会发展目标“十四五”时期目标。三、其他';
    expect(headingPeriods(text).map((h) => h.period)).toEqual(['2035', '2021-2025']);
  });
});
