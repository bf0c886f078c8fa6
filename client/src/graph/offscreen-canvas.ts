/** A 2D context the drawing code can draw into and read back, on or off the DOM. */
export type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * A width × height 2D context off screen: an OffscreenCanvas where the browser has one, a detached
 * canvas element otherwise. `willReadFrequently` keeps it in memory for getImageData.
 */
export function canvas2d(width: number, height: number, willReadFrequently = false): Canvas2D {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently }) as Canvas2D | null;
  if (!ctx) throw new Error('no 2d canvas context off screen');
  return ctx;
}
