// @vitest-environment jsdom
/**
 * The embed page's blocks (src/embed/credit-line.ts, controls.ts), built without a framework:
 * names from the data stay text, the control row shows a choice and reports changes.
 */
import { describe, expect, test } from 'vitest';
import { controls, type Choice } from '../../src/embed/controls';
import { creditLine } from '../../src/embed/credit-line';
import { t } from '../../src/lib/i18n';
import * as W from '../../src/lib/words';
import { realSlice } from '../fixtures/real-slices';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('creditLine', () => {
  const documents = realSlice('zhumadian', 'gdp').documents;

  test('documents, the site linked to the chart in the app (new tab), the version', () => {
    const line = creditLine(document, documents, 'abc123', 'en', 'https://tracker.example/?view=indicator&indicator=gdp&lang=en');
    expect(line.textContent).toBe('Source: Zhumadian Government Work Report 2023, 2024, 2025 · Zhumadian: promises and results ↗ · Dataset version abc123');
    const link = line.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://tracker.example/?view=indicator&indicator=gdp&lang=en',
      '_blank',
      'noopener',
    ]);
  });

  test('a title from the data is text, never markup', () => {
    const line = creditLine(document, [{ ...documents[0]!, title_zh: `${HOSTILE}2025年报告` }], 'v', 'zh', 'https://tracker.example/');
    expect(line.querySelector('img')).toBeNull();
    expect(line.textContent).toContain(HOSTILE);
  });
});

describe('controls', () => {
  const years = [2023, 2024, 2025];
  const chosen = (s: HTMLSelectElement) => [...s.options].filter((o) => o.selected).map((o) => o.value);
  const disabled = (s: HTMLSelectElement) => [...s.options].filter((o) => o.disabled).map((o) => o.value);

  test.each<{ name: string; choice: Choice; selected: string[][]; off: string[][] }>([
    {
      name: 'all years, Chinese',
      choice: { lang: 'zh', from: null, to: null },
      selected: [['zh'], [''], ['']],
      off: [[], [], []],
    },
    {
      name: 'a window, English: years outside it are disabled in the other select',
      choice: { lang: 'en', from: 2024, to: 2024 },
      selected: [['en'], ['2024'], ['2024']],
      off: [[], ['2025'], ['2023']],
    },
  ])('$name', ({ choice, selected, off }) => {
    const row = controls(document, years, () => {});
    row.update(choice);
    const selects = [...row.element.querySelectorAll('select')];
    expect([...row.element.querySelectorAll('label')].map((l) => l.firstChild?.textContent)).toEqual([W.language, W.fromYear, W.toYear].map((w) => t(choice.lang, w)));
    expect(selects.slice(1).map((s) => s.options[0]!.textContent)).toEqual([t(choice.lang, W.allYears), t(choice.lang, W.allYears)]);
    expect(selects.map(chosen)).toEqual(selected);
    expect(selects.map(disabled)).toEqual(off);
  });

  test('a change reports the part of the choice it sets; the element stays the same', () => {
    const changes: Partial<Choice>[] = [];
    const row = controls(document, years, (c) => changes.push(c));
    row.update({ lang: 'zh', from: null, to: null });
    const [language, from, to] = [...row.element.querySelectorAll('select')];
    for (const [select, value] of [[language, 'en'], [from, '2024'], [to, '']] as const) {
      select!.value = value;
      select!.dispatchEvent(new Event('change'));
    }
    expect(changes).toEqual([{ lang: 'en' }, { from: 2024 }, { to: null }]);
    const element = row.element;
    row.update({ lang: 'en', from: 2024, to: null });
    expect(row.element).toBe(element);
  });
});
