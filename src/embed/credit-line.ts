/**
 * One line: the documents the chart's figures come from, the site with a link to the same chart
 * in the app, the dataset version (lib/credit: as in the exported image's footer).
 */
import { add, htmlEl } from '../dom/el';
import { chartCredit } from '../lib/credit';
import { t } from '../lib/i18n';
import type { Lang, Slice } from '../lib/types';
import * as W from '../lib/words';

export function creditLine(doc: Document, documents: Slice['documents'], version: string, lang: Lang, appHref: string): HTMLElement {
  const credit = chartCredit(documents, version, lang, appHref);
  return add(
    htmlEl(doc, 'p', { class: 'credit' }),
    doc.createTextNode(`${credit.source} · `),
    htmlEl(doc, 'a', { href: credit.href, target: '_blank', rel: 'noopener', title: t(lang, W.openApp) }, {}, `${credit.site} ↗`),
    doc.createTextNode(' · '),
    htmlEl(doc, 'span', { class: 'version' }, {}, credit.version),
  );
}
