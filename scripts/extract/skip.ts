/**
 * Numbers that are not figures of an indicator, skipped by rule: rankings (全省第7), dates
 * (2024年, 12月底前), document numbers (〔2025〕2号), list numbering (1.编制), names (PM2.5, 5A级),
 * ratios (18.3：42.3：39.4), multiples (是2017年的1.8倍), comparisons with the province
 * (高于全省1.2个百分点) and time spans (3个月).
 */
import { NON_FIGURE_UNITS, type Figure } from './numbers.ts';

const RANK_BEFORE = /(第|前|排名|位居|位列|位次)$/;
const COMPARISON_BEFORE = /(高于|低于|快于|慢于|高出|低出|领先)(全国|全省|全市|省|国家)?(平均)?(水平)?$/;
const RATIO_AFTER = /^[：:]\d/;
const NAME_AFTER = /^[A-Za-z]/;

/** Why the number at `figure` is not a figure, or null when it is one. */
export function figureSkipReason(text: string, figure: Figure): string | null {
  const before = text.slice(Math.max(0, figure.start - 8), figure.start);
  const after = text.slice(figure.numberEnd, figure.numberEnd + 4);
  if (RANK_BEFORE.test(before)) return 'a ranking';
  if (COMPARISON_BEFORE.test(before)) return 'a comparison with another region';
  if (RATIO_AFTER.test(after) || /[：:]$/.test(before) && /^\d/.test(text.slice(figure.start - 2, figure.start - 1))) return 'a ratio';
  if (NAME_AFTER.test(after)) return 'part of a name';
  if (figure.unit === '') return 'no unit (a date, a code, a list number or a name)';
  if (NON_FIGURE_UNITS.has(figure.unit)) return `unit ${figure.unit} is a time span or a multiple`;
  // 是2017年的1.8倍 is caught by its unit; 1.8 is never a year.
  return null;
}

/** In a list of bare figures (3.9%、4.2%、13.7%) the names are stated apart from the values. */
export function isParallelFigure(text: string, figure: Figure): boolean {
  const next = text[figure.end] === '、' && /[\d[]/.test(text[figure.end + 1] ?? '');
  const prev = text[figure.start - 1] === '、' && /[\d%‰\]]/.test(text[figure.start - 2] ?? '');
  return next || prev;
}

const UNIT_FAMILIES: Record<string, readonly string[]> = {
  money: ['亿元', '万元', '元', '亿美元', '万美元', '美元'],
  people: ['万人', '人', '万人次', '人次', '名', '万名'],
  count: ['个', '家', '件', '所', '座', '条', '项', '张', '台', '处', '宗', '批', '场', '次', '套', '户', '万户', '万个', '万件', '万套', '头', '万头', '只', '万只', '辆', '万辆', '株', '万株', '万', '万家', '万所', '万座', '万项', '万条', '万台', '万张'],
  weight: ['亿斤', '万斤', '斤', '万吨', '吨'],
  area: ['万亩', '亩', '公顷', '平方米', '万平方米', '平方公里'],
  length: ['公里', '米'],
  power: ['千瓦', '万千瓦', '兆瓦', '千伏', '亿千瓦时', '万千瓦时'],
  age: ['岁'],
  days: ['天'],
  concentration: ['微克/立方米'],
};
const RATES = new Set(['%', '‰', '百分点']);

/** The family of a unit (money, people, count, area …), or the unit itself when it has none. */
export function unitFamily(unit: string): string {
  return familyOf(unit);
}

function familyOf(unit: string): string {
  for (const [family, units] of Object.entries(UNIT_FAMILIES)) if (units.includes(unit)) return family;
  return unit;
}

/**
 * Whether a figure's unit can measure an indicator whose catalogue unit is `indicatorUnit`:
 * rates (%, ‰, 百分点) always can (growth, change); otherwise the units must be of one family
 * (亿元 and 万元, 家 and 个 …). 新增进出口额超千万元企业 23 家 is a count of firms, not trade.
 */
export function unitFits(figureUnit: string, indicatorUnit: string): boolean {
  if (RATES.has(figureUnit) || indicatorUnit === '') return true;
  if (RATES.has(indicatorUnit)) return false;
  return familyOf(figureUnit) === familyOf(indicatorUnit);
}

const SHARE = /占[^，；。：]*$/;
const SUB_REGION = /\d+个(县区|县|区|乡镇|乡|镇|村)|各县区|县区均/;

/** A share of an indicator (占一般公共预算支出的71.4%) or a figure for part of the region (7个县区…). */
export function partReason(window: string): string | null {
  if (SHARE.test(window)) return 'a share of the indicator (占…)';
  if (SUB_REGION.test(window)) return 'a figure for part of the region';
  return null;
}

/** 每个县区, 每年 …: a figure per unit or per period, not one for the region. */
const PER_UNIT = /每(?:个|一个)?(?:县区|县|区|乡镇|乡|镇|村|行政村|月|季度|年|周|家|所|人|户|亩)/;
/** 30亿元以上项目: a threshold naming a class of projects or firms, not a figure of the region. */
const THRESHOLD_AFTER = /^(?:以上|以下)?(?:的)?(?:重大|重点|产业|工业|招商|新开工|在建)?(?:项目|企业|产业集群|集群)/;
/** 55人以上大班额: a threshold that defines a class. */
const CLASS_AFTER = /^(?:以上|以下)(?:的)?[^，；。、]{0,8}?(?:大班额|自然村|行政村|规模|学校|班级)/;
/** 500亿级产业集群, 1000千伏特高压: a figure inside a name. */
const NAME_SPEC = /^(?:级|千伏)/;
/** 居全国168个重点城市第2名, 在全国312个普通地级市运行质量排名中位居第二位: the size of a ranking's field. */
const RANK_FIELD = /^[\u4e00-\u9fff]{0,10}第[\d一二三四五六七八九十]|^[\u4e00-\u9fff]{0,12}(?:排名|排行|排序)/;
/** 对产业园62.6平方公里范围内…: the extent of the area a measure applies in, not a figure of it. */
const EXTENT_AFTER = /^范围内/;
/** 7个县区…, 8个街道…: a count of places, a figure for part of the region. */
const PLACES_AFTER = /^(?:县区|街道|县市区)/;
/** 最高贷款额度, 不得少于, 补贴标准 …: a standard or limit that applies per case, not a target of the region. */
const STANDARD = /最高|最低|不得|上限|下限|额度|首付|缴纳|缴存|贷款利率|补贴标准|补助标准|奖励标准|不低于.*标准|原则上|编制床位|至少有|人口以下的|人口以上的|以上人口的|以下人口的|万人口的/;

/** A sentence whose subject is the central urban area: 市中心城区…, or opening with 中心城区. */
const CENTRAL_AREA = /^(?:[^，]*，)?\s*(?:到\d{4}年，)?中心城区|市中心城区/;

/** The words around a figure that the context rules read. */
interface Around {
  figure: Figure;
  /** From the clause's start to the figure. */
  clause: string;
  /** From the last 、 or clause stop to the figure. */
  window: string;
  /** The 14 characters after the figure. */
  after: string;
  /** The characters right after the number (级, 千伏 …), a 万/亿 prefix dropped. */
  afterNumber: string;
  /** 以上 when the figure itself ends with 以上/以下 (a threshold). */
  floor: string;
}

/** A count equal to the number of bare names listed right before it: 板桥、薄山、宿鸭湖3座. */
function countOfItems(clauseWords: string, figure: Figure): boolean {
  const parts = clauseWords.replace(/^[^、]*?(?:推进|推动|加快|实施|建设|打造)/, '').split('、');
  return parts.length >= 2 && figure.value === parts.length && parts.every((p) => p.length > 0 && p.length <= 6 && !/\d/.test(p));
}

/** Figures that are numbers with units but not a figure of the region, by the words around them: the reason, in order. */
const CONTEXT_RULES: readonly { reason: string; applies: (a: Around) => boolean }[] = [
  { reason: 'a figure per unit or per period (每…)', applies: (a) => PER_UNIT.test(a.clause) },
  { reason: 'a count of the items named before it (等N个)', applies: (a) => /等$/.test(a.window) },
  {
    reason: 'a threshold that names a class of projects, firms or classes (…亿元以上项目, 55人以上大班额)',
    applies: (a) => (THRESHOLD_AFTER.test(a.floor + a.after) && /元|美元/.test(a.figure.unit)) || (CLASS_AFTER.test(a.floor + a.after) && /^(?:万)?[户人元]$/.test(a.figure.unit)),
  },
  {
    reason: 'part of a name (a class or a specification: 500亿级, 1000千伏, 年产…)',
    applies: (a) => NAME_SPEC.test(a.afterNumber) || a.figure.unit === '千伏' || (/年产$/.test(a.window) && /^[\u4e00-\u9fff]/.test(a.after)),
  },
  { reason: 'the size of a ranking’s field (全国168个重点城市第2名)', applies: (a) => a.figure.unit === '个' && RANK_FIELD.test(a.after) },
  { reason: 'the extent of the area something applies in (N平方公里范围内)', applies: (a) => EXTENT_AFTER.test(a.after) },
  { reason: 'a count of places: a figure for part of the region (7个县区…)', applies: (a) => a.figure.unit === '个' && PLACES_AFTER.test(a.after) },
  { reason: 'a standard or limit per case (最高, 不得少于, 额度 …), not a target of the region', applies: (a) => STANDARD.test(a.clause) },
  { reason: 'a count of the items named before it (板桥、薄山、宿鸭湖3座)', applies: (a) => countOfItems(a.clause, a.figure) },
];

/**
 * Why a figure with a unit is not a figure of the region, read from the words around it (per
 * unit, a threshold, part of a name, a ranking's field, a standard, a part of the region), or null.
 */
export function contextSkipReason(text: string, figure: Figure, site: { clause: number; window: number }): string | null {
  const around: Around = {
    figure,
    clause: text.slice(site.clause, figure.start),
    window: text.slice(site.window, figure.start),
    after: text.slice(figure.end, figure.end + 14),
    afterNumber: text.slice(figure.numberEnd, figure.numberEnd + 4).replace(/^[万亿]/, ''),
    floor: /(?:以上|以下)$/.test(text.slice(figure.start, figure.end)) ? '以上' : '',
  };
  const rule = CONTEXT_RULES.find((r) => r.applies(around));
  if (rule) return rule.reason;
  // A sentence about the city's central urban area (市中心城区实施重点城建项目117个，完成投资108亿元):
  // each of its figures is for part of the region. (拓展中心城区5平方公里 grows that area: the region's.)
  const sentence = text.slice(Math.max(0, text.lastIndexOf('。', figure.start - 1) + 1, text.lastIndexOf('；', figure.start - 1) + 1), figure.start);
  if (CENTRAL_AREA.test(sentence)) return 'a figure for part of the region (the central urban area)';
  // A figure for part of the region (7个县区…) is not the region's; 分别 lists parts by name.
  const region = partReason(around.clause.replace(/占[^，；。：]*$/, ''));
  return region && !/分别/.test(around.clause) ? region : null;
}
