/**
 * A chart's credit, the same in the embed's credit line and the exported image's footer: the
 * documents its figures come from, the site's name with a link back to the same chart in the app,
 * and the dataset version. Pure: the caller passes the base URL the site is served from (there is
 * no fixed host; the embed and the app read it from their own page).
 */
import { t } from './i18n';
import * as W from './words';
import type { Lang, Region, Slice } from './types';
import { appUrl } from './url-state';
import { byCode } from './order';

/**
 * Document titles for a credit line, oldest first; titles that differ only by their year are
 * merged: "2023、2024、2025年驻马店市政府工作报告", "Zhumadian Government Work Report 2023, 2024, 2025".
 */
export function creditNames(documents: Slice['documents'], lang: Lang): string {
  const groups = new Map<string, string[]>();
  const sorted = [...documents].sort((a, b) => byCode(a.delivered, b.delivered) || byCode(a.id, b.id));
  for (const d of sorted) {
    const title = lang === 'zh' ? d.title_zh : d.title_en;
    const years = title.match(/\d{4}/g) ?? [];
    const key = years.length === 1 ? title.replace(/\d{4}/, '\u0000') : title;
    const list = groups.get(key) ?? [];
    if (years.length === 1 && !list.includes(years[0]!)) list.push(years[0]!);
    groups.set(key, list);
  }
  const yearSep = lang === 'zh' ? '、' : ', ';
  return [...groups]
    .map(([key, years]) => key.replace('\u0000', years.join(yearSep)))
    .join(lang === 'zh' ? '；' : '; ');
}

/** The app's URL of one chart: the indicator view of `indicator` in `region`, under `base`. */
export function chartHref(chart: { indicator: string; region: Region; measure: string; lang: Lang }, base: string): string {
  return appUrl({ view: 'indicator', ...chart }, base);
}

/** A link as printed in an image: without the scheme ("example.org/zmd/?view=indicator&…"). */
export function printedHref(href: string): string {
  return href.replace(/^[a-z]+:\/\//i, '');
}

export interface ChartCredit {
  /** "Source: 2023、2024、2025年驻马店市政府工作报告". */
  source: string;
  /** The site's name (the link's text). */
  site: string;
  href: string;
  /** "Dataset version 504d3bf0e459". */
  version: string;
}

export function chartCredit(documents: Slice['documents'], version: string, lang: Lang, href: string): ChartCredit {
  return {
    source: `${t(lang, W.source)}${lang === 'zh' ? '：' : ': '}${creditNames(documents, lang)}`,
    site: t(lang, W.appTitle),
    href,
    version: `${t(lang, W.version)} ${version}`,
  };
}
