/** Credit lines from the real documents: the yearly reports the city's GDP chart cites, the plan and the task notice. */
import { describe, expect, test } from 'vitest';
import { creditNames } from '../../src/lib/credit';
import { realDataset, realSlice } from '../fixtures/real-slices';

const reports = realSlice('zhumadian', 'gdp').documents;
const plan = realDataset().documents.find((d) => d.kind === 'five_year_plan')!;
/** Its title names two years (2025 and 〔2025〕). */
const notice = realDataset().documents.find((d) => d.kind === 'task_notice')!;

describe('creditNames', () => {
  test('the GDP chart cites the three yearly reports', () => expect(reports.map((d) => d.kind)).toEqual(['work_report', 'work_report', 'work_report']));
  test.each([
    { name: 'yearly reports merge, oldest first (zh)', docs: reports, lang: 'zh', expected: '2023、2024、2025年驻马店市政府工作报告' },
    { name: 'yearly reports merge (en)', docs: reports, lang: 'en', expected: 'Zhumadian Government Work Report 2023, 2024, 2025' },
    { name: 'one report stays as it is', docs: reports.slice(0, 1), lang: 'en', expected: reports[0]!.title_en },
    { name: 'a title without a year of its own to merge', docs: [plan], lang: 'en', expected: plan.title_en },
    {
      name: 'titles with two years are never merged; order by delivery',
      docs: [notice, ...reports, plan],
      lang: 'zh',
      expected: [plan.title_zh, '2023、2024、2025年驻马店市政府工作报告', notice.title_zh].join('；'),
    },
    { name: 'no documents', docs: [], lang: 'zh', expected: '' },
  ] as const)('$name', ({ docs, lang, expected }) => {
    expect(creditNames([...docs], lang)).toBe(expected);
  });
});
