/**
 * What the frame-time page exposes to the benchmark driving it (bench/api/frame-time.ts): the
 * frames it has recorded and the phase they belong to. Nothing in the app reads this.
 */
export type FramePhase = 'idle' | 'layout' | 'interact' | 'layout+interact';

export interface FrameRecord {
  phase: FramePhase;
  /** Milliseconds of work in the frame callback: taking layout steps, hit-test rebuild, drawing, canvas flush. */
  work: number;
  /** Milliseconds since the previous frame's rAF timestamp (NaN for the first frame). */
  interval: number;
  /** Whether layout steps arrived in this frame (they are taken in the layout's worker, beside the drawing). */
  ticked: boolean;
  /** Milliseconds those steps took in the worker (0 when none arrived); not part of `work`. */
  stepMs?: number;
  /** Whether the frame drew (a frame whose steps moved nothing visibly, or that had nothing new, does not). */
  drew?: boolean;
  /** Whether the frame drew a sketch: edges at half resolution while the layout and the view both move. */
  sketched?: boolean;
}

export interface ExplorerBench {
  nodes: number;
  edges: number;
  /** Milliseconds from start to the first picture: the worker merges the graph and pre-settles it, the view is fitted, as GraphCanvas does on mount. */
  mountMs: number;
  frames: FrameRecord[];
  /** Starts a phase; `reheat` keeps the layout moving for the whole phase (as repeated expansions would). */
  setPhase(phase: FramePhase, reheat: boolean): void;
  /** Steps the layout until it rests, outside any measurement. */
  settle(): Promise<void>;
  /** Fits the graph into the view, as after mount. */
  fit(): void;
}

declare global {
  interface Window {
    __explorerBench?: ExplorerBench;
  }
}
