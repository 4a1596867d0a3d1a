/**
 * "Cite this": the citation of a chart, the promises list or the dataset, in Chinese (GB/T 7714
 * style) or English (APA-like): the site as author, the title, the dataset version, who issued the
 * source documents, the date accessed and the link to what is cited. Pure: the caller passes the
 * link and the day (the reader's clock in the app, a fixed day in tests).
 */
import { chartHref } from './credit';
import { nameIn, nameOf, t } from './i18n';
import type { DocumentMeta, Lang, Observation, Slice } from './types';
import { appUrl, type AppState } from './url-state';
import * as W from './words';

/** What can be cited: a chart, the promises list, the dataset. */
export type CiteKind = keyof typeof W.CITE_TITLES;

export interface CiteInput {
  kind: CiteKind;
  /** A chart's indicator and region in the citation's language ("GDP · Zhumadian city"); '' otherwise. */
  subject: string;
  /** The documents the cited figures come from (their issuers are named). */
  documents: readonly Pick<DocumentMeta, 'issuer_zh' | 'issuer_en'>[];
  /** The dataset's version (content hash of the seeds and the catalogue). */
  version: string;
  /** The link to what is cited, in the citation's language. */
  url: string;
  /** The day it was accessed, "2025-03-01". */
  accessed: string;
}

/** The issuers of `documents`, each once, in order of first appearance. */
export function issuersOf(documents: CiteInput['documents'], lang: Lang): string[] {
  return [...new Set(documents.map((d) => (lang === 'zh' ? d.issuer_zh : d.issuer_en)).filter((s) => s.trim() !== ''))];
}

/** The citation in `lang`. */
export function citation(input: CiteInput, lang: Lang): string {
  const issuers = issuersOf(input.documents, lang).join(lang === 'zh' ? '、' : '; ');
  return t(lang, W.citeTemplate, {
    author: t(lang, W.appTitle),
    title: t(lang, W.CITE_TITLES[input.kind], { subject: input.subject }),
    medium: t(lang, W.CITE_MEDIA[input.kind]),
    version: t(lang, W.citeVersion, { version: input.version }),
    issuers: t(lang, W.citeIssuers, { issuers }),
    date: input.accessed,
    url: input.url,
  });
}

/** A chart's citation: its indicator and region, the issuers of its documents, its link (the indicator view) under `base`. */
export function chartCitation(
  slice: Pick<Slice, 'indicator' | 'region' | 'regions' | 'documents' | 'version'>,
  measure: string,
  base: string,
  lang: Lang,
  accessed: string,
): string {
  const subject = `${nameOf(slice.indicator, lang)} · ${nameIn(slice.regions, slice.region, lang)}`;
  const url = chartHref({ indicator: slice.indicator.id, region: slice.region, measure, lang }, base);
  return citation({ kind: 'chart', subject, documents: slice.documents, version: slice.version, url, accessed }, lang);
}

/** The documents that state at least one of `rows` (in the documents' order). */
export function citedDocuments<D extends Pick<DocumentMeta, 'id'>>(documents: readonly D[], rows: readonly Pick<Observation, 'document_id'>[]): D[] {
  const ids = new Set(rows.map((o) => o.document_id));
  return documents.filter((d) => ids.has(d.id));
}

/**
 * What a Cite button cites, as plain data (the dialog that formats it loads on first use): a chart
 * (its slice and measure), or the promises or the dataset (their documents, the rows shown, the
 * version and the screen, whose link the citation gives).
 */
export type CiteRequest =
  | { kind: 'chart'; slice: Pick<Slice, 'indicator' | 'region' | 'regions' | 'documents' | 'version'>; measure: string }
  | {
      kind: 'promises' | 'dataset';
      documents: readonly (Pick<DocumentMeta, 'id' | 'issuer_zh' | 'issuer_en'>)[];
      rows: readonly Pick<Observation, 'document_id'>[];
      version: string;
      state: AppState;
    };

/** The citation of `request` in `lang`, its link under `base`, accessed on `accessed`. */
export function citeText(request: CiteRequest, base: string, lang: Lang, accessed: string): string {
  if (request.kind === 'chart') return chartCitation(request.slice, request.measure, base, lang, accessed);
  const url = appUrl({ ...request.state, lang }, base);
  return citation({ kind: request.kind, subject: '', documents: citedDocuments(request.documents, request.rows), version: request.version, url, accessed }, lang);
}

/** A day of the reader's calendar as "YYYY-MM-DD" (local time, as the reader would write it). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
