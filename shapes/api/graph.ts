import { z } from 'zod';
import { BodyKey, CsvList, IsoDate } from './common.js';
import { NODE_LABELS } from './enums.js';

export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** `Label:key`, e.g. `Topic:nara-vard` or `Meeting:2025-04-10-…`. */
export const NodeId = z
  .string()
  .trim()
  .max(300)
  .regex(/^[A-Za-z]+:.+$/, 'expected Label:key, e.g. Topic:nara-vard')
  .transform((text, ctx) => {
    const colon = text.indexOf(':');
    const label = NodeLabel.safeParse(text.slice(0, colon));
    if (!label.success) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown node label "${text.slice(0, colon)}"; expected one of ${NodeLabel.options.join(', ')}`,
      });
      return z.NEVER;
    }
    return { label: label.data, key: text.slice(colon + 1) };
  });

/** `GET /api/graph` (and `/api/export/graph.graphml`) query. Without `focus`: the overview. */
export const GraphQuery = z.object({
  focus: NodeId.optional(),
  depth: z
    .enum(['1', '2'])
    .default('1')
    .transform(Number)
    .pipe(z.union([z.literal(1), z.literal(2)])),
  types: CsvList.pipe(z.array(NodeLabel).min(1)).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The overview: only this council's meetings and what hangs on them. */
  body: BodyKey.optional(),
  /** Nodes at most; a neighbourhood is capped at 500, the overview at 2000. */
  limit: z.coerce.number().int().min(2).max(2000).default(200),
});
export type GraphQuery = z.infer<typeof GraphQuery>;

export const GraphNode = z.object({
  /** `Label:key`, stable across queries so the client can merge graphs. */
  id: z.string(),
  label: NodeLabel,
  key: z.string(),
  caption: z.string(),
  /** Distance from the centre (0, 1, 2); in the overview 0 for meetings, 1 for the rest. */
  depth: z.number().int(),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphResponse = z.object({
  /** The focus node's id; null for the overview. */
  center: z.string().nullable(),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  truncated: z.boolean(),
});
export type GraphResponse = z.infer<typeof GraphResponse>;
