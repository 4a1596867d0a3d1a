/** Interface words: the shell: site, navigation, loading and its failures, link notices. Part of the one table (lib/words/index.ts). */
import type { FailureKind } from '../load';
import type { View } from '../url-state';
import type { Words } from './words';

export const appTitle: Words = { zh: '驻马店：目标与实绩', en: 'Zhumadian: promises and results' };
export const skip: Words = { zh: '跳到正文', en: 'Skip to content' };
export const language: Words = { zh: '语言', en: 'Language' };
export const switchLang: Words = { zh: 'English', en: '中文' };
export const mainViews: Words = { zh: '主要视图', en: 'Main views' };

/** The views, as the navigation names them. */
export const VIEW_WORDS: Record<View, Words> = {
  scorecard: { zh: '总览', en: 'Scorecard' },
  indicator: { zh: '指标', en: 'Indicator' },
  plan: { zh: '五年规划', en: 'Five-year plan' },
  data: { zh: '数据', en: 'Data' },
  promises: { zh: '承诺', en: 'Promises' },
  methodology: { zh: '方法', en: 'Methodology' },
  source: { zh: '原文', en: 'Source text' },
};
export const loading: Words = { zh: '正在加载数据…', en: 'Loading the data…' };
export const loadError: Words = { zh: '数据加载失败。', en: 'The data could not be loaded.' };
export const retry: Words = { zh: '重试', en: 'Retry' };

/** Why a file could not be used (lib/load.ts). */
export const FAILURE_WORDS: Record<FailureKind, Words> = {
  http: { zh: '服务器未能提供该文件。', en: 'The server did not deliver the file.' },
  network: { zh: '网络连接失败。', en: 'The network request failed.' },
  timeout: { zh: '服务器长时间没有响应。', en: 'The server did not answer in time.' },
  html: { zh: '收到的是一个网页（可能是错误页），而不是数据。', en: 'A web page (perhaps an error page) arrived instead of the data.' },
  not_json: { zh: '文件已损坏（不是有效的 JSON）。', en: 'The file is damaged (not valid JSON).' },
  shape: { zh: '文件内容与本程序使用的数据格式不符。', en: 'The file does not have the form this app reads.' },
  not_text: { zh: '收到的不是纯文本。', en: 'What arrived is not plain text.' },
  mismatch: { zh: '收到的是另一个图表或文件的数据。', en: 'The data of another chart or document arrived.' },
  bad_name: { zh: '文件名无效。', en: 'The file name is not valid.' },
};
export const noticeTitle: Words = { zh: '链接中有无法识别的参数，已改用默认值：', en: 'Some link parameters were not recognised and defaults are shown instead:' };
export const dismiss: Words = { zh: '关闭', en: 'Dismiss' };
export const close: Words = { zh: '关闭', en: 'Close' };
