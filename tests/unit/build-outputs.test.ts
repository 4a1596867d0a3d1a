/** The published files: CSV encoding and quoting, the datapackage schema, slices, determinism. */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PAIR_COLUMNS } from '../../scripts/build/csv.ts';
import { buildDataset, datasetVersion } from '../../scripts/build/pipeline.ts';
import { OBSERVATION_COLUMNS, type Dataset, type Slice } from '../../src/lib/types.ts';

const opts = { seedsDir: 'seeds', dataDir: 'data' };
const result = buildDataset(opts);
const text = (path: string) => {
  const f = result.files.get(path);
  if (f === undefined) throw new Error(`no ${path}`);
  return typeof f === 'string' ? f : new TextDecoder('utf-8', { ignoreBOM: true }).decode(f);
};
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

interface SchemaField {
  name: string;
  type: string;
  constraints?: { enum?: string[]; required?: boolean; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: SchemaField[]; primaryKey: string };
}

describe('observations.csv and pairs.csv', () => {
  it('are UTF-8 with a byte-order mark', () => {
    expect(text('observations.csv').startsWith('\uFEFFid,region,indicator_id,')).toBe(true);
    expect(text('pairs.csv').startsWith('\uFEFFid,')).toBe(true);
  });

  it('have the contract columns in order, one row per observation and pair', () => {
    const obs = parse(text('observations.csv'));
    expect(obs.errors).toEqual([]);
    expect(obs.meta.fields).toEqual([...OBSERVATION_COLUMNS]);
    expect(obs.data).toHaveLength(result.dataset.observations.length);
    const pairs = parse(text('pairs.csv'));
    expect(pairs.meta.fields).toEqual([...PAIR_COLUMNS]);
    expect(pairs.data).toHaveLength(result.dataset.pairs.length);
  });

  it('round-trip every value (quotes with commas and quotation marks survive)', () => {
    const rows = parse(text('observations.csv')).data;
    result.dataset.observations.forEach((o, i) => {
      const r = rows[i]!;
      expect(r.quote).toBe(o.quote);
      expect(r.value).toBe(o.value === null ? '' : String(o.value));
      expect(r.estimated).toBe(String(o.estimated));
    });
  });
});

describe('datapackage.json', () => {
  const pkg = JSON.parse(text('datapackage.json')) as { resources: Resource[]; version: string };

  it.each([
    ['observations', 'observations.csv'],
    ['pairs', 'pairs.csv'],
  ])('describes %s with the CSV header, in order', (name, path) => {
    const res = pkg.resources.find((r) => r.name === name)!;
    expect(res.path).toBe(path);
    expect(res.schema.fields.map((f) => f.name)).toEqual(parse(text(path)).meta.fields);
    expect(res.schema.primaryKey).toBe('id');
    for (const f of res.schema.fields) expect(['string', 'number', 'integer', 'boolean']).toContain(f.type);
  });

  it('every CSV cell satisfies its field type and enum', () => {
    for (const res of pkg.resources) {
      const rows = parse(text(res.path)).data;
      for (const f of res.schema.fields) {
        for (const row of rows) {
          const v = row[f.name]!;
          if (v === '') {
            expect(f.constraints?.required ?? false, `${res.name}.${f.name} is required`).toBe(false);
            continue;
          }
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${res.name}.${f.name} = ${v}`).toBe(true);
          if (f.type === 'integer') expect(v).toMatch(/^-?\d+$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
          if (f.constraints?.enum) expect(f.constraints.enum, `${res.name}.${f.name}`).toContain(v);
          if (f.constraints?.pattern) expect(v).toMatch(new RegExp(f.constraints.pattern));
        }
      }
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size, `${res.name} ids are unique`).toBe(ids.length);
    }
  });

  it('records size and sha256 of each CSV', () => {
    for (const res of pkg.resources as (Resource & { bytes: number; hash: string })[]) {
      const f = result.files.get(res.path) as Uint8Array;
      expect(res.bytes).toBe(f.length);
      expect(res.hash).toBe(`sha256:${createHash('sha256').update(f).digest('hex')}`);
    }
  });

  it('carries the dataset version', () => {
    expect(pkg.version).toBe(result.dataset.version);
  });
});

describe('dataset.json and slices', () => {
  const dataset = JSON.parse(text('dataset.json')) as Dataset;

  it('lists every document with its file, hash and line range', () => {
    expect(dataset.documents.map((d) => d.id)).toContain('yc-fyp14');
    for (const d of dataset.documents) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(d.line_start).toBeGreaterThan(0);
      expect(d.line_end).toBeGreaterThanOrEqual(d.line_start);
    }
  });

  it('has one slice per catalogued indicator and region with observations, holding exactly those (own measures form no series)', () => {
    const keys = new Set(dataset.observations.filter((o) => o.catalogued).map((o) => `${o.region}--${o.indicator_id}`));
    expect(dataset.observations.some((o) => !o.catalogued)).toBe(true);
    const slices = [...result.files.keys()].filter((k) => k.startsWith('slices/'));
    expect(slices.map((k) => k.slice('slices/'.length, -'.json'.length)).sort()).toEqual([...keys].sort());
    const gdp = JSON.parse(text('slices/yicheng--gdp.json')) as Slice;
    expect(gdp.indicator.id).toBe('gdp');
    expect(gdp.observations.every((o) => o.region === 'yicheng' && o.indicator_id === 'gdp')).toBe(true);
    expect(gdp.documents.map((d) => d.id)).toEqual(['yc-fyp14']);
    expect(gdp.pairs.length).toBeGreaterThan(0);
  });

  it('ships byte copies of the seeds', () => {
    for (const d of dataset.documents) expect(result.files.has(`sources/${d.file}`)).toBe(true);
  });

  it('states each fact once: the task notice repeat is folded into the 2025 headline target', () => {
    const gdp2025 = dataset.observations.filter((o) => o.indicator_id === 'gdp' && o.kind === 'target' && o.period === '2025' && o.region === 'zhumadian');
    expect(gdp2025).toHaveLength(1);
    expect(gdp2025[0]!.document_id).toBe('zmd-gwr-2025');
    expect(gdp2025[0]!.also_stated_in).toMatch(/^zmd-tasks-2025:000_bbb7e12bb1a91af9\.txt:\d+$/);
  });
});

describe('version', () => {
  it('is deterministic: the same inputs build the same bytes', () => {
    const again = buildDataset(opts);
    expect(again.dataset.version).toBe(result.dataset.version);
    for (const [path, content] of result.files) expect(again.files.get(path), path).toEqual(content);
  }, 60_000);
  it('changes with any input', () => {
    expect(datasetVersion('m', 'c', ['a'])).not.toBe(datasetVersion('m', 'c', ['b']));
    expect(datasetVersion('m', 'c', ['a'])).not.toBe(datasetVersion('m2', 'c', ['a']));
    expect(datasetVersion('m', 'c', ['a'], 'code1')).not.toBe(datasetVersion('m', 'c', ['a'], 'code2'));
  });
});
