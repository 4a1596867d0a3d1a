/**
 * Year phrases of plans and policy documents: 到2025年, 2021年12月底前, 到2022年年底, 2025年底前,
 * 到“十四五”末, “十四五”期间, 到二〇三五年 … Each phrase says which period a figure after it
 * belongs to and, when it sets a deadline, how the text words it.
 */
import { fiveYearPlanSpan } from './fypTables.ts';

export interface PeriodPhrase {
  /** Flat span of the phrase. */
  start: number;
  end: number;
  /** A year (2025) or a span (2021-2025). */
  period: string;
  /** The phrase as written when it states a deadline (到2022年底, 2021年12月底前), else ''. */
  deadline: string;
}

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 二〇三五 → 2035. */
export function chineseYear(s: string): string {
  return [...s].map((c) => CN_DIGITS[c] ?? c).join('');
}

/** Words before a year that make it a base of comparison or a start, not the figure's period. */
const NOT_PERIOD_BEFORE = /[由从比较与同和、及至—-]$/;

const YEAR = /(到|至|截至|截止到|截止)?(20\d\d)年(?:(\d{1,2})月)?(年底|年末|底|末)?(前|以前)?/g;
const PLAN = /(到|至)?[“"]?十([二三四五])五[”"]?(末期|期末|末|时期|期间)/g;
const CN_YEAR = /(到|至)?([二][〇零][一二三四五六七八九〇零]{2})年(底|末)?/g;

/** Every year phrase in text[from, to), in order. */
export function periodPhrases(text: string, from = 0, to = text.length): PeriodPhrase[] {
  const slice = text.slice(from, to);
  const found: PeriodPhrase[] = [];
  for (const m of slice.matchAll(YEAR)) {
    const at = from + m.index;
    const end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(end, end + 1);
    // 由2015年的, 比2015年, 2016、2017年, 2018年起, 2021年3月19日: not a period of a figure
    // (增至2020年的34411元 is one).
    if (!m[1] && NOT_PERIOD_BEFORE.test(before)) continue;
    if (after === '起' || after === '、' || /\d/.test(after)) continue;
    // 是2017年的1.8倍: a year of comparison (增至2020年的 is a period: 至 makes it one).
    if (!m[1] && after === '的') continue;
    if (m[3] && !m[4] && !m[5] && /^\d/.test(text.slice(end, end + 2))) continue;
    const deadline = Boolean(m[1] || m[4] || m[5]);
    found.push({ start: at, end, period: m[2]!, deadline: deadline ? m[0] : '' });
  }
  const base = (at: number, end: number, stated: boolean) =>
    !stated && (/[由从比较与同和及至—-]$/.test(text.slice(Math.max(0, at - 1), at)) || text[end] === '的');
  for (const m of slice.matchAll(PLAN)) {
    const span = fiveYearPlanSpan(`十${m[2]!}五`);
    if (!span) continue;
    const at = from + m.index;
    if (base(at, at + m[0].length, Boolean(m[1]))) continue;
    const atEnd = m[3]!.includes('末');
    found.push({
      start: at,
      end: at + m[0].length,
      period: atEnd ? String(span.end) : `${span.start}-${span.end}`,
      deadline: atEnd ? m[0] : '',
    });
  }
  for (const m of slice.matchAll(CN_YEAR)) {
    const at = from + m.index;
    if (base(at, at + m[0].length, Boolean(m[1]))) continue;
    found.push({ start: at, end: at + m[0].length, period: chineseYear(m[2]!), deadline: m[1] || m[3] ? m[0] : '' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a period is a span (2021-2025). */
export function isSpan(period: string): boolean {
  return /^\d{4}-\d{4}$/.test(period);
}

/** Last year of a period: 2025 for 2025 and for 2021-2025. */
export function endYear(period: string): string {
  return isSpan(period) ? period.slice(5) : period;
}
