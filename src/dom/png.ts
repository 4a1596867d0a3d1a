/**
 * PNG of a serialised SVG (src/dom/svg.ts): an <img> of the SVG drawn on a canvas at 1×, 2× or 3×
 * (lib/export/png.ts). Fonts come from the system (the SVG names them), so Chinese renders without
 * web fonts.
 */

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
