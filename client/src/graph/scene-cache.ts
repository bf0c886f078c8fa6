import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { DrawSize } from './draw.js';

/**
 * The picture of a resting layout, for panning and zooming it. Nothing moves relative to anything else
 * then, so the scene is drawn once into an offscreen canvas a margin larger than the view, and each frame
 * of the gesture draws that image under the gesture's transform — one image copy instead of thousands of
 * shapes. The caller draws the scene anew once the view has been still a moment; `show` refuses (and the
 * caller draws anew) when the view leaves the cached area or the zoom strays too far from the cached one.
 */
export type SceneView = DrawSize & { transform: ZoomTransform };

/** Each side of the cached picture reaches this share of the view beyond it. */
const MARGIN = 0.25;
/** Beyond this zoom factor from the cached picture, scaling it looks too soft (or too coarse). */
const MAX_SCALE = 1.6;

/**
 * Where the cached picture (drawn for transform `at`, `margin` CSS pixels beyond the view on each side,
 * `picture` CSS pixels in all) lands under the view transform `now`: a view point v shows picture point c
 * where v = scale · c + (x, y). Null when the picture does not cover the whole view or the zoom strayed
 * more than MAX_SCALE from the cached one.
 */
export function placeCached(
  at: ZoomTransform,
  now: ZoomTransform,
  margin: { x: number; y: number },
  picture: { width: number; height: number },
  view: { width: number; height: number },
): { scale: number; x: number; y: number } | null {
  const scale = now.k / at.k;
  if (scale > MAX_SCALE || scale < 1 / MAX_SCALE) return null;
  const x = now.x - scale * (at.x + margin.x);
  const y = now.y - scale * (at.y + margin.y);
  const covers = x <= 0 && y <= 0 && (view.width - x) / scale <= picture.width && (view.height - y) / scale <= picture.height;
  return covers ? { scale, x, y } : null;
}

export class SceneCache {
  private surface: { ctx: CanvasRenderingContext2D; width: number; height: number; ratio: number } | null = null;
  /** The view transform the picture was drawn for; null when there is no picture. */
  private at: ZoomTransform | null = null;
  private margin = { x: 0, y: 0 };

  /** Whether the picture on screen is the cached one, drawn for exactly `transform`. */
  isExact(transform: ZoomTransform): boolean {
    return this.at !== null && this.at.k === transform.k && this.at.x === transform.x && this.at.y === transform.y;
  }

  clear(): void {
    this.at = null;
  }

  /** Draws the scene (with `draw`) into the cache for `view`, margin included, and shows it on `target`. */
  render(
    target: CanvasRenderingContext2D,
    view: SceneView,
    draw: (ctx: CanvasRenderingContext2D, size: DrawSize, transform: ZoomTransform) => void,
  ): void {
    this.margin = { x: Math.ceil(view.width * MARGIN), y: Math.ceil(view.height * MARGIN) };
    const size = { width: view.width + 2 * this.margin.x, height: view.height + 2 * this.margin.y, ratio: view.ratio };
    const surface = this.surfaceFor(size);
    const { transform } = view;
    draw(surface.ctx, size, zoomIdentity.translate(transform.x + this.margin.x, transform.y + this.margin.y).scale(transform.k));
    this.at = transform;
    this.show(target, view);
  }

  /** Shows the cached picture under `view.transform`; false (and nothing drawn) when it cannot stand in. */
  show(target: CanvasRenderingContext2D, view: SceneView): boolean {
    const { at, surface, margin } = this;
    if (!at || !surface || surface.ratio !== view.ratio) return false;
    const place = placeCached(at, view.transform, margin, surface, view);
    if (!place) return false;
    const r = view.ratio;
    target.save();
    target.setTransform(r, 0, 0, r, 0, 0);
    target.clearRect(0, 0, view.width, view.height);
    target.setTransform(r * place.scale, 0, 0, r * place.scale, r * place.x, r * place.y);
    target.drawImage(surface.ctx.canvas, 0, 0, surface.width, surface.height);
    target.restore();
    return true;
  }

  private surfaceFor(size: DrawSize): NonNullable<SceneCache['surface']> {
    const { width, height, ratio } = size;
    if (this.surface && this.surface.width === width && this.surface.height === height && this.surface.ratio === ratio) return this.surface;
    const canvas = Object.assign(document.createElement('canvas'), {
      width: Math.floor(width * ratio),
      height: Math.floor(height * ratio),
    });
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas context for the scene cache');
    this.surface = { ctx, width, height, ratio };
    return this.surface;
  }
}
