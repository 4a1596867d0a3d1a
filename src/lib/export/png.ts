/**
 * PNG export, the pure part: the scales offered (1×, 2×, 3×), the pixel size, and reading a PNG's
 * size back. Drawing the SVG on a canvas is DOM work: src/dom/png.ts.
 */

export const SCALES = [1, 2, 3] as const;
export type Scale = (typeof SCALES)[number];
export const DEFAULT_SCALE: Scale = 2;

/** Pixel size of the PNG for a chart of `width` × `height` CSS pixels. Pure. */
export function pngPixelSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. Pure. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
