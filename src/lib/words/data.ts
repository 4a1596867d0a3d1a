/** Interface words: the data view and the methodology. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const dataTitle: Words = { zh: '全部数据', en: 'All the data' };
export const rowsShown: Words = { zh: '条，显示', en: 'rows, showing' };
export const showAll: Words = { zh: '显示全部', en: 'Show all' };
export const dataDictionary: Words = { zh: '数据字典（datapackage.json）', en: 'Data dictionary (datapackage.json)' };
export const observationsCsv: Words = { zh: '全部观测值（CSV）', en: 'All observations (CSV)' };
export const pairsCsv: Words = { zh: '目标与实绩配对（CSV）', en: 'Target–actual pairs (CSV)' };
export const datasetJson: Words = { zh: '完整数据集（JSON）', en: 'Full dataset (JSON)' };
export const methodTitle: Words = { zh: '方法说明', en: 'Methodology' };
export const methodSources: Words = { zh: '原始文件', en: 'The source documents' };
export const methodAttainment: Words = { zh: '如何判定完成情况', en: 'How attainment is judged' };
export const methodStatuses: Words = { zh: '状态同时以符号、文字和颜色表示：', en: 'Each status is shown by a symbol, a word and a colour:' };
export const downloadsNote: Words = {
  zh: '以上文件中英文通用：列名见数据字典，单位和名称照录原文。图表和承诺清单的 CSV 按当前语言导出。',
  en: 'One set of files for both languages: columns as the data dictionary names them, units and names as the documents write them. The CSVs of a chart and of the promises are in the language you read.',
};
