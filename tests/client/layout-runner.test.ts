import { describe, expect, it } from 'vitest';
import { ForceLayout, type GraphInput } from '../../client/src/graph/force-layout.js';
import { LayoutEngine, type LayoutReply, type LayoutRequest } from '../../client/src/graph/layout-engine.js';
import { inlinePort, LayoutRunner, type LayoutPort } from '../../client/src/graph/layout-runner.js';

/** A star: one meeting and n topics around it. */
function star(n: number): GraphInput {
  const nodes = [
    { id: 'Meeting:m1', label: 'Meeting', caption: 'm1' },
    ...Array.from({ length: n }, (_, i) => ({ id: `Topic:t${i}`, label: 'Topic', caption: `t${i}` })),
  ];
  const edges = nodes.slice(1).map((t, i) => ({ id: `e${i}`, type: 'ABOUT', source: 'Meeting:m1', target: t.id }));
  return { nodes, edges };
}

/** A port that holds replies back until the test lets them through, as a busy worker would. */
function heldPort(): LayoutPort & { sent: LayoutRequest[]; release(): void } {
  const engine = new LayoutEngine();
  const held: LayoutReply[] = [];
  const port = {
    sent: [] as LayoutRequest[],
    onReply: null as LayoutPort['onReply'],
    post(request: LayoutRequest) {
      port.sent.push(request);
      const reply = engine.handle(request);
      if (reply) held.push(reply);
    },
    release() {
      for (const reply of held.splice(0)) port.onReply?.(reply);
    },
    close() {},
  };
  return port;
}

describe('LayoutEngine', () => {
  it('answers an update with the nodes, the links by index and the positions the ForceLayout has', () => {
    const engine = new LayoutEngine();
    const reply = engine.handle({ kind: 'update', seq: 1, graph: star(3), presettle: 20 })!;
    const same = new ForceLayout();
    same.update(star(3));
    same.tick(20);
    expect(reply.graph!.nodes.map((n) => n.id)).toEqual(same.nodes.map((n) => n.id));
    expect(reply.graph!.links.map((l) => [l.source, l.target])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect([...reply.positions]).toEqual(same.nodes.flatMap((n) => [n.x, n.y]));
    expect(reply).toMatchObject({ seq: 1, steps: 20, moving: true });
  });

  it('takes one step per tick while moving, none at rest, and settles within 300 steps', () => {
    const engine = new LayoutEngine();
    engine.handle({ kind: 'update', seq: 1, graph: star(3), presettle: 0 });
    expect(engine.handle({ kind: 'tick', seq: 2 })!.steps).toBe(1);
    const settled = engine.handle({ kind: 'settle', seq: 3 })!;
    expect(settled.moving).toBe(false);
    expect(settled.steps).toBeLessThanOrEqual(300);
    expect(engine.handle({ kind: 'tick', seq: 4 })!.steps).toBe(0);
    expect(engine.handle({ kind: 'pin', seq: 5, id: 'Topic:t0', x: 1, y: 2 })).toBeNull();
  });
});

describe('LayoutRunner', () => {
  it('holds the nodes and links with their positions once an update is answered', async () => {
    const runner = new LayoutRunner(inlinePort());
    await runner.update(star(4), 10);
    expect(runner.nodes.map((n) => n.id)).toContain('Topic:t3');
    expect(runner.links).toHaveLength(4);
    expect(runner.links[0]!.source).toBe(runner.node('Meeting:m1'));
    expect(runner.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(runner.bounds()).not.toBeNull();
    expect(runner.takeProgress()).toMatchObject({ steps: 10, replies: 1 });
    expect(runner.takeProgress()).toMatchObject({ steps: 0, replies: 0 });
  });

  it('sends only the fields the layout reads', async () => {
    const port = heldPort();
    const runner = new LayoutRunner(port);
    const graph = star(1);
    void runner.update({ nodes: graph.nodes.map((n) => ({ ...n, properties: { big: 'x'.repeat(100) } })), edges: graph.edges });
    const sent = port.sent[0] as Extract<LayoutRequest, { kind: 'update' }>;
    expect(Object.keys(sent.graph.nodes[0]!)).toEqual(['id', 'label', 'caption']);
  });

  it('keeps at most one step under way and asks for none at rest', async () => {
    const port = heldPort();
    const runner = new LayoutRunner(port);
    void runner.update(star(3));
    runner.requestStep();
    runner.requestStep();
    expect(port.sent.filter((r) => r.kind === 'tick')).toHaveLength(1);
    port.release();
    runner.requestStep();
    expect(port.sent.filter((r) => r.kind === 'tick')).toHaveLength(2);
    const settled = runner.settle();
    port.release();
    await settled;
    expect(runner.isMoving).toBe(false);
    runner.requestStep();
    expect(port.sent.filter((r) => r.kind === 'tick')).toHaveLength(2);
  });

  it('moves a dragged node at once and keeps it under the pointer when an older step arrives', async () => {
    const port = heldPort();
    const runner = new LayoutRunner(port);
    const placed = runner.update(star(3));
    port.release();
    await placed;
    runner.requestStep(); // under way when the drag starts
    runner.pin('Topic:t1', 500, -500);
    expect(runner.node('Topic:t1')).toMatchObject({ x: 500, y: -500 });
    port.release();
    expect(runner.node('Topic:t1')).toMatchObject({ x: 500, y: -500 });
    runner.pin('Topic:t1', null, null);
    expect(runner.node('Topic:t1')!.fx).toBeNull();
  });

  it('does not let a reply from before a reheat say the layout rests', async () => {
    const port = heldPort();
    const runner = new LayoutRunner(port);
    const placed = runner.update(star(3));
    port.release();
    await placed;
    const settled = runner.settle(); // will answer "at rest"…
    runner.pin('Topic:t0', 10, 10); // …but a drag reheats the layout after it was asked
    port.release();
    await settled;
    expect(runner.isMoving).toBe(true);
  });
});
