/**
 * Text measurement without a DOM (so layout is testable and identical in every mode): CJK and
 * full-width characters are 1 em wide, other characters about 0.58 em.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : 0.58;
  return w * fontSize;
}

/** Break text into lines no wider than `width`: at spaces for Latin text, anywhere for CJK. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && textWidth((line + tok).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Shorten text to fit `width`, ending with "…". */
export function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > width) break;
    out += ch;
  }
  return out + '…';
}
