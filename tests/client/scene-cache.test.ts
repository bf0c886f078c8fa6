import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { placeCached } from '../../client/src/graph/scene-cache.js';

const view = { width: 1200, height: 600 };
const margin = { x: 300, y: 150 };
const picture = { width: 1800, height: 900 };
const at = zoomIdentity.translate(100, 50).scale(0.8);

describe('placeCached', () => {
  it('puts the picture back where it was drawn for the same transform', () => {
    expect(placeCached(at, at, margin, picture, view)).toEqual({ scale: 1, x: -300, y: -150 });
  });

  it('follows a pan and a zoom about a point (a graph point lands where the new transform puts it)', () => {
    const now = zoomIdentity.translate(40, 20).scale(1.0);
    const place = placeCached(at, now, margin, picture, view)!;
    const [gx, gy] = [250, 125]; // any graph point
    const pictureX = at.applyX(gx) + margin.x;
    const pictureY = at.applyY(gy) + margin.y;
    expect(place.scale * pictureX + place.x).toBeCloseTo(now.applyX(gx));
    expect(place.scale * pictureY + place.y).toBeCloseTo(now.applyY(gy));
  });

  it('refuses once the view leaves the cached area or the zoom strays too far', () => {
    expect(placeCached(at, at.translate(350 / 0.8, 0), margin, picture, view)).toBeNull(); // panned past the margin
    expect(placeCached(at, at.translate(250 / 0.8, 100 / 0.8), margin, picture, view)).not.toBeNull();
    expect(placeCached(at, zoomIdentity.translate(100, 50).scale(0.8 * 2), margin, picture, view)).toBeNull();
    // Zoomed out by 0.75 the picture still fills the view; by 0.65 the view (1,200 / 0.65 wide) outgrows it.
    expect(placeCached(at, zoomIdentity.translate(0.75 * 400, 0.75 * 200).scale(0.8 * 0.75), margin, picture, view)).not.toBeNull();
    expect(placeCached(at, zoomIdentity.translate(0.65 * 400, 0.65 * 200).scale(0.8 * 0.65), margin, picture, view)).toBeNull();
  });
});
