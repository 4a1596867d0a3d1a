/**
 * Rules of the code's shape (docs: /work/shared/STYLE.md): imports never go in a circle; src/lib
 * touches no DOM; one table of interface words with one lookup; one URL validator; no list of
 * regions in code. Read from the source files, so a change that breaks a rule fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as W from '../../src/lib/words';

function files(dir: string, ext = /\.(ts|svelte)$/): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(f) ? [path] : [];
  });
}

const SOURCES = [...files('src'), ...files('scripts')];
const text = new Map(SOURCES.map((f) => [f, readFileSync(f, 'utf8')]));
/** The code of a file without comments and with string contents blanked. */
const code = (f: string) =>
  text
    .get(f)!
    .replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
const blank = (s: string) => s.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");

/** Relative imports of a file (static, dynamic, re-exports; type-only ones too), resolved to files. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of text.get(file)!.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    const base = normalize(join(dirname(file), spec));
    const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => text.has(p));
    if (hit) out.push(hit);
    else if (!/\.(css|json)$/.test(spec) && !base.startsWith('tests/')) expect.unreachable(`${file} imports ${spec}, which is not a source file`);
  }
  return out;
}

/** Every circle in the import graph, each as the files around it. */
function cycles(nodes: readonly string[]): string[][] {
  const graph = new Map(nodes.map((f) => [f, importsOf(f)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push(stack.slice(stack.indexOf(g)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of nodes) if (!state.has(f)) visit(f);
  return found;
}

describe('imports', () => {
  it('resolve to files of the tree', () => {
    for (const f of SOURCES) importsOf(f);
  });

  it('never go in a circle in src/', () => {
    expect(cycles(SOURCES.filter((f) => f.startsWith('src'))).map((c) => c.join(' → '))).toEqual([]);
  });

  it('never go in a circle in scripts/', () => {
    expect(cycles(SOURCES.filter((f) => f.startsWith('scripts'))).map((c) => c.join(' → '))).toEqual([]);
  });

  it('flow one way: src/lib imports nothing from components, embed or scripts', () => {
    for (const f of SOURCES.filter((f) => f.startsWith('src/lib/'))) {
      for (const g of importsOf(f)) expect(g, `${f} imports ${g}`).toMatch(/^src\/lib\//);
    }
  });
});

describe('src/lib is pure: no DOM, no location', () => {
  /** A DOM global used (not a property or key of the same name). */
  const DOM = /(?<![.\w])(document|window|location|history|navigator|localStorage|sessionStorage|requestAnimationFrame|getComputedStyle|XMLSerializer|DOMParser|HTMLElement|SVGSVGElement|SVGElement|Element|Document|Image|URL\.createObjectURL)\b(?!\s*[:?]?:)/;
  const lib = SOURCES.filter((f) => f.startsWith('src/lib/'));
  it.each(lib)('%s', (f) => {
    expect(blank(code(f)).match(DOM)?.[0] ?? null).toBeNull();
  });
});

describe('one table of interface words', () => {
  const entries = Object.entries(W).filter(([name]) => name !== 'default') as [string, unknown][];
  const words = entries.flatMap(([name, v]) =>
    v && typeof v === 'object' && 'zh' in v ? [[name, v]] : Object.entries(v as object).map(([k, w]) => [`${name}.${k}`, w]),
  ) as [string, { zh: string; en: string }][];
  it('has both languages for every entry, with the same placeholders', () => {
    expect(words.length).toBeGreaterThan(150);
    for (const [name, w] of words) {
      expect(w.zh.trim(), name).not.toBe('');
      expect(w.en.trim(), name).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(w.zh), name).toEqual(holes(w.en));
    }
  });
  it('uses every entry somewhere', () => {
    const app = SOURCES.filter((f) => f.startsWith('src/') && !f.startsWith('src/lib/words/'))
      .map((f) => text.get(f)!)
      .join('\n');
    const unused = entries.map(([name]) => name).filter((name) => !new RegExp(`\\b(W\\.${name}|${name})\\b`).test(app));
    expect(unused).toEqual([]);
  });
  it('is the only one: no other { zh, en } word lists, no other lookup', () => {
    const allowed = (f: string) => f.startsWith('src/lib/words/') || f === 'src/lib/attainment.ts';
    for (const f of SOURCES.filter((f) => f.startsWith('src/') && !allowed(f))) {
      expect(text.get(f)!.match(/\{\s*zh:\s*['`]/)?.[0] ?? null, f).toBeNull();
      expect(text.get(f)!.match(/export function (w|word|reasonText)\(/)?.[0] ?? null, f).toBeNull();
    }
  });
  it('holds no facts of the documents: years, region or plan names', () => {
    for (const [name, w] of words) {
      expect(`${w.zh} ${w.en}`, name).not.toMatch(/\b20[12]\d\b|驻马店市|驿城区|Zhumadian city|Yicheng district|十四五|十三五/);
    }
  });
});

describe('one URL validator, no list of regions', () => {
  it('the embed and the pages check ids with lib/url-state.ts', () => {
    const embed = text.get('src/embed/params.ts')!;
    expect(embed).toContain("from '../lib/url-state'");
    expect(embed).not.toMatch(/const \w+ = \/\^/);
    for (const page of ['index.html', 'embed.html']) expect(readFileSync(page, 'utf8')).toContain('%PAGE_PATTERNS%');
  });
  it('no code lists the regions of the manifest', () => {
    for (const f of SOURCES.filter((f) => f.startsWith('src/'))) {
      expect(code(f).match(/['"]zhumadian['"]\s*[,|]\s*['"]yicheng['"]|zhumadian\|yicheng|['"]yicheng['"]\s*\?/)?.[0] ?? null, f).toBeNull();
    }
  });
  it('the only region named in code is the default of a link', () => {
    const named = SOURCES.filter((f) => f.startsWith('src/') && /['"](zhumadian|yicheng)['"]/.test(code(f))).map((f) => relative('.', f));
    expect(named).toEqual(['src/lib/url-state.ts']);
  });
});
