/**
 * The one font stack of the app, the embed and the chart (on screen, in SVG files and in PNGs):
 * system fonts only, no web fonts. A CJK face comes first so that Chinese and the Latin letters and
 * digits beside it come from one family (Noto Sans CJK on Linux, as fonts-noto-cjk installs it;
 * PingFang on Apple systems; Microsoft YaHei on Windows). src/styles/app.css and src/embed/embed.css
 * write the same list (a unit test checks it).
 */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, sans-serif';
