/**
 * The task notice that follows a work report (驻政〔2025〕2号): it repeats the headline list
 * (今年发展主要预期目标：…) and splits the year's work into numbered tasks, each with its lead
 * departments and deadline.
 */
import { findReportSections } from './sections.ts';
import type { Range } from './sections.ts';
import { flatten } from './text.ts';
import type { ExtractInput, ExtractResult } from './types.ts';
import { finish, headlineList, periodsOf, readBody, warn, type Ctx } from './workReport.ts';

/** Where a task of the task notice comes from: its lead departments and deadline. */
export interface TaskAttribution {
  lead_departments: string;
  deadline: string;
}

export interface NoticeTask extends TaskAttribution {
  /** The task's number in the notice (1, 2 …). */
  number: number;
  /** Flat span of the task's text, without its responsibility note. */
  body: Range;
}

const TASK_NUMBER = /(\d{1,3})\.(?!\d)/g;
const RESPONSIBILITY = /（([^（）]*(?:牵头|负责)[^（）]*)）|〔((?:[^〔〕]*)(?:牵头|负责)[^〔〕]*)〕/g;

/**
 * The numbered tasks of a task notice: `N.任务…。（市工信局牵头，市发改委…按职责分工负责，12月底前完成）`.
 * A task number counts only when it follows the previous one (1., 2., 3. …), so that figures such
 * as 1.2万 are never taken for numbering.
 */
export function noticeTasks(text: string, from: number): NoticeTask[] {
  const starts: { number: number; at: number; bodyAt: number }[] = [];
  for (const m of text.slice(from).matchAll(TASK_NUMBER)) {
    const n = Number(m[1]);
    const at = from + m.index;
    const prev = text[at - 1] ?? '';
    if (n !== starts.length + 1 || (at > from && !/[。）)；〕】\]]/.test(prev))) continue;
    starts.push({ number: n, at, bodyAt: at + m[0].length });
  }
  return starts.map((s, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const notes = [...text.slice(s.bodyAt, end).matchAll(RESPONSIBILITY)];
    const note = notes[notes.length - 1];
    const bodyEnd = note ? s.bodyAt + note.index : end;
    return { number: s.number, body: { start: s.bodyAt, end: bodyEnd }, ...attribution(note?.[1] ?? note?.[2] ?? '') };
  });
}

/** 市工信局牵头，市发改委…按职责分工负责，12月底前完成 → lead 市工信局, deadline 12月底前. */
export function attribution(note: string): TaskAttribution {
  const clauses = note.split('，');
  const leadClause = clauses.find((c) => c.includes('牵头')) ?? clauses.find((c) => c.endsWith('负责')) ?? '';
  const lead = leadClause.replace(/(牵头|负责)$/, '').replace(/牵头.*$/, '').replace(/按职责分工$/, '');
  const last = clauses.length > 1 ? clauses[clauses.length - 1]! : '';
  const deadline = /负责$|牵头$/.test(last) ? '' : last.replace(/完成$/, '');
  return { lead_departments: lead.split('、').filter((d) => d !== '').join('、'), deadline };
}

/**
 * The task notice: the repeated headline list (今年发展主要预期目标：…) and the figures of its
 * numbered tasks, each with its lead departments and deadline.
 */
export function extractTaskNotice(input: ExtractInput): ExtractResult {
  const flat = flatten(input.source, input.start, input.end);
  const ctx: Ctx = { input, flat, observations: [], findings: [], own: new Map() };
  const sections = findReportSections(flat.text);
  const periods = periodsOf(input, sections);
  if (sections.headline) headlineList(ctx, sections.headline, 'task_notice', periods.target);
  else warn(ctx, 'warning', 0, 'no headline target list (主要预期目标：…) found in this task notice');
  const tasks = noticeTasks(flat.text, sections.headline?.end ?? 0);
  // A task's figures are targets of the year (the notice reviews nothing).
  const targetsOnly = { ...sections, review: null, tasks: { start: 0, end: flat.text.length } };
  for (const task of tasks) {
    readBody(ctx, targetsOnly, periods, task.body, 'task_notice', () => ({ lead_departments: task.lead_departments, deadline: task.deadline }));
  }
  return finish(ctx);
}
