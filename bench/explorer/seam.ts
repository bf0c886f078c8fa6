/**
 * What the frame-time page exposes to the benchmark driving it (bench/api/frame-time.ts): the
 * frames it has recorded and the phase they belong to. Nothing in the app reads this.
 */
export type FramePhase = 'idle' | 'layout' | 'interact' | 'layout+interact';

export interface FrameRecord {
  phase: FramePhase;
  /** Milliseconds of work in the frame callback: layout tick, hit-test rebuild, drawing, canvas flush. */
  work: number;
  /** Milliseconds since the previous frame's rAF timestamp (NaN for the first frame). */
  interval: number;
  /** Whether the layout stepped in this frame. */
  ticked: boolean;
}

export interface ExplorerBench {
  nodes: number;
  edges: number;
  /** Milliseconds to merge the graph into the layout, pre-settle it and fit it, as GraphCanvas does on mount. */
  mountMs: number;
  frames: FrameRecord[];
  /** Starts a phase; `reheat` keeps the layout moving for the whole phase (as repeated expansions would). */
  setPhase(phase: FramePhase, reheat: boolean): void;
  /** Steps the layout until it rests, outside any measurement. */
  settle(): void;
}

declare global {
  interface Window {
    __explorerBench?: ExplorerBench;
  }
}
