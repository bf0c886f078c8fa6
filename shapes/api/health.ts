import { z } from 'zod';

export const EmbedderInfo = z.object({
  id: z.string(),
  dimensions: z.number().int(),
  kind: z.enum(['lexical', 'transformers']),
  /** Set when the built-in lexical embedder stands in for a missing model. */
  notice_sv: z.string().optional(),
  notice_en: z.string().optional(),
});
export type EmbedderInfo = z.infer<typeof EmbedderInfo>;

export const GraphCounts = z.object({
  meetings: z.number().int(),
  passages: z.number().int(),
  people: z.number().int(),
  organisations: z.number().int(),
  topics: z.number().int(),
  concerns: z.number().int(),
  followUps: z.number().int(),
});
export type GraphCounts = z.infer<typeof GraphCounts>;

/** `GET /api/health` → 200. */
export const HealthOk = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ reachable: z.literal(true), version: z.string().optional() }),
  embedder: EmbedderInfo,
  counts: GraphCounts,
  /** True when the server runs on the demo corpus (`npm start -- --demo`): generated example meetings beside the two samples. */
  demo: z.boolean(),
});
export type HealthOk = z.infer<typeof HealthOk>;

/** `GET /api/health` → 503 when Neo4j cannot be reached. */
export const HealthUnavailable = z.object({
  status: z.literal('unavailable'),
  neo4j: z.object({ reachable: z.literal(false) }),
  reason: z.string(),
  embedder: EmbedderInfo,
});
export type HealthUnavailable = z.infer<typeof HealthUnavailable>;
