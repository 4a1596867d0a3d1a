import { describe, expect, it } from 'vitest';
import { buildCoverage, documentAt, formatCoverage, warningCategory } from '../../scripts/build/coverage.ts';
import { buildDataset } from '../../scripts/build/pipeline.ts';

describe('warningCategory', () => {
  it.each([
    ['no-data cell: 表 1-1 驿城区“十三五”规划主要目标完成情况 row 12 万元生产总值能耗减少, column 2015年基数: "--"', 'no-data cell'],
    ['unclassified figure "新建 5G 基站 1200 个": no catalogue phrasing before it', 'unclassified figure …'],
    ['figure "3.5%" has no period: set reviews/targets_for in the manifest', 'figure … has no period'],
    [
      'figure not extracted (part of a name (a class or a specification: 500亿级, 1000千伏)): "全力打造现代医药500亿"',
      'figure not extracted (part of a name (a class or a specification: N亿级, N千伏))',
    ],
  ])('%s → %s', (message, category) => {
    expect(warningCategory(message)).toBe(category);
  });
});

describe('coverage of the real build', () => {
  const { coverage, dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });

  it('counts rows per document, kind and section, adding up to the dataset', () => {
    const total = coverage.documents.reduce((n, d) => n + d.rows, 0);
    expect(total).toBe(dataset.observations.length);
    const fyp = coverage.documents.find((d) => d.document_id === 'yc-fyp14')!;
    expect(fyp.by_section.table_1_1).toEqual({ baseline: 17, target: 18, actual: 18 });
    expect(fyp.by_section.table_2_1).toEqual({ baseline: 21, target: 22 });
  });

  it('counts pairs by status and lists every warning with its document', () => {
    expect(Object.values(coverage.pairs_by_status).reduce((a, b) => a + b, 0)).toBe(dataset.pairs.length);
    expect(coverage.warnings.filter((w) => w.message.startsWith('no-data cell')).map((w) => [w.document_id, w.line])).toEqual([
      ['yc-fyp14', 501],
      ['yc-fyp14', 992],
    ]);
  });

  it('prints a table of documents × sections × kinds', () => {
    const text = formatCoverage(coverage);
    expect(text).toMatch(/yc-fyp14\s+table_1_1\s+18\s+18\s+17/);
    expect(text).toMatch(/^pairs: met \d+/m);
  });
});

describe('documentAt', () => {
  it('finds the document a line belongs to', () => {
    const doc = (id: string) => ({ id }) as never;
    const located = [
      { doc: doc('a'), file: 'f', start: 0, end: 10, line_start: 1, line_end: 5 },
      { doc: doc('b'), file: 'f', start: 10, end: 20, line_start: 6, line_end: 9 },
    ];
    expect(documentAt(located, 'f', 6)).toBe('b');
    expect(documentAt(located, 'g', 6)).toBe('');
    expect(buildCoverage('v', located, [], [], []).documents.map((d) => d.rows)).toEqual([0, 0]);
  });
});
