/**
 * The parts of a government work report, found by their headings in flat text:
 * 一、YYYY年工作回顾 (or 一、过去五年工作回顾) → 二、YYYY年工作总体要求和主要目标 with
 * 主要预期目标是：… → 三、YYYY年重点工作(安排). Nothing depends on line numbers.
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
}

const NUMERAL = '[一二三四五六七八九十]+、';
const REVIEW_HEADING = new RegExp(`${NUMERAL}(?:(\\d{4})年|过去[一二三四五六七八九十]年)工作回顾`);
const GOALS_HEADING = new RegExp(`${NUMERAL}(\\d{4})年(?:经济社会发展|政府工作|工作)?总体要求`);
const TASKS_HEADING = new RegExp(`${NUMERAL}(\\d{4})年(?:政府工作|经济社会发展)?重点工作`);
const HEADLINE_MARKER = /主要预期目标(?:是|为)?[：:]/;

/** Locate the review, the headline list and the tasks part in a report's flat text. */
export function findReportSections(text: string): ReportSections {
  const review = REVIEW_HEADING.exec(text);
  const goals = GOALS_HEADING.exec(text);
  const tasks = TASKS_HEADING.exec(text);
  const marker = HEADLINE_MARKER.exec(text);
  let headline: Range | null = null;
  if (marker) {
    const start = marker.index + marker[0].length;
    const stop = text.indexOf('。', start);
    headline = { start, end: stop < 0 ? text.length : stop };
  }
  let reviewRange: Range | null = null;
  if (review) {
    const start = review.index + review[0].length;
    const ends = [goals?.index, marker?.index, tasks?.index, text.length].filter(
      (i): i is number => i !== undefined && i > start,
    );
    reviewRange = { start, end: Math.min(...ends) };
  }
  const tasksStart = tasks ? tasks.index + tasks[0].length : -1;
  const tasksRange = tasks ? { start: tasksStart, end: nextDocumentAt(text, tasksStart) } : null;
  return {
    review: reviewRange,
    headline,
    tasks: tasksRange,
    reviewHeadingYear: review?.[1] ?? null,
    targetHeadingYear: goals?.[1] ?? tasks?.[1] ?? null,
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

/** Items of a headline list: separated by ，or ；. */
export function splitItems(text: string, range: Range): Range[] {
  const items: Range[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || text[i] === '，' || text[i] === '；') {
      if (i > start) items.push({ start, end: i });
      start = i + 1;
    }
  }
  return items;
}
