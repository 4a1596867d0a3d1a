import { error, type BuildFinding } from './findings.ts';

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counts LF bytes before it). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export type Decoded = { ok: true; text: string } | { ok: false; finding: BuildFinding };

/** Whether the bytes read as GB18030 (which includes GBK and GB2312), the usual encoding of a non-UTF-8 Chinese file. */
function readsAsGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Strict UTF-8 decoding. The byte-order mark, if any, is kept so that offsets match the file; a
 * bad byte is reported as "not UTF-8" with its line. `afterConverting` says what else to do once
 * the file is converted (a seed's hash must be recorded again).
 */
export function decodeUtf8(bytes: Uint8Array, file: string, afterConverting = ''): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineOfByte(bytes, at);
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    const gb = readsAsGb18030(bytes) ? '; it reads as GB18030/GBK' : '';
    return {
      ok: false,
      finding: error(
        file,
        line,
        `not UTF-8: byte 0x${hex} at byte offset ${at} is not valid UTF-8${gb} — convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)${afterConverting}`,
      ),
    };
  }
}
