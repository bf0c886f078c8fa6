import type { ZoomTransform } from 'd3-zoom';
import { canvas2d, type Canvas2D } from './offscreen-canvas.js';

/**
 * Edges while both the layout and the view move. Thousands of hairlines are pixel-bound in a software
 * rastered canvas (6–7 ms a frame at 2,000 nodes, the larger part of a frame); stroked at half the
 * resolution they cross half the pixels, and one scaled image copy puts them on screen. The lines come
 * out softer, which moving lines hide; the frame loop draws them sharp once the view keeps still.
 */
export class HalfResolutionLayer {
  private ctx: Canvas2D | null = null;

  /**
   * A cleared layer for a target of width × height device pixels, transformed so that graph coordinates
   * land where `transform` (CSS pixels, at `ratio` device pixels each) puts them on the target.
   */
  begin(width: number, height: number, transform: ZoomTransform, ratio: number): Canvas2D {
    const w = Math.ceil(width / 2);
    const h = Math.ceil(height / 2);
    if (!this.ctx || this.ctx.canvas.width !== w || this.ctx.canvas.height !== h) this.ctx = canvas2d(w, h);
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const s = ratio / 2;
    ctx.setTransform(s * transform.k, 0, 0, s * transform.k, s * transform.x, s * transform.y);
    return ctx;
  }

  /** Draws the layer, scaled back up, onto `target` (any transform; restored afterwards). */
  finish(target: CanvasRenderingContext2D): void {
    if (!this.ctx) return;
    const { canvas } = this.ctx;
    target.save();
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.drawImage(canvas, 0, 0, canvas.width * 2, canvas.height * 2);
    target.restore();
  }
}
