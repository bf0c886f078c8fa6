import { canvas2d, type Canvas2D } from './offscreen-canvas.js';
import { SHAPE_REACH, SHAPES, type ShapeName } from './shapes.js';

/**
 * Nodes by the thousand. A software-rastered canvas spends several microseconds on every filled and
 * stroked path, so 2,000 nodes cost more than a frame. Here each distinct look (shape, colour, fade,
 * radius on screen) is drawn once by the canvas into a small sprite; every frame the sprites are blended
 * into an ImageData layer in plain JS, a few hundred pixels a node, and the layer is drawn in one call.
 * Node centres snap to whole device pixels, which is invisible at the sizes this is used for.
 *
 * Pixels are RGBA bytes read as one Uint32 each, little-endian (0xAABBGGRR), as on every platform that
 * runs a browser; colours are not premultiplied, as ImageData holds them.
 */

/** How a node looks on screen (lengths in device pixels, except the radius given to `add`). */
export type NodeLook = { shape: ShapeName; fill: string; alpha: number; outlineWidth: number; key: string };

export const nodeLook = (shape: ShapeName, fill: string, alpha: number, outlineWidth: number): NodeLook => ({
  shape,
  fill,
  alpha,
  outlineWidth,
  key: `${shape}|${fill}|${alpha}|${outlineWidth}`,
});

export type Sprite = {
  /** Width and height in pixels; the shape's centre is the corner between the four middle pixels. */
  size: number;
  pixels: Uint32Array;
  /** Per row, the first and one-past-last column with any coverage (equal for an empty row). */
  from: Uint16Array;
  to: Uint16Array;
};

/** Radii on screen are rounded to a quarter pixel, so a zoom level needs few distinct sprites. */
const quantise = (radius: number): number => Math.max(0.25, Math.round(radius * 4) / 4);
/** Looks seen are kept until this many, then forgotten at once (zooming creates new radii). */
const CACHE_LIMIT = 1024;
const OUTLINE = '#fff';
const ATLAS_WIDTH = 2048;

export function spriteFromPixels(pixels: Uint32Array, size: number): Sprite {
  const from = new Uint16Array(size);
  const to = new Uint16Array(size);
  for (let y = 0; y < size; y++) {
    let first = size;
    let last = -1;
    for (let x = 0; x < size; x++) {
      if (pixels[y * size + x]! >>> 24 === 0) continue;
      if (first === size) first = x;
      last = x;
    }
    from[y] = last < 0 ? 0 : first;
    to[y] = last < 0 ? 0 : last + 1;
  }
  return { size, pixels, from, to };
}

/** Source-over of one non-premultiplied pixel onto another. */
export function over(src: number, dst: number): number {
  const sa = src >>> 24;
  const da = dst >>> 24;
  if (sa === 255 || da === 0) return src;
  const ia = 255 - sa;
  if (da === 255) {
    // The common overlap (an anti-aliased rim over a node drawn before): stays opaque, no division by alpha.
    const r = ((src & 255) * sa + (dst & 255) * ia + 127) / 255;
    const g = (((src >>> 8) & 255) * sa + ((dst >>> 8) & 255) * ia + 127) / 255;
    const b = (((src >>> 16) & 255) * sa + ((dst >>> 16) & 255) * ia + 127) / 255;
    return (r | (g << 8) | (b << 16) | 0xff000000) >>> 0;
  }
  const f = (da * ia) / 255;
  const oa = sa + f;
  const r = ((src & 255) * sa + (dst & 255) * f) / oa + 0.5;
  const g = (((src >>> 8) & 255) * sa + ((dst >>> 8) & 255) * f) / oa + 0.5;
  const b = (((src >>> 16) & 255) * sa + ((dst >>> 16) & 255) * f) / oa + 0.5;
  return (r | (g << 8) | (b << 16) | ((oa + 0.5) << 24)) >>> 0;
}

/**
 * Blends `sprite` onto `target` (rows of `stride` pixels, of which width × height are drawn on) with the
 * sprite's top-left pixel at (left, top); clips to width × height.
 */
export function blendSprite(
  target: Uint32Array,
  stride: number,
  width: number,
  height: number,
  sprite: Sprite,
  left: number,
  top: number,
): void {
  const { size, pixels, from, to } = sprite;
  // Conditionals rather than Math.max(0, -left): -0 for a sprite at the edge would deoptimise this loop.
  const cutLeft = left < 0 ? -left : 0;
  const lastColumn = width - left;
  const y1 = Math.min(size, height - top);
  for (let y = top < 0 ? -top : 0; y < y1; y++) {
    const a = from[y]! > cutLeft ? from[y]! : cutLeft;
    const b = to[y]! < lastColumn ? to[y]! : lastColumn;
    let t = (top + y) * stride + left + a;
    for (let s = y * size + a, end = y * size + b; s < end; s++, t++) {
      const src = pixels[s]!;
      const sa = src >>> 24;
      if (sa === 255) target[t] = src;
      else if (sa !== 0) {
        const dst = target[t]!;
        target[t] = dst >>> 24 === 0 ? src : over(src, dst);
      }
    }
  }
}

export class NodeSprites {
  /** Sprites by look and radius: lookIndex · 2¹⁶ + radius in quarter pixels. */
  private readonly cache = new Map<number, Sprite>();
  private readonly lookIndex = new Map<string, number>();
  private layer: { ctx: Canvas2D; image: ImageData; pixels: Uint32Array } | null = null;
  /** The part of the layer the last frame painted, cleared before the next one. */
  private painted = { x0: 0, y0: 0, x1: 0, y1: 0 };
  /** The target's size for this frame (the layer may be larger). */
  private size = { width: 0, height: 0 };
  private keys: number[] = [];
  private xs: number[] = [];
  private ys: number[] = [];
  private readonly missing = new Map<number, { look: NodeLook; radius: number }>();

  /** Starts a frame's nodes on a target of width × height device pixels. */
  begin(width: number, height: number): void {
    // The layer only grows, so a view and its larger cached picture (scene-cache.ts) share it.
    if (!this.layer || this.layer.image.width < width || this.layer.image.height < height) {
      const w = Math.max(width, this.layer?.image.width ?? 0);
      const h = Math.max(height, this.layer?.image.height ?? 0);
      const ctx = canvas2d(w, h, false);
      const image = ctx.createImageData(w, h);
      this.layer = { ctx, image, pixels: new Uint32Array(image.data.buffer) };
      this.painted = { x0: 0, y0: 0, x1: 0, y1: 0 };
    }
    const { pixels, image } = this.layer;
    const { x0, y0, x1, y1 } = this.painted;
    for (let y = y0; y < y1; y++) pixels.fill(0, y * image.width + x0, y * image.width + x1);
    this.size = { width, height };
    this.keys.length = this.xs.length = this.ys.length = 0;
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
  }

  /** Adds a node centred at (x, y) with `radius`, all in device pixels; painted in the order added. */
  add(look: NodeLook, radius: number, x: number, y: number): void {
    const r = quantise(radius);
    let index = this.lookIndex.get(look.key);
    if (index === undefined) this.lookIndex.set(look.key, (index = this.lookIndex.size));
    const key = index * 65536 + r * 4;
    if (!this.cache.has(key) && !this.missing.has(key)) this.missing.set(key, { look, radius: r });
    this.keys.push(key);
    this.xs.push(Math.round(x));
    this.ys.push(Math.round(y));
  }

  /** Paints the nodes added since `begin` onto `ctx`, which must have the identity transform. */
  finish(ctx: CanvasRenderingContext2D): void {
    const layer = this.layer;
    if (!layer) return;
    this.renderMissing();
    const { width, height } = this.size;
    const stride = layer.image.width;
    let x0 = width,
      y0 = height,
      x1 = 0,
      y1 = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const sprite = this.cache.get(this.keys[i]!)!;
      const half = sprite.size / 2;
      const left = this.xs[i]! - half;
      const top = this.ys[i]! - half;
      blendSprite(layer.pixels, stride, width, height, sprite, left, top);
      x0 = Math.min(x0, left);
      y0 = Math.min(y0, top);
      x1 = Math.max(x1, left + sprite.size);
      y1 = Math.max(y1, top + sprite.size);
    }
    this.painted = { x0: Math.max(0, x0), y0: Math.max(0, y0), x1: Math.min(width, x1), y1: Math.min(height, y1) };
    const { x0: px, y0: py, x1: qx, y1: qy } = this.painted;
    if (qx <= px || qy <= py) return;
    layer.ctx.putImageData(layer.image, 0, 0, px, py, qx - px, qy - py);
    ctx.drawImage(layer.ctx.canvas, px, py, qx - px, qy - py, px, py, qx - px, qy - py);
  }

  /** Draws every look not seen before into one atlas, reads it back once and cuts it into sprites. */
  private renderMissing(): void {
    if (this.missing.size === 0) return;
    const wanted = [...this.missing].map(([key, { look, radius }]) => ({
      key,
      look,
      radius,
      size: 2 * Math.ceil(radius * SHAPE_REACH + look.outlineWidth / 2 + 1),
      x: 0,
      y: 0,
    }));
    this.missing.clear();
    // Shelves of cells, each as wide as its sprite: looks come a few dozen at a time.
    let width = 0,
      height = 0,
      x = 0,
      shelf = 0;
    for (const cell of wanted) {
      if (x > 0 && x + cell.size > ATLAS_WIDTH) [x, height, shelf] = [0, height + shelf, 0];
      [cell.x, cell.y] = [x, height];
      x += cell.size;
      shelf = Math.max(shelf, cell.size);
      width = Math.max(width, x);
    }
    height += shelf;
    const atlas = canvas2d(width, height, true);
    atlas.strokeStyle = OUTLINE;
    for (const { look, radius, size, x: left, y: top } of wanted) {
      atlas.setTransform(1, 0, 0, 1, left + size / 2, top + size / 2);
      atlas.globalAlpha = look.alpha;
      atlas.beginPath();
      SHAPES[look.shape](atlas, 0, 0, radius);
      atlas.fillStyle = look.fill;
      atlas.fill();
      atlas.lineWidth = look.outlineWidth;
      atlas.stroke();
    }
    const all = new Uint32Array(atlas.getImageData(0, 0, width, height).data.buffer);
    for (const { key, size, x: left, y: top } of wanted) {
      const pixels = new Uint32Array(size * size);
      for (let y = 0; y < size; y++) pixels.set(all.subarray((top + y) * width + left, (top + y) * width + left + size), y * size);
      this.cache.set(key, spriteFromPixels(pixels, size));
    }
  }
}
