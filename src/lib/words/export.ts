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
