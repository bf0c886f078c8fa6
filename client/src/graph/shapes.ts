/**
 * Node shapes by label, so colour is never the only cue: meetings are squares, organisations diamonds,
 * agenda items, concerns and follow-ups triangles, everything else a circle. The legend's SVG symbols
 * mirror these.
 */
export type ShapeName = 'square' | 'diamond' | 'triangle' | 'circle';

/** Adds the shape centred on (x, y) to the current path; `r` is the node's radius. */
export type Shape = (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, x: number, y: number, r: number) => void;

export const SHAPES: Readonly<Record<ShapeName, Shape>> = {
  circle: (ctx, x, y, r) => {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  },
  square: (ctx, x, y, r) => {
    const s = r * 0.9;
    ctx.rect(x - s, y - s, s * 2, s * 2);
  },
  diamond: (ctx, x, y, r) => {
    const s = r * 1.25;
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s, y);
    ctx.lineTo(x, y + s);
    ctx.lineTo(x - s, y);
    ctx.closePath();
  },
  triangle: (ctx, x, y, r) => {
    const s = r * 1.3;
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s * 0.87, y + s * 0.5);
    ctx.lineTo(x - s * 0.87, y + s * 0.5);
    ctx.closePath();
  },
};

/** How far any shape reaches from its centre, as a multiple of the radius (the triangle's apex). */
export const SHAPE_REACH = 1.3;

export const shapeName = (label: string): ShapeName =>
  label === 'Meeting'
    ? 'square'
    : label === 'Organisation'
      ? 'diamond'
      : label === 'AgendaItem' || label === 'Concern' || label === 'FollowUp'
        ? 'triangle'
        : 'circle';

export const shapeOf = (label: string): Shape => SHAPES[shapeName(label)];
