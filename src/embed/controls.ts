/**
 * The embed's optional control row (controls=1): language and year window. Built once and
 * updated in place, so that a select keeps its focus while the chart redraws around it.
 */
import { add, htmlEl } from '../dom/el';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/types';
import * as W from '../lib/words';

export interface Choice {
  lang: Lang;
  from: number | null;
  to: number | null;
}

export interface Controls {
  element: HTMLElement;
  /** Show `choice` (words in its language, the chosen options, years outside the window disabled). */
  update(choice: Choice): void;
}

const yearOf = (value: string) => (value === '' ? null : Number(value));

export function controls(doc: Document, years: readonly number[], onchange: (change: Partial<Choice>) => void): Controls {
  const option = (value: string, text: string) => htmlEl(doc, 'option', { value }, {}, text);
  const select = (options: HTMLOptionElement[], change: (value: string) => Partial<Choice>) => {
    const element = add(htmlEl(doc, 'select') as HTMLSelectElement, ...options);
    element.addEventListener('change', () => onchange(change(element.value)));
    return element;
  };
  const yearOptions = () => [option('', ''), ...years.map((y) => option(String(y), String(y)))] as HTMLOptionElement[];
  const language = select([option('zh', '中文'), option('en', 'English')] as HTMLOptionElement[], (v) => ({ lang: v === 'en' ? 'en' : 'zh' }));
  const from = select(yearOptions(), (v) => ({ from: yearOf(v) }));
  const to = select(yearOptions(), (v) => ({ to: yearOf(v) }));
  const labels = [language, from, to].map((s) => {
    const words = doc.createTextNode('');
    return { words, element: add(htmlEl(doc, 'label'), words, doc.createTextNode(' '), s) };
  });
  const element = add(htmlEl(doc, 'div', { class: 'controls' }), ...labels.map((l) => l.element));

  return {
    element,
    update({ lang, from: first, to: last }) {
      [W.language, W.fromYear, W.toYear].forEach((entry, i) => (labels[i]!.words.data = t(lang, entry)));
      for (const o of language.options) o.selected = o.value === lang;
      for (const [s, chosen] of [[from, first], [to, last]] as const) {
        for (const o of s.options) {
          const year = yearOf(o.value);
          o.selected = year === chosen;
          if (year === null) o.textContent = t(lang, W.allYears);
          else o.disabled = s === from ? last !== null && year > last : first !== null && year < first;
        }
      }
    },
  };
}
