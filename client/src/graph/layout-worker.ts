/**
 * The Web Worker the explorer's force layout runs in (see layout-runner.ts): at 2,000 nodes a layout
 * step costs about as much as drawing a frame, so it runs beside the drawing instead of before it.
 */
import { LayoutEngine, type LayoutReply, type LayoutRequest } from './layout-engine.js';

/** The part of DedicatedWorkerGlobalScope used here (the client compiles against the DOM library). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply, transfer: Transferable[]): void;
};

const scope = globalThis as unknown as WorkerScope;
const engine = new LayoutEngine();
scope.onmessage = (event) => {
  const reply = engine.handle(event.data);
  if (reply) scope.postMessage(reply, [reply.positions.buffer]);
};
