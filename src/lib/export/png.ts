/**
 * PNG of a serialised SVG: an <img> of the SVG drawn on a canvas at 1×, 2× or 3×.
 * Fonts come from the system (the SVG names them), so Chinese renders without web fonts.
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

/**
 * Draw `markup` (an SVG whose width/height attributes are already the pixel size, see
 * serializeSvg's `scale`) on a canvas of `width` × `height` pixels and encode it as PNG.
 */
export async function rasteriseSvg(markup: string, width: number, height: number, doc: Document): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    });
    image.src = url;
    await loaded;
    const canvas = doc.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available.');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
