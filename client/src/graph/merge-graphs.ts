import type { GraphEdge, GraphNode, GraphResponse } from '../../../shapes/api/index.js';

/**
 * The explorer's graph is the base graph plus every expanded neighbourhood. Node ids are stable
 * (`Label:key`), so merging is a union by id; edges are deduplicated by their endpoints and type
 * (the same relationship comes back with every neighbourhood that contains it).
 */
export type MergedGraph = { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };

export function mergeGraphs(graphs: readonly GraphResponse[], visibleLabels?: ReadonlySet<string>): MergedGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const graph of graphs) {
    truncated ||= graph.truncated;
    for (const node of graph.nodes) if (!nodes.has(node.id) && (!visibleLabels || visibleLabels.has(node.label))) nodes.set(node.id, node);
    for (const edge of graph.edges) {
      const id = `${edge.source}|${edge.type}|${edge.target}`;
      if (!edges.has(id)) edges.set(id, { ...edge, id });
    }
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** Neighbours of a node in a merged graph, with the relationship type, for the side panel. */
export function neighboursOf(graph: MergedGraph, id: string): { node: GraphNode; type: string; outgoing: boolean }[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const result: { node: GraphNode; type: string; outgoing: boolean }[] = [];
  for (const edge of graph.edges) {
    if (edge.source === id) {
      const node = byId.get(edge.target);
      if (node) result.push({ node, type: edge.type, outgoing: true });
    } else if (edge.target === id) {
      const node = byId.get(edge.source);
      if (node) result.push({ node, type: edge.type, outgoing: false });
    }
  }
  return result.sort((a, b) => a.node.label.localeCompare(b.node.label) || a.node.caption.localeCompare(b.node.caption, 'sv'));
}
