import { describe, it, expect } from 'vitest';
import { flatten, isFurnitureLine, lineOf, normaliseChar, quote, sourceSpan, widenToClause } from '../../scripts/extract/text.ts';

// Real passages of the seeds (line breaks and blank lines as in the files).
const flattenCases = [
  {
    name: 'stray space inside 左右 and between CJK characters (000, headline list)',
    input: '主要预期目标是：地区生产总值增\n\n长 6.5%左 右 ，规 上 工 业 增加 值 增 长\n\n8%，固定资产投资增长 8%，',
    expected: '主要预期目标是：地区生产总值增长6.5%左右，规上工业增加值增长8%，固定资产投资增长8%，',
  },
  {
    name: 'a figure and its unit broken across a line end (000, review)',
    input: '实施中国药谷“三个一批”项目 94\n\n个，总投资 585 亿元；',
    expected: '实施中国药谷“三个一批”项目94个，总投资585亿元；',
  },
  {
    name: 'page break line starting with a space (000)',
    input: '城镇调查失业率 5.5%左右，居民消费价格涨\n 幅 2%左右，居民收入增长与经济增长同',
    expected: '城镇调查失业率5.5%左右，居民消费价格涨幅2%左右，居民收入增长与经济增长同',
  },
  {
    name: 'page furniture: running header and — 15 — removed (000)',
    input: '用，丰富皇家驿站文旅消费业态，支持\n\n\n\n驻马店市人民政府公报(2025-2) 市 政 府 文 件\n\n— 15 —\n\n景区、宾馆、酒店合作打造精品线路，',
    expected: '用，丰富皇家驿站文旅消费业态，支持景区、宾馆、酒店合作打造精品线路，',
  },
  {
    name: 'full-width digits and ％ normalised (003)',
    input: '6.7％；投资稳步增长',
    expected: '6.7%；投资稳步增长',
  },
  {
    name: 'a space between two figures of a table row is kept (003, table 2-1)',
    input: '就业人数 万人 1.2 [6.1] [6.2] 预期性',
    expected: '就业人数万人1.2 [6.1] [6.2]预期性',
  },
  {
    name: 'half-width clause punctuation becomes full-width, not inside numbers (002)',
    input: '落实新一轮粮食产能提升行动,新建高标准农田90万亩,确保粮食播种面积1900万亩以上',
    expected: '落实新一轮粮食产能提升行动，新建高标准农田90万亩，确保粮食播种面积1900万亩以上',
  },
  {
    name: 'a ratio keeps its ASCII colon between digits',
    input: '产业结构由 18.3:42.3:39.4 调整为',
    expected: '产业结构由18.3:42.3:39.4调整为',
  },
];

describe('flatten', () => {
  it.each(flattenCases)('$name', ({ input, expected }) => {
    expect(flatten(input).text).toBe(expected);
  });

  it.each(flattenCases)('maps every flat character back to its source character: $name', ({ input }) => {
    const flat = flatten(input);
    expect(flat.map).toHaveLength(flat.text.length);
    flat.text.split('').forEach((ch, i) => {
      const original = input[flat.map[i]!]!;
      if (ch === ' ') expect(original).toMatch(/\s/);
      else if (/[，；：（）！？]/.test(ch)) expect([ch, ',', ';', ':', '(', ')', '!', '?']).toContain(original);
      else expect(normaliseChar(original)).toBe(ch);
    });
  });

  it('flattens only the part between start and end, with offsets into the whole source', () => {
    const source = '各位代表：\n\n一、2024 年工作回顾\n\n过去一年';
    const start = source.indexOf('一、');
    const flat = flatten(source, start, source.indexOf('过去'));
    expect(flat.text).toBe('一、2024年工作回顾');
    expect(flat.map[0]).toBe(start);
  });

  it("turns line breaks between figures into spaces with lineBreaks: 'space'", () => {
    expect(flatten('537.7\n2 人均', 0, 10, { lineBreaks: 'space' }).text).toBe('537.7 2人均');
    expect(flatten('537.7\n2 人均').text).toBe('537.72人均');
  });
});

describe('isFurnitureLine', () => {
  const cases = [
    { name: 'page number with spaces', input: '— 15 —', expected: true },
    { name: 'page number without spaces', input: '—26—', expected: true },
    { name: 'running header', input: '驻马店市人民政府公报(2025-2) 市 政 府 文 件', expected: true },
    { name: 'running header, other order', input: '市 政 府 文 件 驻马店市人民政府公报（2025-2）', expected: true },
    { name: 'a line of text', input: '全年生产总值 3342.7 亿元，全省第 7，位次实现', expected: false },
    { name: 'a lone table cell', input: '2023', expected: false },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(isFurnitureLine(input)).toBe(expected);
  });
});

describe('quote, lineOf, sourceSpan', () => {
  const source = '一年来，我们全力以赴抓运行、施\n\n实策，综合实力再上新台阶。全年生产\n\n总值 3342.7 亿元，全省第 7，位次实现';

  it('quote removes line breaks and nothing else', () => {
    const start = source.indexOf('全年');
    const end = source.indexOf('，全省');
    expect(quote(source, start, end)).toBe('全年生产总值 3342.7 亿元');
  });

  it('lineOf is 1-based', () => {
    expect(lineOf(source, 0)).toBe(1);
    expect(lineOf(source, source.indexOf('实策'))).toBe(3);
    expect(lineOf(source, source.indexOf('3342.7'))).toBe(5);
  });

  it('lineOf handles CRLF files', () => {
    expect(lineOf('a\r\nb\r\nc', 6)).toBe(3);
    expect(quote('a\r\nb', 0, 4)).toBe('ab');
  });

  it('sourceSpan maps a flat span back to source offsets', () => {
    const flat = flatten(source);
    const at = flat.text.indexOf('3342.7亿元');
    const span = sourceSpan(flat, at, at + '3342.7亿元'.length);
    expect(source.slice(span.start, span.end)).toBe('3342.7 亿元');
  });
});

describe('widenToClause', () => {
  const cases = [
    {
      name: 'a short sentence is quoted whole',
      input: { text: '一年来，我们加压奋进。全年生产总值增长4.5%、全省第6，规上工业增加值增长3.5%。', figure: '3.5%', maxSentence: 90 },
      expected: '全年生产总值增长4.5%、全省第6，规上工业增加值增长3.5%。',
    },
    {
      name: 'a long sentence is cut to the clause',
      input: {
        text: '坚持数量、质量、生态“三位一体”保护，坚决遏制耕地“非农化”、有效防止“非粮化”，全面落实田长制，严格落实耕地占补平衡，确保粮食播种面积1950万亩以上，推进撂荒地整治利用。',
        figure: '1950万亩以上',
        maxSentence: 60,
      },
      expected: '确保粮食播种面积1950万亩以上，',
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const at = input.text.indexOf(input.figure);
    const r = widenToClause(input.text, at, at + input.figure.length, input.maxSentence);
    expect(input.text.slice(r.start, r.end)).toBe(expected);
  });
});
