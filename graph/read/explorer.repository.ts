import { NODE_LABELS } from '../../shapes/api/enums.js';
import type { GraphEdge, GraphNode, GraphResponse, NodeLabel } from '../../shapes/api/index.js';
import type { GraphReader } from '../db/ports.js';

/**
 * The knowledge-graph explorer's read model: a node's neighbourhood, one or two steps out,
 * optionally only through certain node types, never more than `limit` nodes. Nearer nodes are
 * kept first, so a cut drops the far ring, a cut keeps some of every kind of node, and
 * `truncated` says a cut happened. Nodes and edges are the contract's (shapes/api/graph.ts).
 */

/** The property each label is keyed on (graph/schema.ts constraints). */
const KEY_PROPERTY: Record<NodeLabel, string> = {
  Meeting: 'id',
  Body: 'key',
  Person: 'key',
  Organisation: 'key',
  AgendaItem: 'key',
  Passage: 'key',
  Topic: 'slug',
  Concern: 'key',
  FollowUp: 'key',
};

export interface NeighbourhoodParams {
  label: NodeLabel;
  key: string;
  /** Default 1. */
  depth?: 1 | 2;
  /** Only neighbours with one of these labels (the centre is always included). */
  types?: readonly NodeLabel[];
  /** Nodes at most, the centre included; default 150. */
  limit?: number;
}

export type Neighbourhood = Omit<GraphResponse, 'center'> & { center: string };

/** Bookkeeping properties of the write stage, and vectors: never sent to the explorer. */
const HIDDEN = new Set(['embedding', 'roleFacts', 'personKeys', 'organisationKeys', 'bodyKeys', 'fingerprint']);

const NODE_KEY = 'coalesce(n.key, n.id, n.slug)';
/** What names a node: its label among ours and its key. */
const nodeName = (v: string) => `label: [l IN labels(${v}) WHERE l IN $labels][0], key: ${NODE_KEY.replaceAll('n.', `${v}.`)}`;
const nodeProjection = (v: string, extra = '') =>
  `{ ${nodeName(v)},${extra}
     properties: ${v} { .*, embedding: null, roleFacts: null, personKeys: null, organisationKeys: null, bodyKeys: null } }`;

/**
 * A ring is read from at most `limit × SCAN_FACTOR` links. A topic at 10,000 meetings has some
 * 50,000 neighbours, and reading (and sorting) them all to show 200 cost a second a request.
 */
const SCAN_FACTOR = 8;

/**
 * Orders a ring's nodes so that a cut keeps every kind: the first of each label, then the second
 * of each, and so on (within a label by key). Sorting the ring by label alone showed a topic's 199
 * first agenda items and none of its concerns.
 */
const INTERLEAVED = `
       WITH n, labels(n)[0] AS label ORDER BY label, ${NODE_KEY}
       WITH label, collect(n) AS same
       UNWIND range(0, size(same) - 1) AS rank
       WITH same[rank] AS n, rank, label ORDER BY rank, label`;

/** The neighbourhood of one node, or null when the node does not exist. */
export async function getNeighbourhood(executor: GraphReader, params: NeighbourhoodParams): Promise<Neighbourhood | null> {
  const p = { depth: 1, limit: 150, ...params };
  // Label and property come from the closed enum above, never from user text.
  const start = `MATCH (s:${p.label} {${KEY_PROPERTY[p.label]}: $key})`;
  const rows = await executor.read(
    `${start}
     CALL (s) {
       OPTIONAL MATCH (s)--(n)
       WHERE n IS NOT NULL AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
       WITH DISTINCT n LIMIT toInteger($scan)
       ${INTERLEAVED}
       RETURN collect(n) AS ring1, count(n) >= toInteger($scan) AS scanCut1
     }
     WITH s, ring1[..toInteger($limit) - 1] AS kept1, scanCut1 OR size(ring1) > toInteger($limit) - 1 AS cut1
     CALL (s, kept1) {
       UNWIND CASE WHEN $depth = 2 THEN kept1 ELSE [] END AS near
       MATCH (near)--(n)
       WHERE n <> s AND NOT n IN kept1 AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
       WITH DISTINCT n LIMIT toInteger($scan)
       ${INTERLEAVED}
       RETURN collect(n) AS ring2, count(n) >= toInteger($scan) AS scanCut2
     }
     WITH s, kept1, cut1, ring2[..toInteger($limit) - 1 - size(kept1)] AS kept2,
          scanCut2 OR size(ring2) > toInteger($limit) - 1 - size(kept1) AS cut2
     WITH [s] + kept1 + kept2 AS nodes, size(kept1) AS near, cut1 OR cut2 AS truncated
     UNWIND range(0, size(nodes) - 1) AS i
     WITH nodes, truncated, i, nodes[i] AS n, CASE WHEN i = 0 THEN 0 WHEN i <= near THEN 1 ELSE 2 END AS depth
     WITH nodes, truncated, collect(${nodeProjection('n', ' depth: depth,')}) AS projected
     // Edges among the kept nodes. The label test comes first: it drops most links of a hub's agenda
     // items (to passages, when passages are not shown) before the list lookup.
     RETURN truncated, projected AS nodes,
       COLLECT {
         UNWIND nodes AS a
         MATCH (a)-[r]->(b) WHERE ($types IS NULL OR b = head(nodes) OR any(l IN labels(b) WHERE l IN $types)) AND b IN nodes
         RETURN { id: elementId(r), type: type(r), properties: properties(r),
                  from: { ${nodeName('a')} }, to: { ${nodeName('b')} } } AS edge
       } AS edges`,
    { key: p.key, types: p.types ?? null, depth: p.depth, limit: p.limit, scan: p.limit * SCAN_FACTOR, labels: NODE_LABELS },
  );
  const row = rows[0];
  if (!row) return null;
  // Built field by field, in the contract's order: the statement decides every field. A neighbour with none of the
  // explorer's labels (bookkeeping nodes) is left out, with its edges.
  const nodes = (row.nodes as RawNode[]).filter((raw) => EXPLORER_LABELS.has(raw.label)).map(toNode);
  const shown = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const edge of row.edges as RawEdge[]) {
    const source = nodeId(edge.from);
    const target = nodeId(edge.to);
    if (shown.has(source) && shown.has(target)) edges.push({ id: edge.id, type: edge.type, source, target, properties: edge.properties });
  }
  return { center: nodes[0]!.id, nodes, edges, truncated: Boolean(row.truncated) };
}

const EXPLORER_LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

interface RawNode {
  label: NodeLabel;
  key: string;
  depth: number;
  properties: Record<string, unknown>;
}
interface RawEdge {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  /** The ends by name only: their facts come with the nodes, and reading every property of both ends of every edge cost two thirds of the statement. */
  from: { label: NodeLabel; key: string };
  to: { label: NodeLabel; key: string };
}

const nodeId = (node: { label: string; key: string }) => `${node.label}:${node.key}`;

function toNode(raw: RawNode): GraphNode {
  const properties = Object.fromEntries(Object.entries(raw.properties).filter(([name, value]) => value !== null && !HIDDEN.has(name)));
  return {
    id: nodeId(raw),
    label: raw.label,
    key: raw.key,
    caption: captionOf(raw.label, properties, raw.key),
    depth: raw.depth,
    properties,
  };
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** What the explorer writes on a node: the name, or the title, or the start of the text. */
function captionOf(label: NodeLabel, props: Record<string, unknown>, key: string): string {
  switch (label) {
    case 'Meeting':
      return [str(props.date), str(props.title)].filter(Boolean).join(' ') || key;
    case 'AgendaItem':
      return `${str(props.number) ?? ''} ${str(props.title) ?? ''}`.trim() || key;
    case 'Topic':
      return str(props.label_sv) ?? key;
    case 'Body':
      return str(props.displayName) ?? str(props.name) ?? key;
    case 'Concern':
      return clip(str(props.gist) ?? str(props.text) ?? key);
    case 'Passage':
    case 'FollowUp':
      return clip(str(props.text) ?? key);
    default:
      return str(props.name) ?? key;
  }
}
