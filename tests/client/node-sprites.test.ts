import { describe, expect, it } from 'vitest';
import { blendSprite, nodeLook, over, spriteFromPixels } from '../../client/src/graph/node-sprites.js';

/** One pixel as the layer holds it: RGBA bytes read as a little-endian Uint32. */
const rgba = (r: number, g: number, b: number, a: number): number => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
const channels = (p: number) => [p & 255, (p >>> 8) & 255, (p >>> 16) & 255, p >>> 24];

/** A size × size sprite with the given pixels set (the rest transparent). */
function sprite(size: number, set: Record<string, number>) {
  const pixels = new Uint32Array(size * size);
  for (const [at, value] of Object.entries(set)) {
    const [x, y] = at.split(',').map(Number) as [number, number];
    pixels[y * size + x] = value;
  }
  return spriteFromPixels(pixels, size);
}

describe('over (source-over on non-premultiplied pixels)', () => {
  it('gives the source where it is opaque or the target is empty', () => {
    expect(over(rgba(10, 20, 30, 255), rgba(200, 200, 200, 255))).toBe(rgba(10, 20, 30, 255));
    expect(over(rgba(10, 20, 30, 64), 0)).toBe(rgba(10, 20, 30, 64));
  });

  it('mixes half-covered white over opaque black to grey, and adds coverage over a half-covered target', () => {
    expect(channels(over(rgba(255, 255, 255, 128), rgba(0, 0, 0, 255)))).toEqual([128, 128, 128, 255]);
    const [r, , , a] = channels(over(rgba(255, 0, 0, 128), rgba(0, 0, 255, 128)));
    expect(a).toBe(192); // 128 + 128 · (1 − 128/255)
    expect(r).toBeGreaterThan(160); // the source dominates: it lies on top
  });
});

describe('spriteFromPixels', () => {
  it('records per row the covered columns, and nothing for empty rows', () => {
    const s = sprite(4, { '1,0': rgba(1, 1, 1, 255), '3,0': rgba(1, 1, 1, 10), '2,2': rgba(1, 1, 1, 255) });
    expect([...s.from]).toEqual([1, 0, 2, 0]);
    expect([...s.to]).toEqual([4, 0, 3, 0]);
  });
});

describe('blendSprite', () => {
  const dot = sprite(2, {
    '0,0': rgba(255, 0, 0, 255),
    '1,0': rgba(0, 255, 0, 255),
    '0,1': rgba(0, 0, 255, 255),
    '1,1': rgba(255, 255, 255, 128),
  });

  it('places the sprite on a target with a wider stride and blends only its covered pixels', () => {
    const target = new Uint32Array(5 * 3); // stride 5, of which 4 × 3 are drawn on
    target[1 * 5 + 2] = rgba(0, 0, 0, 255);
    blendSprite(target, 5, 4, 3, dot, 1, 0);
    expect(target[1]).toBe(rgba(255, 0, 0, 255));
    expect(target[2]).toBe(rgba(0, 255, 0, 255));
    expect(target[5 + 1]).toBe(rgba(0, 0, 255, 255));
    expect(channels(target[5 + 2]!)).toEqual([128, 128, 128, 255]);
    expect(target.filter((p) => p !== 0)).toHaveLength(4);
  });

  it('clips at every edge of the drawn area, never writing beyond it', () => {
    const target = new Uint32Array(5 * 3);
    blendSprite(target, 5, 4, 3, dot, -1, -1); // only the bottom-right pixel lands, at (0, 0)
    expect(channels(target[0]!)).toEqual([255, 255, 255, 128]);
    blendSprite(target, 5, 4, 3, dot, 3, 2); // only the top-left pixel lands, at (3, 2); column 4 is outside the drawn area
    expect(target[2 * 5 + 3]).toBe(rgba(255, 0, 0, 255));
    expect(target[2 * 5 + 4]).toBe(0);
    expect(target.filter((p) => p !== 0)).toHaveLength(2);
  });
});

describe('nodeLook', () => {
  it('keys a look by everything that changes its pixels', () => {
    const keys = new Set(
      [
        nodeLook('circle', '#999', 1, 1.2),
        nodeLook('circle', '#999', 0.25, 1.2),
        nodeLook('square', '#999', 1, 1.2),
        nodeLook('circle', '#999', 1, 2.4),
      ].map((l) => l.key),
    );
    expect(keys.size).toBe(4);
  });
});
