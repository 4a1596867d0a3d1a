/** Parameters that were not used, named as plain text (never as HTML). */
import { add, htmlEl } from '../dom/el';
import { t } from '../lib/i18n';
import type { Lang } from '../lib/types';
import * as W from '../lib/words';
import { NOTICE_WORDS } from '../lib/words';
import type { ParamNotice } from './params';

/** A parameter not used: as parsed, or a well-formed region or indicator the data does not hold. */
export type Notice = Omit<ParamNotice, 'reason'> & { reason: ParamNotice['reason'] | 'not_found' };

/** The notice block, or null when every parameter was used. */
export function noticesEl(doc: Document, notices: readonly Notice[], lang: Lang): HTMLElement | null {
  if (notices.length === 0) return null;
  const box = add(htmlEl(doc, 'div', { class: 'notice', role: 'status' }), htmlEl(doc, 'span', {}, {}, t(lang, W.embedNoticeTitle)));
  for (const notice of notices) {
    const item = add(htmlEl(doc, 'span', { class: 'item' }), htmlEl(doc, 'code', {}, {}, `${notice.param}=${notice.value}`));
    item.append(` (${t(lang, NOTICE_WORDS[notice.reason])})`);
    box.append(' ', item);
  }
  return box;
}
