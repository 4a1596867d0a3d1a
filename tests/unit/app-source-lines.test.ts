/**
 * The source view's text model (lib/source-lines.ts) and figure order (lib/source-figures.ts), on
 * the real build and the real seed texts: every stated row is marked where its offsets say, on
 * the line it cites, inside the sentence it quotes; figures step in source order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build/pipeline.ts';
import { documentFigures, documentRowIds, figureStep } from '../../src/lib/source-figures';
import { lineAt, lineStarts, locateQuote, markLines, plainLines, type SourceLine, type Span } from '../../src/lib/source-lines';
import type { Observation } from '../../src/lib/types';

const { dataset } = buildDataset({ seedsDir: 'seeds', dataDir: 'data' });
const texts = new Map(dataset.documents.map((d) => [d.file, readFileSync(`seeds/${d.file}`, 'utf8')]));
const stated = dataset.observations.filter((o) => !o.derived);
/** A span of the file as the view shows it: lines joined, blank lines left out. */
const shown = (s: string) =>
  s
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .join('');
const textOf = (lines: readonly SourceLine[], kind: string) =>
  lines.flatMap((l) => l.parts.filter((p) => p.kind === kind).map((p) => p.text)).join('');

describe('lineStarts and lineAt', () => {
  const cases = [
    { name: 'first line', text: 'ab\ncd\n\nef', at: 0, line: 1 },
    { name: 'the line break belongs to its line', text: 'ab\ncd\n\nef', at: 2, line: 1 },
    { name: 'second line', text: 'ab\ncd\n\nef', at: 3, line: 2 },
    { name: 'after a blank line', text: 'ab\ncd\n\nef', at: 7, line: 4 },
    { name: 'past the end is the last line', text: 'ab\ncd', at: 99, line: 2 },
    { name: 'CRLF', text: 'ab\r\ncd', at: 4, line: 2 },
  ];
  it.each(cases)('$name', ({ text, at, line }) => expect(lineAt(lineStarts(text), at)).toBe(line));
});

describe('plainLines and markLines', () => {
  // A real figure broken across lines with a blank line between (94\n\n个).
  const broken = stated.find((o) => /\n\s*\n/.test(texts.get(o.source_file)!.slice(o.source_start, o.source_end)))!;
  const text = texts.get(broken.source_file)!;
  const starts = lineStarts(text);
  const first = broken.source_line - 3;
  const plain = plainLines(text, starts, first, first + 8);

  it('numbers lines from the first asked for; blank lines have no parts', () => {
    expect(plain.map((l) => l.n)).toEqual([...Array(9).keys()].map((i) => first + i));
    for (const l of plain) expect(l.parts.length === 0).toBe(text.split('\n')[l.n - 1]!.trim() === '');
  });

  it('marks a figure broken across lines on each of its lines, the blank line between left blank', () => {
    const marked = markLines(plain, text, starts, [{ start: broken.source_start, end: broken.source_end, kind: 'figure' }]);
    expect(textOf(marked, 'figure')).toBe(shown(text.slice(broken.source_start, broken.source_end)));
    const lines = marked.filter((l) => l.parts.some((p) => p.kind === 'figure')).map((l) => l.n);
    expect(lines[0]).toBe(broken.source_line);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('keeps every line no span touches the same object', () => {
    const marked = markLines(plain, text, starts, [{ start: broken.source_start, end: broken.source_end, kind: 'figure' }]);
    const changed = marked.filter((l, i) => l !== plain[i]).map((l) => l.n);
    expect(changed).toEqual(marked.filter((l) => l.parts.some((p) => p.kind !== 'text')).map((l) => l.n));
  });

  const invalid: { name: string; span: Span }[] = [
    { name: 'empty', span: { start: 10, end: 10, kind: 'figure' } },
    { name: 'negative', span: { start: -4, end: 2, kind: 'figure' } },
    { name: 'past the end', span: { start: text.length - 1, end: text.length + 5, kind: 'figure' } },
  ];
  it.each(invalid)('ignores a span that is $name', ({ span }) => {
    expect(markLines(plain, text, starts, [span])).toEqual(plain);
  });
});

describe('other figures link to themselves', () => {
  const doc = dataset.documents.find((d) => d.id === 'zmd-gwr-2024')!;
  const text = texts.get(doc.file)!;
  const starts = lineStarts(text);
  const figures = documentFigures(dataset.observations, doc.id);
  // A figure that shares its sentence with others, so links fall inside its quote.
  const current = figures.find((o, i) => figures[i + 1] && o.quote === figures[i + 1]!.quote)!;
  const quote = locateQuote(text, current.quote, current.source_start, current.source_end)!;
  const spans: Span[] = [
    { ...quote, kind: 'quote' },
    { start: current.source_start, end: current.source_end, kind: 'figure' },
    ...figures.filter((o) => o.id !== current.id).map((o): Span => ({ start: o.source_start, end: o.source_end, kind: 'link', obs: o.id })),
  ];
  const lines = markLines(plainLines(text, starts, doc.line_start, doc.line_end), text, starts, spans);
  const parts = lines.flatMap((l) => l.parts);

  it('each other figure is a link to its row, as written; the figure marked is not a link', () => {
    const sameSpan = (o: Observation) => o.source_start === current.source_start && o.source_end === current.source_end;
    const linked = new Map<string, string>();
    for (const p of parts) if (p.obs) linked.set(p.obs, (linked.get(p.obs) ?? '') + p.text);
    // Of two rows on the same text, the first links; a row on the marked figure's text does not.
    const expected = figures.filter((o, i) => o.id !== current.id && !sameSpan(o) && !figures.slice(0, i).some((p) => p.id !== current.id && p.source_start === o.source_start && p.source_end === o.source_end));
    expect([...linked.keys()].sort()).toEqual(expected.map((o) => o.id).sort());
    for (const o of expected) expect(linked.get(o.id)).toBe(shown(text.slice(o.source_start, o.source_end)));
    expect(parts.filter((p) => p.kind === 'figure').every((p) => p.obs === undefined)).toBe(true);
  });

  it('a link inside the quoted sentence stays quoted', () => {
    expect(parts.some((p) => p.obs && p.kind === 'quote')).toBe(true);
    expect(parts.some((p) => p.obs && p.kind === 'text')).toBe(true);
  });
});

describe.each(stated.map((o) => ({ label: `${o.id}`, o })))('$label', ({ o }) => {
  const text = texts.get(o.source_file)!;
  it('is marked on the line it cites, as written, inside its quoted sentence, within its document', () => {
    const doc = dataset.documents.find((d) => d.id === o.document_id)!;
    const starts = lineStarts(text);
    const quote = locateQuote(text, o.quote, o.source_start, o.source_end);
    expect(quote, 'the quote is found around the figure').not.toBeNull();
    expect(text.slice(quote!.start, quote!.end).replace(/\r?\n/g, '')).toBe(o.quote);
    const lines = markLines(plainLines(text, starts, doc.line_start, doc.line_end), text, starts, [
      { ...quote!, kind: 'quote' },
      { start: o.source_start, end: o.source_end, kind: 'figure' },
    ]);
    const figureLines = lines.filter((l) => l.parts.some((p) => p.kind === 'figure'));
    expect(figureLines[0]?.n).toBe(o.source_line);
    expect(textOf(lines, 'figure')).toBe(shown(text.slice(o.source_start, o.source_end)));
    // What the view shows is the text, every character once.
    expect(lines.map((l) => l.parts.map((p) => p.text).join('')).join('')).toBe(
      plainLines(text, starts, doc.line_start, doc.line_end)
        .map((l) => l.parts.map((p) => p.text).join(''))
        .join(''),
    );
  });
});

describe('documentFigures and figureStep', () => {
  const doc = 'zmd-gwr-2025';
  const figures = documentFigures(dataset.observations, doc);

  it('lists the stated rows of the document in source order, never a derived row', () => {
    expect(figures.length).toBe(stated.filter((o) => o.document_id === doc).length);
    for (let i = 1; i < figures.length; i++) expect(figures[i]!.source_start).toBeGreaterThanOrEqual(figures[i - 1]!.source_start);
    expect(figures.some((o) => o.derived)).toBe(false);
    expect(dataset.observations.some((o) => o.document_id === doc && o.derived)).toBe(true);
  });

  const cases = [
    { name: 'the first has no previous', at: 0, prev: null, next: 1 },
    { name: 'a middle one has both', at: 5, prev: 4, next: 6 },
    { name: 'the last has no next', at: figures.length - 1, prev: figures.length - 2, next: null },
  ];
  it.each(cases)('$name', ({ at, prev, next }) => {
    const step = figureStep(figures, figures[at]!.id);
    expect(step.index).toBe(at);
    expect(step.count).toBe(figures.length);
    expect(step.prev?.id ?? null).toBe(prev === null ? null : figures[prev]!.id);
    expect(step.next?.id ?? null).toBe(next === null ? null : figures[next]!.id);
  });

  it('a figure not in the text (derived) steps to the first figure', () => {
    const derived = dataset.observations.find((o) => o.document_id === doc && o.derived)!;
    expect(figureStep(figures, derived.id)).toEqual({ index: -1, count: figures.length, prev: null, next: figures[0] });
  });

  it('documentRowIds names the document’s rows, derived ones too, and no other', () => {
    const ids = documentRowIds(dataset.observations, doc);
    expect(ids.size).toBe(dataset.observations.filter((o) => o.document_id === doc).length);
    expect([...ids].every((id) => dataset.observations.find((o) => o.id === id)!.document_id === doc)).toBe(true);
  });
});
