import { z } from 'zod';
import type { Row } from './ports.js';

/**
 * Shared pieces of the read models: every repository parses its rows with a zod schema, so
 * what leaves graph/ is plain JSON of a known shape (integers and dates already converted by the
 * executor; a shape drift fails loudly here instead of deep in the UI).
 */

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Paging for list queries; small caps keep every response bounded. */
export const PageSchema = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

export const NamedRefSchema = z.object({ key: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRefSchema>;

/** A meeting as other records refer to it. */
export const MeetingRefSchema = z.object({ id: z.string(), date: IsoDateSchema, title: z.string().nullable() });
export type MeetingRef = z.infer<typeof MeetingRefSchema>;

export const TopicCountSchema = z.object({ slug: z.string(), label: z.string().nullable(), passages: z.number().int() });
export type TopicCount = z.infer<typeof TopicCountSchema>;

export function parseRows<S extends z.ZodType>(schema: S, rows: Row[]): z.infer<S>[] {
  return rows.map((row) => schema.parse(row));
}

/** Cypher parameter for an optional filter: absent → null, so `$x IS NULL OR …` reads naturally. */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
