/** Interface words: the source panel. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const relatedActual: Words = { zh: '相关指标', en: 'Related measure' };
export const rule: Words = { zh: '判定规则', en: 'Rule' };
export const fullText: Words = { zh: '打开全文', en: 'Open the full text' };
export const sourceLoading: Words = { zh: '正在加载原文…', en: 'Loading the source text…' };
export const sourceError: Words = { zh: '原文无法显示。', en: 'The source text cannot be shown.' };
export const sourceMismatch: Words = { zh: '原文文件与此数字的位置不符，以下为摘录的原句。', en: 'The source file does not match this figure’s place; the quoted sentence follows.' };
export const delivered: Words = { zh: '发布', en: 'delivered' };
export const alsoStated: Words = { zh: '同见', en: 'Also stated in' };
