import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { canonicalDepartments, deadlineEn, loadDeadlineRules, loadDepartments, loadNames, untranslated } from '../../scripts/build/translations.ts';

const departments = loadDepartments(readFileSync('data/departments.csv', 'utf8'), 'data/departments.csv');
const deadlines = loadDeadlineRules(readFileSync('data/deadlines.csv', 'utf8'), 'data/deadlines.csv');
if (!departments.ok || !deadlines.ok) throw new Error('data/departments.csv or data/deadlines.csv does not load');

describe('deadlineEn: every deadline phrase of the seeds in English', () => {
  it.each([
    ['12月底前', 'by the end of December'],
    ['2021年12月底前', 'by the end of December 2021'],
    ['2025年底前', 'by the end of 2025'],
    ['到2025年', 'by 2025'],
    ['到2022年年底', 'by the end of 2022'],
    ['到“十四五”末', 'by the end of the 14th Five-Year Plan'],
    ['“十四五”', 'over the 14th Five-Year Plan'],
    ['年内持续推进', 'ongoing through the year'],
    ['下个月', ''],
  ])('%s → %s', (phrase, en) => {
    expect(deadlineEn(phrase, deadlines.value)).toBe(en);
  });
});

describe('canonicalDepartments: one name per department', () => {
  it.each([
    ['市工业和信息化局', '市工信局', []],
    ['人社局、市人力资源和社会保障局', '市人社局', []],
    ['市交通局、市交通运输局', '市交通运输局', []],
    ['市农村农业局、农业农村局', '市农业农村局', []],
    ['市卫健体委', '市卫健委', []],
    ['市新设局', '市新设局', ['市新设局']],
  ])('%s → %s', (list, names, unknown) => {
    expect(canonicalDepartments(list, departments.value)).toEqual({ names, unknown });
  });
  it('gives every department an English name', () => {
    for (const d of departments.value) expect(d.en).toMatch(/[A-Za-z]/);
  });
});

describe('bad tables name their line', () => {
  it('a name given to two departments', () => {
    const r = loadDepartments('zh,en,aliases\n市发改委,A,发改委\n市发展改革委,B,发改委\n', 'd.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'd.csv', line: 3, message: expect.stringMatching(/"发改委" already names the department on line 2/) });
  });
  it('a pattern that is not a regular expression', () => {
    const r = loadDeadlineRules('pattern,en\n"^(\\d+",by {1}\n', 'x.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not a regular expression/) });
  });
  it.each([
    ['a name without English', 'zh,en\n信访总量,\n', /needs its Chinese and its English/],
    ['a name twice', 'zh,en\n信访总量,Petitions\n信访总量,Letters and visits\n', /"信访总量" is named twice/],
    ['English that is Chinese', 'zh,en\n信访总量,信访\n', /holds Chinese/],
  ])('names: %s', (_, text, message) => {
    const r = loadNames(text, 'n.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'n.csv', line: text.trim().split('\n').length, message: expect.stringMatching(message) });
  });
});

describe('measures named from their own sentence, in English (data/names.csv)', () => {
  const { dataset, coverage } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
  const own = dataset.observations.filter((o) => !o.catalogued);

  it('every own-named row of the seeds has an English name, and its indicator too', () => {
    expect(own.length).toBeGreaterThan(100);
    expect(own.filter((o) => untranslated(o.indicator_en)).map((o) => o.indicator_zh)).toEqual([]);
    const ownIds = new Set(own.map((o) => o.indicator_id));
    expect(dataset.indicators.filter((i) => ownIds.has(i.id) && untranslated(i.en))).toEqual([]);
    expect(coverage.totals.own_names_without_english).toBe(0);
  });
  it('catalogued rows keep the catalogue’s English', () => {
    const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    for (const o of dataset.observations.filter((x) => x.catalogued)) expect(o.indicator_en).toBe(byId.get(o.indicator_id)!.en);
  });
});

