import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../scripts/build/utf8.ts';
import { findLoose, locateDocuments, parseManifest, sha256Hex, verifySeed } from '../../scripts/build/manifest.ts';
import type { DocumentMeta, SeedFileMeta } from '../../src/lib/types.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidUtf8', () => {
  it.each([
    { name: 'ASCII', input: utf8('abc\n123'), expected: -1 },
    { name: 'Chinese', input: utf8('驻马店市政府工作报告'), expected: -1 },
    { name: 'emoji (4 bytes)', input: utf8('a😀b'), expected: -1 },
    { name: 'GBK 中 after two ASCII bytes', input: bytes(0x61, 0x0a, 0xd6, 0xd0), expected: 2 },
    { name: 'lone continuation byte', input: bytes(0x61, 0x80), expected: 1 },
    { name: 'truncated 3-byte sequence at the end', input: bytes(0xe9, 0xa9), expected: 0 },
    { name: 'overlong encoding of /', input: bytes(0xc0, 0xaf), expected: 0 },
    { name: 'UTF-16 surrogate encoded in UTF-8', input: bytes(0xed, 0xa0, 0x80), expected: 0 },
    { name: 'Latin-1 é', input: bytes(0x63, 0x61, 0x66, 0xe9), expected: 3 },
  ])('$name → $expected', ({ input, expected }) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});

describe('decodeUtf8', () => {
  it('decodes valid text and keeps a byte-order mark so offsets match the file', () => {
    const r = decodeUtf8(utf8('\uFEFF第一行'), 'x.txt');
    expect(r).toEqual({ ok: true, text: '\uFEFF第一行' });
  });
  it('names the file and the line of the first bad byte, and what to do', () => {
    const r = decodeUtf8(new Uint8Array([...utf8('第一行\n第二行\n'), 0xd6, 0xd0]), 'x.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.finding).toMatchObject({ level: 'error', file: 'x.txt', line: 3 });
    expect(r.finding.message).toMatch(/^not UTF-8: byte 0xd6 at byte offset 20 is not valid UTF-8 — convert the file to UTF-8/);
  });
  it('says when a file reads as GB18030/GBK', () => {
    // 驻马店 in GBK.
    const r = decodeUtf8(bytes(0x61, 0x0a, 0xd7, 0xa4, 0xc2, 0xed, 0xb5, 0xea), 'gbk.csv');
    expect(!r.ok && r.finding).toMatchObject({ line: 2, message: expect.stringMatching(/^not UTF-8: .*; it reads as GB18030\/GBK — /) });
  });
});

describe('findLoose (whitespace-insensitive)', () => {
  it.each([
    { text: '关于明确政府工作报告提出的\n\n2025 年重点工作', marker: '关于明确政府工作报告提出的2025年重点工作', from: 0, expected: 0 },
    { text: 'xx政府工作报告——2023 年 1 月 4 日', marker: '政府工作报告——2023年1月4日', from: 0, expected: 2 },
    { text: 'ab ab', marker: 'ab', from: 1, expected: 3 },
    { text: 'abc', marker: 'abd', from: 0, expected: -1 },
  ])('$marker in $text', ({ text, marker, from, expected }) => {
    expect(findLoose(text, marker, from)).toBe(expected);
  });
});

const doc = (id: string, begins_with: string | null): DocumentMeta => ({
  id,
  kind: 'policy',
  title_zh: 't',
  title_en: 't',
  issuer_zh: 'i',
  issuer_en: 'i',
  region: 'zhumadian',
  delivered: '2021',
  reviews: [],
  targets_for: ['2021'],
  begins_with,
});

describe('locateDocuments', () => {
  const text = '第一份文件\n正文\n关于印发\n某某方案的通知\n正文二\n';
  const meta: SeedFileMeta = { file: 'f.txt', original_name: 'f.txt', sha256: sha256Hex(text), documents: [doc('a', null), doc('b', '关于印发某某方案的通知')] };
  it('splits a file at each begins_with marker, with line ranges', () => {
    const r = locateDocuments({ meta, bytes: utf8(text), text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((d) => [d.doc.id, d.line_start, d.line_end])).toEqual([
      ['a', 1, 2],
      ['b', 3, 5],
    ]);
  });
  it('names the file and the marker when the marker is missing', () => {
    const r = locateDocuments({ meta: { ...meta, documents: [doc('a', null), doc('b', '不存在的标题')] }, bytes: utf8(text), text });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]).toMatchObject({ file: 'f.txt', level: 'error' });
    expect(r.findings[0]!.message).toContain('不存在的标题');
  });
});

describe('verifySeed', () => {
  const text = '内容\n';
  const meta: SeedFileMeta = { file: 'f.txt', original_name: 'f.txt', sha256: sha256Hex(text), documents: [doc('a', null)] };
  it('accepts the recorded hash', () => {
    expect(verifySeed(meta, utf8(text), 'seeds').ok).toBe(true);
  });
  it('reports expected and actual hash', () => {
    const r = verifySeed(meta, utf8('内容!\n'), 'seeds');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]!.message).toContain(meta.sha256);
    expect(r.findings[0]!.message).toContain(sha256Hex('内容!\n'));
  });
  it('reports a missing file', () => {
    const r = verifySeed(meta, null, 'seeds');
    expect(!r.ok && r.findings[0]!.message).toMatch(/missing from seeds/);
  });
});

describe('parseManifest', () => {
  it('reads the real manifest', () => {
    const r = parseManifest(readFileSync('data/documents.json', 'utf8'), 'data/documents.json');
    expect(r.ok).toBe(true);
  });
  it('names the line of a JSON syntax error', () => {
    const r = parseManifest('{\n "files": [\n  {"file": "a.txt",}\n ]\n}', 'm.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]).toMatchObject({ file: 'm.json', line: 3 });
  });
  it('names the line of a document with a bad field', () => {
    const m = { schema_version: 1, regions: [{ id: 'zhumadian', zh: '驻马店市', en: 'Zhumadian city', parent: null }], files: [{ file: 'a.txt', original_name: 'a.txt', sha256: 'a'.repeat(64), documents: [{ ...doc('x', null), region: 'henan' }] }] };
    const text = JSON.stringify(m, null, 1);
    const r = parseManifest(text, 'm.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]!.message).toMatch(/"region" must be one of the manifest's regions/);
    expect(r.findings[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('"henan"')) + 1);
  });
  it('names the line of the second of two documents with one id', () => {
    const m = { schema_version: 1, regions: [{ id: 'zhumadian', zh: '驻马店市', en: 'Zhumadian city', parent: null }], files: [{ file: 'a.txt', original_name: 'a.txt', sha256: 'a'.repeat(64), documents: [doc('x', null), doc('x', 'start')] }] };
    const text = JSON.stringify(m, null, 2);
    const r = parseManifest(text, 'm.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = text.split('\n').flatMap((l, i) => (l.includes('"id": "x"') ? [i + 1] : []));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/duplicate id "x"/);
    expect(r.findings[0]!.line).toBe(lines[1]);
  });
});
