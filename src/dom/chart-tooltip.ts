/**
 * The tooltip of the focused or hovered mark: its name (value with modifier, period, status), the
 * value as stated, notes (derived from which figures, caveats), the quoted sentence, document and
 * line; and, where a mark opens its source, how to do so. All of it as text.
 */
import { t } from '../lib/i18n';
import type { Lang, Slice } from '../lib/types';
import * as W from '../lib/words';
import type { Mark } from './chart-svg';
import { add, htmlEl } from './el';

export interface TooltipOptions {
  id: string;
  /** The chart's width (the tooltip opens towards the middle). */
  width: number;
  lang: Lang;
  documents: Slice['documents'];
  /** Say that Enter or a click opens the source. */
  hint: boolean;
}

export function tooltip(doc: Document, mark: Mark, { id, width, lang, documents, hint }: TooltipOptions): HTMLElement {
  const { obs, x, y } = mark;
  const right = x > width / 2;
  const d = documents.find((e) => e.id === obs.document_id);
  const title = d ? (lang === 'zh' ? d.title_zh : d.title_en) : obs.source_file;
  const box = htmlEl(
    doc,
    'div',
    { id, class: 'tooltip', role: 'tooltip' },
    { left: right ? 'auto' : `${Math.max(0, x - 20)}px`, right: right ? `${Math.max(0, width - x - 20)}px` : 'auto', top: `${y + 16}px` },
  );
  return add(
    box,
    htmlEl(doc, 'strong', {}, {}, mark.label),
    obs.value_text && obs.comparator !== 'eq' ? htmlEl(doc, 'span', { class: 'stated' }, {}, `「${obs.value_text}」`) : null,
    ...mark.notes.map((note) => htmlEl(doc, 'span', { class: 'note' }, {}, note)),
    htmlEl(doc, 'q', {}, {}, obs.quote),
    htmlEl(doc, 'span', { class: 'doc' }, {}, `${title} · ${t(lang, W.line)} ${obs.source_line}`),
    hint ? htmlEl(doc, 'span', { class: 'hint' }, {}, t(lang, W.pressToOpen)) : null,
  );
}
