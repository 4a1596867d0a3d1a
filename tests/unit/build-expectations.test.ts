import { describe, expect, it } from 'vitest';
import { checkDataset, chineseNumber, reviewedInText } from '../../scripts/build/expectations.ts';
import { buildDataset } from '../../scripts/build/pipeline.ts';

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
  ])('%s → %i', (s, n) => expect(chineseNumber(s)).toBe(n));
});

describe('reviewedInText: what a report’s review says of its period', () => {
  // Heading and opening as they stand in the seeds (flat text), and two a next report could have.
  it.each([
    { name: 'year in the heading (000)', text: '一、2024年工作回顾过去一年，面对严峻挑战', delivered: '2025-02-21', heading: '2024', expected: { year: '2024', span: null } },
    { name: 'year in the heading and the opening (001)', text: '一、2023年工作回顾2023年，是全面贯彻党的二十大精神开局之年', delivered: '2024-02-21', heading: '2023', expected: { year: '2023', span: null } },
    { name: 'five years in the heading, the year in the opening (002)', text: '一、过去五年工作回顾刚刚过去的2022年，面对复杂严峻的经济形势', delivered: '2023-01-04', heading: null, expected: { year: '2022', span: 5 } },
    { name: 'no year at all: 过去一年 is the year before delivery', text: '一、政府工作回顾过去一年，我们', delivered: '2026-02-20', heading: null, expected: { year: '2025', span: null } },
    { name: 'nothing said', text: '一、工作回顾我们坚持', delivered: '2026', heading: null, expected: { year: null, span: null } },
    { name: '五年来 in the opening', text: '一、工作回顾五年来，全市', delivered: '2028', heading: null, expected: { year: null, span: 5 } },
    { name: 'a heading without its numeral, after a sentence', text: '……请予审议。2025年工作回顾过去一年，我们', delivered: '2026', heading: '2025', expected: { year: '2025', span: null, heading: { text: '2025年工作回顾' } } },
  ])('$name', ({ text, delivered, heading, expected }) => {
    const start = text.indexOf('工作回顾') + '工作回顾'.length;
    expect(reviewedInText(text, { start }, heading, delivered)).toMatchObject(expected);
  });
});

describe('checkDataset', () => {
  const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });

  it('the real dataset passes', () => {
    expect(checkDataset(dataset, 'data/documents.json')).toEqual([]);
  });

  it('no observations at all', () => {
    expect(checkDataset({ ...dataset, observations: [] }, 'data/documents.json')).toEqual([
      expect.objectContaining({ file: 'data/documents.json', line: 1, message: expect.stringMatching(/^the build found no figures/) }),
    ]);
  });
});
