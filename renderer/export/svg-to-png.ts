import { defaultRasterScale, rasterSize } from '@mission-studio/core/export';

/** Loads an image and waits until it can be drawn; rejects with a readable reason when it cannot. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    throw new Error('the picture could not be read as SVG');
  }
  return image;
}

/**
 * The `svg` export's picture as a PNG, drawn by the page itself: an image from a blob: URL (the page's CSP allows
 * blob: images, and an SVG drawn as an image fetches nothing) onto a white canvas, `scale` pixels per picture
 * pixel (by default 2, less for a big picture: `defaultRasterScale`). Refuses, before drawing, a PNG past the limits of `rasterSize` (the CLI's too).
 */
export async function svgToPngBlob(svg: string, scale?: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const { width, height } = rasterSize(
      image.naturalWidth,
      image.naturalHeight,
      scale ?? defaultRasterScale(image.naturalWidth, image.naturalHeight),
    );
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this page cannot draw the picture (no 2D canvas)');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error(`the page could not make a ${width} × ${height} px PNG`))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
