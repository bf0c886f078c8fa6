import { describe, expect, it } from 'vitest';
import { ForceLayout, type GraphInput } from '../../client/src/graph/force-layout.js';
import { HitTester } from '../../client/src/graph/hit-test.js';
import { mergeGraphs, neighboursOf } from '../../client/src/graph/merge-graphs.js';
import { pageOfNode } from '../../client/src/graph/node-links.js';

/** A star: one meeting and n topics around it. */
function star(n: number, centre = 'Meeting:m1'): GraphInput {
  const nodes = [
    { id: centre, label: 'Meeting', caption: 'm1' },
    ...Array.from({ length: n }, (_, i) => ({ id: `Topic:t${i}`, label: 'Topic', caption: `t${i}` })),
  ];
  const edges = nodes.slice(1).map((t, i) => ({ id: `e${i}`, type: 'ABOUT', source: centre, target: t.id }));
  return { nodes, edges };
}

const positions = (layout: ForceLayout) => layout.nodes.map((n) => [n.id, Math.round(n.x! * 1000), Math.round(n.y! * 1000)]);

describe('ForceLayout', () => {
  it('steps deterministically: the same graph and the same ticks give the same positions', () => {
    const a = new ForceLayout();
    const b = new ForceLayout();
    a.update(star(12));
    b.update(star(12));
    a.tick(50);
    b.tick(50);
    expect(positions(a)).toEqual(positions(b));
  });

  it('cools down as it ticks and stops moving', () => {
    const layout = new ForceLayout();
    layout.update(star(5));
    const alpha = layout.alpha;
    layout.tick(10);
    expect(layout.alpha).toBeLessThan(alpha);
    layout.tick(400);
    expect(layout.isMoving).toBe(false);
  });

  it('keeps placed nodes where they are on update and grows new ones next to their neighbour', () => {
    const layout = new ForceLayout();
    layout.update(star(4));
    layout.tick(300);
    const t0 = { x: layout.node('Topic:t0')!.x!, y: layout.node('Topic:t0')!.y! };
    const expanded = star(4);
    layout.update({
      nodes: [...expanded.nodes, { id: 'Person:p', label: 'Person', caption: 'p' }],
      edges: [...expanded.edges, { id: 'x', type: 'SPOKE', source: 'Person:p', target: 'Topic:t0' }],
    });
    expect(layout.node('Topic:t0')).toMatchObject(t0);
    const p = layout.node('Person:p')!;
    expect(Math.hypot(p.x! - t0.x, p.y! - t0.y)).toBeLessThan(150);
    expect(layout.isMoving).toBe(true);
  });

  it('drops nodes that are gone and edges whose ends are missing', () => {
    const layout = new ForceLayout();
    layout.update({ nodes: [{ id: 'A:a', label: 'Topic', caption: 'a' }], edges: [{ id: 'e', type: 'X', source: 'A:a', target: 'B:b' }] });
    expect(layout.links).toEqual([]);
    layout.update(star(2));
    expect(layout.node('A:a')).toBeUndefined();
    expect(layout.nodes).toHaveLength(3);
  });

  it('pins a dragged node and releases it', () => {
    const layout = new ForceLayout();
    layout.update(star(3));
    layout.pin('Topic:t1', 100, -50);
    layout.tick(20);
    expect(layout.node('Topic:t1')).toMatchObject({ x: 100, y: -50 });
    layout.pin('Topic:t1', null, null);
    expect(layout.node('Topic:t1')!.fx).toBeNull();
  });

  // A guard against accidentally quadratic forces, not a benchmark: generous for a busy CI machine.
  it('steps 2,000 nodes quickly (Barnes–Hut and quadtree forces, no all-pairs work)', () => {
    const layout = new ForceLayout();
    layout.update(star(1999));
    layout.tick(5); // warm up the JIT before timing
    const started = performance.now();
    layout.tick(10);
    expect((performance.now() - started) / 10).toBeLessThan(150);
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });
});

describe('HitTester', () => {
  it('finds the node under a point and nothing between nodes', () => {
    const layout = new ForceLayout();
    layout.update(star(30));
    layout.tick(100);
    const hits = new HitTester().rebuild(layout.nodes);
    for (const node of layout.nodes) expect(hits.find(node.x!, node.y!)?.id).toBe(node.id);
    const box = layout.bounds()!;
    expect(hits.find(box.x1 + 100, box.y1 + 100)).toBeUndefined();
  });

  it('after `moved`, answers from the new positions (rebuilding at the query)', () => {
    const layout = new ForceLayout();
    layout.update(star(30));
    layout.tick(100);
    const hits = new HitTester().rebuild(layout.nodes);
    const node = layout.node('Topic:t3')!;
    const [x, y] = [node.x!, node.y!];
    node.x = x + 500;
    hits.moved(layout.nodes);
    expect(hits.find(x + 500, y)?.id).toBe('Topic:t3');
    expect(hits.find(x, y)?.id).not.toBe('Topic:t3');
  });
});

describe('mergeGraphs', () => {
  const base = {
    center: null,
    truncated: false,
    nodes: [{ id: 'Meeting:m', label: 'Meeting' as const, key: 'm', caption: 'm', depth: 0, properties: {} }],
    edges: [],
  };
  const expansion = {
    center: 'Meeting:m',
    truncated: true,
    nodes: [
      { id: 'Meeting:m', label: 'Meeting' as const, key: 'm', caption: 'm', depth: 0, properties: {} },
      { id: 'Topic:t', label: 'Topic' as const, key: 't', caption: 'T', depth: 1, properties: {} },
      { id: 'Body:b', label: 'Body' as const, key: 'b', caption: 'B', depth: 1, properties: {} },
    ],
    edges: [
      { id: '1', type: 'ABOUT', source: 'Meeting:m', target: 'Topic:t' },
      { id: '2', type: 'ABOUT', source: 'Meeting:m', target: 'Topic:t' },
      { id: '3', type: 'OF_BODY', source: 'Meeting:m', target: 'Body:b' },
    ],
  };

  it('unions nodes by id, dedupes edges, and filters node types with their edges', () => {
    const merged = mergeGraphs([base, expansion], new Set(['Meeting', 'Topic']));
    expect(merged.nodes.map((n) => n.id)).toEqual(['Meeting:m', 'Topic:t']);
    expect(merged.edges).toHaveLength(1);
    expect(merged.truncated).toBe(true);
    expect(neighboursOf(merged, 'Topic:t').map((n) => [n.node.id, n.type, n.outgoing])).toEqual([['Meeting:m', 'ABOUT', false]]);
  });

  it('links nodes to their pages', () => {
    expect(pageOfNode('Topic', 'nara-vard')).toBe('/amnen/nara-vard');
    expect(pageOfNode('AgendaItem', '2025-04-10_x#3')).toBe('/moten/2025-04-10_x#punkt-3');
    expect(pageOfNode('Body', 'x')).toBeNull();
  });
});
