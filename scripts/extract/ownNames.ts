/**
 * Measures of their own: when no catalogue indicator fits a figure, its name is taken from the
 * sentence (the words before it, or after it), with filler and predicate verbs stripped, and it
 * gets a stable id from the name and unit family. Such a measure is shown with its source but is
 * never a series.
 */
import type { Indicator, Measure } from '../../src/lib/types.ts';
import { afterText, type NamingContext } from './naming.ts';
import type { Figure } from './numbers.ts';

/** Words that carry no measure at the head of a name (力争, 确保 …), stripped from an own name. */
const FILLER_HEAD = /^(?:力争|确保|争取|努力|计划|全年|全市|全区|全面|基本|全部|共|其中|同时|实现|完成|开展|推动|推进|组织|持续|累计|并|已|要|将|使|让|有|约|近|超过|今年|明年|[“"]?十[一二三四五]五[”"]?(?:时期|期间|末)|(?:到|至)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末)?(?:前|以前)?)+/;
/** Verbs between a name and its figure, stripped from an own name (they make the predicate). */
const PREDICATE_TAIL = /(?:同比|比上年|较上年|年均|分别|均)?(?:增长|下降|提高|提升|降低|减少|增加|达到|达|突破|超过|增至|降至|提高到|提升到|增长到|增加到|稳定在|保持在|保持|控制在|为|是|有|至)?$/;
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z“”"（）()+·\-、]+$/;
/** Verbs that name nothing by themselves (确保今年建成投用10个): a name needs a noun. */
const VERB_ONLY = /^(?:新增|新建|新设|建成|投用|建成投用|完成|实施|滚动实施|培育|突破培育|打造|着力打造|建设|重点建设|改造|设立|遴选|支持|引进|招引|签约|开工|投产|认定|组建|争创|创建|提升|扩大|推进|开展)+$/;
/** Measure words: a count of them usually stands before the counted noun (5个中小企业数字转型标杆). */
const COUNT_WORDS = /^(?:个|家|所|名|条|座|项|户|套|场|件|批|处|台|张|宗|只|头|万个|万家|万户|万名|万人|人|万人次|人次)$/;
const MODIFIER = /^(?:以上|以下|以内|左右)/;

/** The name written after a figure, up to the clause's end (32082名贫困人员的稳定脱贫). */
function nameAfterFigure(text: string, figure: Figure): { name: string; start: number; end: number } | null {
  const after = afterText(text, figure, 28);
  const lead = MODIFIER.exec(after.words)?.[0].length ?? 0;
  const name = after.words.slice(lead).replace(/[“”"]/g, '');
  if (name.length < 2 || !NAME_CHARS.test(name) || /^[的为是]/.test(name)) return null;
  return { name, start: after.start + lead, end: after.start + after.words.length };
}

/**
 * A measure of its own, named from the words before the figure (新增有进出口实绩企业 30 家) or after it
 * (40 所乡镇敬老院转型为区域养老服务中心; 选优扶强 5 家以上医药龙头企业): when no catalogue indicator fits.
 * A count word before a noun (5个…标杆) or a figure that opens its clause takes the name after it.
 */
export function ownName(nc: NamingContext, clause: number, window: number, figure: Figure): { name: string; start: number; end: number; predicate: string } | null {
  const text = nc.text;
  const before = text.slice(window, figure.start);
  const stripped = before.replace(FILLER_HEAD, '');
  const predicate = PREDICATE_TAIL.exec(stripped)?.[0] ?? '';
  const beforeName = stripped.slice(0, stripped.length - predicate.length).replace(/[“”"]/g, '');
  const verb = FLOW_VERB_OWN.exec(beforeName)?.[0] ?? '';
  const after = nameAfterFigure(text, figure);
  const countFirst = after !== null && COUNT_WORDS.test(figure.unit) && (beforeName === '' || VERB_ONLY.test(beforeName) || beforeName.length <= 4);
  if (after && (countFirst || beforeName === '' || VERB_ONLY.test(beforeName))) {
    const name = (VERB_ONLY.test(beforeName) && verb ? verb : '') + after.name;
    return { name, start: after.start, end: after.end, predicate: '' };
  }
  if (beforeName.length < 2 || beforeName.length > 24 || !NAME_CHARS.test(beforeName) || MODIFIER.test(beforeName) || /^的/.test(beforeName) || VERB_ONLY.test(beforeName)) return null;
  let name = beforeName;
  let start = window + (before.length - stripped.length);
  // 新入驻银行、保险、期货机构 12 家: bare names before it in the clause share the figure.
  if (text[window - 1] === '、') {
    const head = text.slice(clause, window).replace(FILLER_HEAD, '');
    if (head.length <= 16 && NAME_CHARS.test(head)) {
      name = head.replace(/[“”"]/g, '') + name;
      start = window - head.length;
    }
  }
  return { name, start, end: window + before.length - predicate.length, predicate };
}

const FLOW_VERB_OWN = /^(?:新增|新建|新设|建成|完成|实施|培育|打造|建设|改造|设立|引进|签约|开工|认定|组建|争创|创建)/;

/** A stable id for an own name: letters of a short hash of the name and its unit family. */
export function ownId(name: string, unitFamily: string): string {
  let h = 2166136261;
  for (const ch of `${name}|${unitFamily}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `own_${h.toString(36)}`;
}

const RATE_UNITS = new Set(['%', '‰', '百分点']);

/** The Indicator of an own name (not in the catalogue; never a series). */
export function ownIndicator(nc: NamingContext, name: string, unit: string, unitFamily: string, cue: 'flow' | 'stock' | null): Indicator {
  const id = ownId(name, unitFamily);
  const known = nc.own.get(id);
  if (known) return known;
  const measure: Measure = RATE_UNITS.has(unit) ? 'rate' : (cue ?? (/^(?:新增|新建|建成|培育|引进|完成|实施|改造|新认定|新设|争创|创建)/.test(name) ? 'flow' : 'stock'));
  const base: Indicator = {
    id,
    zh: name,
    en: name,
    category: 'other',
    unit,
    direction: 'neutral',
    headline: false,
    phrasings: [name],
    measure,
    qualifiers: [],
    counting_words: [],
    growth: '',
    not_same_as: [],
    note_zh: '目录中没有这一指标；名称取自原文。',
    note_en: 'Not in the catalogue: the name is the source\'s own words (not translated).',
    catalogued: false,
  };
  nc.own.set(id, base);
  return base;
}
