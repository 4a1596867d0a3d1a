/** Words of the export and embed controls, in both languages. */
import type { Lang } from '../../lib/types';

const WORDS = {
  group: { zh: '导出与嵌入', en: 'Export and embed' },
  download: { zh: '下载', en: 'Download' },
  scale: { zh: 'PNG 倍率', en: 'PNG scale' },
  transparent: { zh: '透明背景', en: 'transparent' },
  embed: { zh: '嵌入', en: 'Embed' },
  embedTitle: { zh: '嵌入此图表', en: 'Embed this chart' },
  embedHelp: {
    zh: '把下面的代码粘贴到网页中。加上脚本后，图表高度会自动适应；不加也能以固定高度显示。',
    en: 'Paste this code into a web page. With the script the frame takes the chart’s height; without it the chart shows at a fixed height.',
  },
  language: { zh: '语言', en: 'Language' },
  theme: { zh: '配色', en: 'Theme' },
  themeAuto: { zh: '跟随系统', en: 'auto' },
  themeLight: { zh: '浅色', en: 'light' },
  themeDark: { zh: '深色', en: 'dark' },
  controls: { zh: '显示控件（语言、年份）', en: 'show controls (language, years)' },
  from: { zh: '起始年', en: 'From' },
  to: { zh: '结束年', en: 'To' },
  allYears: { zh: '全部', en: 'all' },
  withScript: { zh: '附加自动调整高度的脚本', en: 'add the auto-height script' },
  snippet: { zh: '嵌入代码', en: 'Embed code' },
  copy: { zh: '复制代码', en: 'Copy code' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '请手动复制', en: 'Select and copy by hand' },
  preview: { zh: '预览', en: 'Preview' },
  close: { zh: '关闭', en: 'Close' },
  exportFailed: { zh: '导出失败：', en: 'Export failed: ' },
} as const satisfies Record<string, Record<Lang, string>>;

export function w(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}
