import { getNeighbourhood } from '../../graph/read/explorer.repository.js';
import { getOverview } from '../../graph/read/overview.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { GraphQuery, GraphResponse } from '../../shapes/api/index.js';
import { NotFoundError } from '../errors.js';

/** The explorer repository's cap on a neighbourhood. */
const MAX_NEIGHBOURHOOD = 500;

/** A focus node's neighbourhood, or without focus the overview of the latest meetings. */
export async function explore(executor: GraphReader, query: GraphQuery): Promise<GraphResponse> {
  if (!query.focus) {
    const overview = await getOverview(executor, { from: query.from, to: query.to, body: query.body, limit: query.limit });
    return { center: null, ...overview };
  }
  const limit = Math.min(query.limit, MAX_NEIGHBOURHOOD);
  const found = await getNeighbourhood(executor, {
    label: query.focus.label,
    key: query.focus.key,
    depth: query.depth,
    ...(query.types ? { types: query.types } : {}),
    limit,
  });
  if (!found) throw new NotFoundError('node', `${query.focus.label}:${query.focus.key}`);
  const graph = { ...found, truncated: found.truncated || (query.limit > limit && found.nodes.length >= limit) };
  return query.from || query.to ? withinDates(graph, query.from, query.to) : graph;
}

/** Drops meetings (other than the centre) outside the date range, and the edges that touched them. */
function withinDates(graph: GraphResponse, from?: string, to?: string): GraphResponse {
  const outside = (node: GraphResponse['nodes'][number]) => {
    if (node.label !== 'Meeting' || node.id === graph.center) return false;
    const date = typeof node.properties.date === 'string' ? node.properties.date : '';
    return (from !== undefined && date < from) || (to !== undefined && date > to);
  };
  const dropped = new Set(graph.nodes.filter(outside).map((n) => n.id));
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !dropped.has(n.id)),
    edges: graph.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)),
  };
}
