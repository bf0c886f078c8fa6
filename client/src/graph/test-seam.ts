/**
 * The graph canvas has no DOM per node, so end-to-end tests ask the page where nodes are drawn.
 * GraphCanvas installs this object on `window` while it is mounted; nothing else reads it.
 */
export type GraphTestSeam = {
  /** Every node with its position on screen (CSS pixels relative to the canvas). */
  nodes(): { id: string; label: string; x: number; y: number }[];
  /** Steps the layout until it rests (in its worker), so a test can click a node that no longer moves; resolves once the positions are here. */
  settle(): Promise<void>;
};

declare global {
  interface Window {
    __radslagGraph?: GraphTestSeam;
  }
}
