import { describe, expect, test } from 'vitest';
import { creditNames } from '../../src/lib/credit';
import { slice } from '../e2e/fixtures/slice';

const plan = {
  ...slice.documents[0]!,
  id: 'yc-fyp-14',
  title_zh: '驿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  title_en: 'Yicheng District 14th Five-Year Plan and Long-Range Objectives to 2035',
  delivered: '2021',
};
const notice = {
  ...slice.documents[0]!,
  id: 'zmd-tasks-2025',
  title_zh: '关于明确2025年重点工作责任单位的通知（驻政〔2025〕2号）',
  title_en: 'Notice on the 2025 key tasks (Zhu Zheng [2025] No. 2)',
  delivered: '2025-02-22',
};

describe('creditNames', () => {
  test.each([
    { name: 'yearly reports merge, oldest first (zh)', docs: slice.documents, lang: 'zh', expected: '2023、2024、2025年驻马店市政府工作报告' },
    { name: 'yearly reports merge (en)', docs: slice.documents, lang: 'en', expected: 'Zhumadian Government Work Report 2023, 2024, 2025' },
    { name: 'one report stays as it is', docs: slice.documents.slice(0, 1), lang: 'en', expected: 'Zhumadian Government Work Report 2025' },
    { name: 'a title without a year', docs: [plan], lang: 'en', expected: 'Yicheng District 14th Five-Year Plan and Long-Range Objectives to 2035' },
    {
      name: 'titles with two years are never merged; order by delivery',
      docs: [notice, ...slice.documents, plan],
      lang: 'zh',
      expected:
        '驿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要；2023、2024、2025年驻马店市政府工作报告；关于明确2025年重点工作责任单位的通知（驻政〔2025〕2号）',
    },
    { name: 'no documents', docs: [], lang: 'zh', expected: '' },
  ] as const)('$name', ({ docs, lang, expected }) => {
    expect(creditNames([...docs], lang)).toBe(expected);
  });
});
