/**
 * Per-view data and the document facts the build adds: each view's part, joined with the index,
 * gives the view exactly what the whole dataset gives it; parts carry every row they cite;
 * measures outside the catalogue reach the promises and the dataset but never the index, the
 * scorecard or a chart; category names and table captions and notes come from the inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCategories } from '../../scripts/build/facts.ts';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { dataIndex, documentPart, indicatorIndex, planPart, promisesPart, scorecardPart, viewFiles } from '../../scripts/build/views.ts';
import { joinPart } from '../../src/lib/parts';
import { planRows, planTables } from '../../src/lib/plan';
import { promiseRows } from '../../src/lib/promises';
import { scorecardRegions, scorecardRows } from '../../src/lib/scorecard';
import { sliceOf } from '../../src/lib/slice';
import { sourceContext } from '../../src/lib/source-context';
import { documentFigures } from '../../src/lib/source-figures';
import type { Dataset, DatasetPart } from '../../src/lib/types';

const { dataset, files } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const index = dataIndex(dataset);

/** The real dataset with one measure taken out of the catalogue (as the build marks a measure named from its own sentence). */
const uncatalogued: Dataset = (() => {
  const target = dataset.observations.find((o) => o.kind === 'target' && o.indicator_id === 'gdp' && o.region === 'zhumadian')!;
  const id = 'named_from_sentence';
  const observations = dataset.observations.map((o) => (o.id === target.id ? { ...o, indicator_id: id, catalogued: false } : o));
  const pairs = dataset.pairs.map((p) => (p.target_id === target.id ? { ...p, indicator_id: id } : p));
  return { ...dataset, observations, pairs };
})();

describe('each view computes from its part what it computes from the whole dataset', () => {
  it('scorecard', () => {
    const joined = joinPart(index, scorecardPart(dataset));
    for (const region of scorecardRegions(dataset)) expect(scorecardRows(joined, region)).toEqual(scorecardRows(dataset, region));
    expect(scorecardRegions(dataset)).toEqual(['zhumadian']);
  });
  it('promises', () => {
    expect(promiseRows(joinPart(index, promisesPart(dataset)))).toEqual(promiseRows(dataset));
  });
  it('plan', () => {
    const joined = joinPart(index, planPart(dataset));
    const tables = planTables(dataset).flatMap((p) => p.tables);
    expect(tables.map((t) => t.section)).toEqual(['table_1_1', 'table_2_1']);
    for (const t of tables) expect(planRows(joined, t)).toEqual(planRows(dataset, t));
  });
});

describe('a part holds every row, pair and caveat its rows cite', () => {
  const parts: [string, DatasetPart][] = [
    ['scorecard', scorecardPart(dataset)],
    ['promises', promisesPart(dataset)],
    ['plan', planPart(dataset)],
    ...dataset.documents.map((d): [string, DatasetPart] => [`document ${d.id}`, documentPart(dataset, d.id)]),
  ];
  it.each(parts)('%s', (_, part) => {
    const ids = new Set(part.observations.map((o) => o.id));
    for (const p of part.pairs) {
      expect(ids).toContain(p.target_id);
      if (p.actual_id) expect(ids).toContain(p.actual_id);
      if (p.related_actual_id) expect(ids).toContain(p.related_actual_id);
    }
    for (const o of part.observations) for (const d of o.derived_from.split(' ').filter(Boolean)) expect(ids).toContain(d);
    expect(part.observations.length).toBeLessThan(dataset.observations.length);
  });
});

describe('a document’s part (the source view)', () => {
  it.each(dataset.documents.map((d) => ({ id: d.id })))('$id: every row of the document, with what the data says about it', ({ id }) => {
    const part = documentPart(dataset, id);
    const joined = joinPart(index, part);
    const own = dataset.observations.filter((o) => o.document_id === id);
    expect(documentFigures(joined.observations, id)).toEqual(documentFigures(dataset.observations, id));
    expect(own.every((o) => part.observations.includes(o))).toBe(true);
    for (const o of own) {
      const fromPart = sourceContext([joined], o.id)!;
      expect(fromPart.complete, o.id).toBe(true);
      expect(fromPart).toEqual(sourceContext([dataset], o.id));
    }
  });
  it('holds only what its rows cite', () => {
    const part = documentPart(dataset, 'zmd-gwr-2025');
    expect(part.observations.length).toBeLessThan(dataset.observations.length / 3);
    expect(documentPart(dataset, 'zmd-housing-2023').observations).toEqual([]);
  });
});

describe('measures outside the catalogue', () => {
  const id = 'named_from_sentence';
  it('are in the promises and the dataset', () => {
    expect(promisesPart(uncatalogued).observations.some((o) => o.indicator_id === id)).toBe(true);
    expect(uncatalogued.observations.some((o) => o.indicator_id === id)).toBe(true);
  });
  it('are never in the index, the scorecard or a chart', () => {
    expect(indicatorIndex(uncatalogued, 'zh').indicators.some((i) => i.id === id)).toBe(false);
    expect(scorecardPart(uncatalogued).observations.some((o) => !o.catalogued)).toBe(false);
    expect(sliceOf(uncatalogued, 'zhumadian', id)).toBeNull();
  });
});

describe('the index and the indicator lists', () => {
  it('list every catalogued indicator with rows, and the regions it has rows in, in each language', () => {
    const zh = indicatorIndex(dataset, 'zh');
    const en = indicatorIndex(dataset, 'en');
    expect(zh.indicators.map((i) => i.id)).toEqual(en.indicators.map((i) => i.id));
    const gdp = zh.indicators.find((i) => i.id === 'gdp')!;
    expect(gdp.name).toBe(dataset.indicators.find((i) => i.id === 'gdp')!.zh);
    expect(en.indicators.find((i) => i.id === 'gdp')!.name).toBe(dataset.indicators.find((i) => i.id === 'gdp')!.en);
    expect(gdp.regions).toEqual(['zhumadian', 'yicheng']);
    for (const i of zh.indicators) for (const r of i.regions) expect(files.has(`slices/${r}--${i.id}.json`), `${r}--${i.id}`).toBe(true);
  });
  it('are written next to the views’ parts, and are small', () => {
    const written = new Map(viewFiles(dataset));
    expect([...written.keys()].sort()).toEqual(
      ['index.json', 'indicators.en.json', 'indicators.zh.json', 'views/plan.json', 'views/promises.json', 'views/scorecard.json', ...dataset.documents.map((d) => `views/documents/${d.id}.json`)].sort(),
    );
    for (const [path] of written) expect(files.has(path), path).toBe(true);
    expect(written.get('index.json')!.length).toBeLessThan(String(files.get('dataset.json')).length / 20);
  });
});

describe('document facts from the inputs', () => {
  it('names the categories from data/categories.csv, every category of the catalogue', () => {
    const used = new Set(dataset.indicators.map((i) => i.category));
    const named = new Set(dataset.categories.map((c) => c.id));
    for (const c of used) expect(named).toContain(c);
    expect(dataset.categories.find((c) => c.id === 'economy')).toEqual({ id: 'economy', zh: '经济', en: 'Economy' });
  });

  it('quotes the plan tables’ captions and notes from the seed', () => {
    const seed = readFileSync('seeds/003_93f9f528af4ebca6.txt', 'utf8');
    const lines = seed.split('\n');
    const flat = seed.replace(/\r?\n/g, '');
    expect(dataset.tables.map((t) => [t.number, t.section])).toEqual([
      ['1-1', 'table_1_1'],
      ['2-1', 'table_2_1'],
    ]);
    for (const t of dataset.tables) {
      expect(lines[t.source_line - 1]).toContain(t.caption);
      if (t.note) {
        expect(lines[t.note_line - 1]!.trim().startsWith('注')).toBe(true);
        expect(flat).toContain(t.note);
      }
    }
    const [t11, t21] = dataset.tables;
    expect(t11!.note).toMatch(/^注：.*部分指标未完成目标。$/);
    expect(t21!.note).toBe('');
  });

  const rows = [{ id: 'gdp', category: 'economy' }];
  it.each([
    { name: 'a good file', csv: 'id,zh,en\neconomy,经济,Economy\n', errors: [] as string[] },
    { name: 'a wrong header', csv: 'id,name\neconomy,经济\n', errors: ['columns must be id,zh,en'] },
    { name: 'an empty file', csv: '', errors: ['columns must be id,zh,en'] },
    { name: 'a missing English name', csv: 'id,zh,en\neconomy,经济,\n', errors: ['needs a Chinese and an English name', 'category "economy" (used by gdp'] },
    { name: 'a bad id', csv: 'id,zh,en\nEconomy!,经济,Economy\n', errors: ['must be lower-case', 'category "economy" (used by gdp'] },
    { name: 'a category named twice', csv: 'id,zh,en\neconomy,经济,Economy\neconomy,经济2,Economy 2\n', errors: ['named twice'] },
    { name: 'a category of the catalogue not named', csv: 'id,zh,en\nprices,物价,Prices\n', errors: ['category "economy" (used by gdp'] },
  ])('categories: $name', ({ csv, errors }) => {
    const r = parseCategories(csv, 'data/categories.csv', rows);
    expect(r.ok).toBe(errors.length === 0);
    if (!r.ok) {
      expect(r.findings.length).toBe(errors.length);
      errors.forEach((e, i) => expect(r.findings[i]!.message).toContain(e));
      for (const f of r.findings) expect(f.message).toMatch(/ — /);
    }
  });
});
