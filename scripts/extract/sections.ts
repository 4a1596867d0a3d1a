/**
 * The parts of a government work report (or a plan-execution report, or a news summary of one),
 * found by their headings in flat text when it has them: 一、YYYY年工作回顾 (一、过去五年工作回顾,
 * 一、2024年国民经济和社会发展计划执行情况, 回顾2024年 …) → 二、YYYY年工作总体要求和主要目标 with
 * 主要预期目标是：… (今年预期目标：…, 主要目标是：…) → 三、YYYY年重点工作(安排, 任务). Every part is
 * optional: the extractor reads sentences on their own where a heading is missing.
 */

export interface Range {
  start: number;
  end: number;
}

export interface ReportSections {
  review: Range | null;
  /** Items of 主要预期目标是：… up to the end of the sentence. */
  headline: Range | null;
  tasks: Range | null;
  /** Year named in the review heading (一、2024年工作回顾), null for 过去五年工作回顾. */
  reviewHeadingYear: string | null;
  /** Year named in the goals or tasks heading (二、2025年工作总体要求 / 三、2025年重点工作). */
  targetHeadingYear: string | null;
  /** The review heading speaks of several years (过去五年工作回顾, “十四五”时期…工作回顾). */
  fiveYearReview: boolean;
  /** Where the report ends (a document appended after it begins), or the text's end. */
  end: number;
}

const NUMERAL = '(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)?';
const HEADING_TEXT = '[^。；！？]';
/**
 * 一、2024年工作回顾, 一、过去五年工作回顾, 一、“十四五”时期和2025年工作回顾,
 * 一、2024年国民经济和社会发展计划执行情况, 回顾2024年 … (the numeral is optional).
 */
const REVIEW_HEADING = new RegExp(
  `${NUMERAL}(?:(${HEADING_TEXT}{0,20}?)工作回顾|(\\d{4})年国民经济和社会发展计划执行情况|回顾(\\d{4})年|(过去[一五]年)(?:的)?工作)`,
  'g',
);
/** 二、2025年工作总体要求和主要目标, 二、2026年经济社会发展主要目标和重点任务, 2025年计划草案 … */
const GOALS_HEADING = new RegExp(`${NUMERAL}${HEADING_TEXT}{0,12}?(\\d{4})年${HEADING_TEXT}{0,16}?(?:总体要求|主要目标|预期目标|计划草案)`, 'g');
/** 三、2025年重点工作, 三、2024年重点工作安排, 三、扎实做好2026年重点任务, 2025年工作安排 … */
const TASKS_HEADING = new RegExp(`${NUMERAL}${HEADING_TEXT}{0,12}?(\\d{4})年${HEADING_TEXT}{0,10}?(?:重点(?:工作安排|工作|任务)|工作安排|主要任务)`, 'g');
/** 主要预期目标是：, 今年发展主要预期目标：, 今年预期目标：, 主要目标是： … (half-width colon too). */
const HEADLINE_MARKER = /(?:主要预期目标|主要目标|预期目标)(?:是|为)?[：:]/g;

/** The first match of a global regex at or after `from`. */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

/**
 * Locate the review, the headline list and the tasks part in a report's flat text, each searched
 * after the one before it (a goals heading that names 重点任务 is not the tasks heading).
 */
export function findReportSections(text: string): ReportSections {
  const review = execFrom(REVIEW_HEADING, text, 0);
  const afterReview = review ? review.index + review[0].length : 0;
  const goals = execFrom(GOALS_HEADING, text, afterReview);
  // The marker may close the goals heading itself (2025年主要预期目标：…).
  const marker = execFrom(HEADLINE_MARKER, text, goals ? goals.index : afterReview);
  let headline: Range | null = null;
  if (marker) {
    const start = marker.index + marker[0].length;
    const stop = text.indexOf('。', start);
    headline = { start, end: stop < 0 ? text.length : stop };
  }
  const tasks = execFrom(TASKS_HEADING, text, headline?.end ?? (goals ? goals.index + goals[0].length : afterReview));
  let reviewRange: Range | null = null;
  if (review) {
    const ends = [goals?.index, marker?.index, tasks?.index, text.length].filter(
      (i): i is number => i !== undefined && i > afterReview,
    );
    reviewRange = { start: afterReview, end: Math.min(...ends) };
  }
  const tasksStart = tasks ? tasks.index + tasks[0].length : -1;
  const tasksRange = tasks ? { start: tasksStart, end: nextDocumentAt(text, tasksStart) } : null;
  const reviewText = review ? (review[1] ?? review[2] ?? review[3] ?? review[4] ?? '') : '';
  const reviewYears = reviewText.match(/\d{4}/g);
  const end = nextDocumentAt(text, Math.max(0, tasks?.index ?? marker?.index ?? goals?.index ?? review?.index ?? 0));
  return {
    review: reviewRange,
    headline,
    tasks: tasksRange ? { start: tasksRange.start, end: Math.min(tasksRange.end, end) } : null,
    reviewHeadingYear: reviewYears ? reviewYears[reviewYears.length - 1]! : null,
    targetHeadingYear: goals?.[1] ?? tasks?.[1] ?? null,
    fiveYearReview: /过去五年|五年|十[一二三四五]五/.test(reviewText),
    end,
  };
}

/** A document number standing on its own (驻政〔2024〕6号), not cited in brackets: another document begins. */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,8}〔\d{4}〕\d+号(?![）)》〉”文])/g;

/** Where a document appended after the report begins (a gazette prints several), or the text end. */
export function nextDocumentAt(text: string, from: number): number {
  DOC_NUMBER.lastIndex = from;
  const m = DOC_NUMBER.exec(text);
  return m ? m.index : text.length;
}

/** Items of a headline list: separated by ，；or a bullet (▶ ● ■ ◆ • ·). */
export function splitItems(text: string, range: Range): Range[] {
  const items: Range[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || '，；▶●■◆•·▪'.includes(text[i]!)) {
      if (i > start) items.push({ start, end: i });
      start = i + 1;
    }
  }
  return items;
}
