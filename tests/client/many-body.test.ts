import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/explorer/synthetic-graph.js';
import { manyBody } from '../../client/src/graph/many-body.js';

type Node = SimulationNodeDatum & { id: string };

/** The same nodes, placed by d3's phyllotaxis, with a few stacked on one spot to exercise the jiggle. */
function nodes(count: number): Node[] {
  const list: Node[] = syntheticGraph(count).nodes.map((n) => ({ id: n.id }));
  forceSimulation(list).stop(); // assigns index, x, y, vx, vy
  for (const n of list.slice(0, 5)) [n.x, n.y] = [list[10]!.x, list[10]!.y];
  return list;
}

/** Velocities after `steps` applications of `force` to fresh copies of the nodes, with d3's own random source. */
function velocities(force: ReturnType<typeof forceManyBody<Node>> | ReturnType<typeof manyBody<Node>>, count: number, steps: number) {
  const list = nodes(count);
  const simulation = forceSimulation(list).force('charge', force).stop();
  for (let i = 0; i < steps; i++) simulation.tick();
  return list.map((n) => [n.x, n.y, n.vx, n.vy]);
}

describe('manyBody', () => {
  it('gives exactly what d3 forceManyBody gives, step after step, near and far, with coincident nodes', () => {
    for (const [strength, distanceMax, theta] of [
      [-30, 200, 1.2],
      [-160, 400, 0.9],
      [-30, Infinity, 0.81],
    ] as const) {
      const ours = velocities(manyBody<Node>().strength(strength).distanceMax(distanceMax).theta(theta), 600, 5);
      const d3s = velocities(forceManyBody<Node>().strength(strength).distanceMax(distanceMax).theta(theta), 600, 5);
      expect(ours).toEqual(d3s);
    }
  });

  it('does nothing without nodes', () => {
    const force = manyBody<Node>();
    force.initialize([], Math.random);
    expect(() => force(1)).not.toThrow();
  });
});
