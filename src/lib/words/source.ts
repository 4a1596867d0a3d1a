/** Interface words: the source panel and the source view. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const relatedActual: Words = { zh: '相关指标', en: 'Related measure' };
export const rule: Words = { zh: '判定规则', en: 'Rule' };
export const fullText: Words = { zh: '在全文中查看', en: 'Show in the full text' };
export const sourceLoading: Words = { zh: '正在加载原文…', en: 'Loading the source text…' };
export const sourceError: Words = { zh: '原文无法显示。', en: 'The source text cannot be shown.' };
export const sourceMismatch: Words = { zh: '原文文件与此数字的位置不符，以下为摘录的原句。', en: 'The source file does not match this figure’s place; the quoted sentence follows.' };
export const delivered: Words = { zh: '发布', en: 'delivered' };
export const alsoStated: Words = { zh: '同见', en: 'Also stated in' };

// The source view: a document's whole text with its figures.
export const sourceTextError: Words = { zh: '原文加载失败。', en: 'The source text could not be loaded.' };
export const chooseDocument: Words = { zh: '选择一份文件，阅读全文及从中提取的数字：', en: 'Choose a document to read its whole text and the figures taken from it:' };
export const documentLines: Words = { zh: '{file} 第 {from}–{to} 行', en: 'lines {from}–{to} of {file}' };
export const figureCount: Words = { zh: '提取数字 {count} 个', en: '{count} figures taken' };
export const noFigures: Words = { zh: '本文件中没有提取数字。', en: 'No figures were taken from this document.' };
export const downloadText: Words = { zh: '下载原文（UTF-8 文本）', en: 'Download the text (UTF-8)' };
export const figures: Words = { zh: '文中数字', en: 'Figures in the text' };
export const prevFigure: Words = { zh: '上一个数字', en: 'Previous figure' };
export const nextFigure: Words = { zh: '下一个数字', en: 'Next figure' };
export const firstFigure: Words = { zh: '第一个数字', en: 'First figure' };
export const figureOf: Words = { zh: '第 {n} 个，共 {count} 个', en: 'figure {n} of {count}' };
export const figureKeys: Words = { zh: '快捷键：N 下一个，P 上一个', en: 'Keys: N next, P previous' };
export const onLine: Words = { zh: '第 {n} 行', en: 'line {n}' };
export const inDocument: Words = { zh: '见 {doc}', en: 'in {doc}' };
export const figureDetails: Words = { zh: '详情', en: 'Details' };
