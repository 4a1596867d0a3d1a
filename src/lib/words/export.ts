/** Interface words: export actions, the embed dialog and the embed page. Part of the one table (lib/words/index.ts). */
import type { Words } from './words';

export const exportGroup: Words = { zh: '导出与嵌入', en: 'Export and embed' };
export const download: Words = { zh: '下载', en: 'Download' };
export const pngScale: Words = { zh: 'PNG 倍率', en: 'PNG scale' };
export const transparent: Words = { zh: '透明背景', en: 'transparent' };
export const embed: Words = { zh: '嵌入', en: 'Embed' };
export const cite: Words = { zh: '引用', en: 'Cite' };
export const embedTitle: Words = { zh: '嵌入此图表', en: 'Embed this chart' };
export const embedHelp: Words = { zh: '把下面的代码粘贴到网页中。加上脚本后，图表高度会自动适应；不加也能以固定高度显示。', en: 'Paste this code into a web page. With the script the frame takes the chart’s height; without it the chart shows at a fixed height.' };
export const theme: Words = { zh: '配色', en: 'Theme' };
export const themeAuto: Words = { zh: '跟随系统', en: 'auto' };
export const themeLight: Words = { zh: '浅色', en: 'light' };
export const themeDark: Words = { zh: '深色', en: 'dark' };
export const showControls: Words = { zh: '显示控件（语言、年份）', en: 'show controls (language, years)' };
export const fromYear: Words = { zh: '起始年', en: 'From' };
export const toYear: Words = { zh: '结束年', en: 'To' };
export const allYears: Words = { zh: '全部', en: 'all' };
export const withScript: Words = { zh: '附加自动调整高度的脚本', en: 'add the auto-height script' };
export const snippet: Words = { zh: '嵌入代码', en: 'Embed code' };
export const copy: Words = { zh: '复制代码', en: 'Copy code' };
export const copied: Words = { zh: '已复制', en: 'Copied' };
export const copyFailed: Words = { zh: '请手动复制', en: 'Select and copy by hand' };
export const preview: Words = { zh: '预览', en: 'Preview' };
export const exportFailed: Words = { zh: '导出失败：', en: 'Export failed: ' };
export const openApp: Words = { zh: '在完整版中查看', en: 'Open in the full tracker' };
export const embedNoticeTitle: Words = { zh: '链接参数有误，已改用默认值：', en: 'Some parameters were not used; defaults shown instead:' };

/** Why a parameter of an embed link was not used. */
export const NOTICE_WORDS: Record<'malformed' | 'unknown_value' | 'unknown_param' | 'year_order' | 'not_found', Words> = {
  malformed: { zh: '格式不正确', en: 'malformed' },
  unknown_value: { zh: '不支持的值', en: 'unknown value' },
  unknown_param: { zh: '未知参数', en: 'unknown parameter' },
  year_order: { zh: '起始年份晚于结束年份', en: 'first year after last year' },
  not_found: { zh: '没有此指标的数据', en: 'no data for this indicator' },
};

/**
 * Header labels of the views' CSV downloads (a chart's, the promises on screen). The English header
 * is the column's key, the same machine-readable name in every file (README: "CSV downloads of the
 * views"); the Chinese header names the same columns, in the same order, in Chinese. Columns whose
 * label ends in 代码 hold codes, the same in both languages.
 */
export const CSV_COLUMN_WORDS = {
  region: { zh: '地区代码', en: 'region' },
  document: { zh: '文件', en: 'document' },
  indicator_id: { zh: '指标代码', en: 'indicator_id' },
  indicator: { zh: '指标', en: 'indicator' },
  catalogued: { zh: '目录内指标', en: 'catalogued' },
  kind: { zh: '类型代码', en: 'kind' },
  target: { zh: '目标', en: 'target' },
  period: { zh: '时期', en: 'period' },
  value: { zh: '数值', en: 'value' },
  value_max: { zh: '数值上限', en: 'value_max' },
  unit: { zh: '单位', en: 'unit' },
  unit_code: { zh: '单位代码', en: 'unit_code' },
  comparator: { zh: '比较方式代码', en: 'comparator' },
  value_text: { zh: '原文数值', en: 'value_text' },
  estimated: { zh: '预计数', en: 'estimated' },
  basis: { zh: '口径代码', en: 'basis' },
  due: { zh: '到期年份', en: 'due' },
  deadline: { zh: '期限', en: 'deadline' },
  lead_departments: { zh: '牵头单位', en: 'lead_departments' },
  status: { zh: '状态代码', en: 'status' },
  status_text: { zh: '状态', en: 'status_text' },
  actual: { zh: '实绩', en: 'actual' },
  gap: { zh: '差距', en: 'gap' },
  gap_unit: { zh: '差距单位', en: 'gap_unit' },
  gap_unit_code: { zh: '差距单位代码', en: 'gap_unit_code' },
  derived: { zh: '推算值', en: 'derived' },
  derived_from: { zh: '推算依据', en: 'derived_from' },
  caveats: { zh: '注意事项', en: 'caveats' },
  source_file: { zh: '来源文件', en: 'source_file' },
  source_line: { zh: '来源行号', en: 'source_line' },
  quote: { zh: '原文', en: 'quote' },
} satisfies Record<string, Words>;

export type CsvColumnName = keyof typeof CSV_COLUMN_WORDS;
