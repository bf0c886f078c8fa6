import { z } from 'zod';
import { DATE_SOURCES } from './enums.js';

/**
 * Shapes every part of the API shares: dates, errors, paging, references. The client imports the
 * inferred TYPES from `shapes/api/index.ts`; the server validates requests with the schemas and
 * the API tests validate every response with them, so the contract cannot drift from the server.
 */

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    'not a calendar date',
  );

/** Free text from a query string: trimmed, at most 500 characters. */
export const QueryText = z.string().trim().max(500, 'at most 500 characters');

/** Paging parameters: 1-based page, pageSize 1..100 (default 20). */
export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PagingQuery = z.infer<typeof PagingQuery>;

/** A paged response: `{ items, total, page, pageSize }`. */
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Every error body. `code` is stable snake_case; `details` holds e.g. the offending parameter. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const NamedRef = z.object({ key: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;

/** A meeting as others refer to it; `date` is null for an undated meeting (shown as "odaterat"). */
export const MeetingRef = z.object({ id: z.string(), date: IsoDate.nullable(), title: z.string().nullable() });
export type MeetingRef = z.infer<typeof MeetingRef>;

/**
 * The council filter every list, search, trend and graph query takes: one body key
 * (`kommunala-pensionarsradet-norrtalje-kommun`), as `GET /api/councils` lists them.
 */
export const BodyKey = z.string().trim().min(1).max(200);

export const DateSource = z.enum(DATE_SOURCES);
export type DateSource = z.infer<typeof DateSource>;

/** A topic as others refer to it, labelled in both languages. */
export const TopicRef = z.object({ slug: z.string(), label_sv: z.string().nullable(), label_en: z.string().nullable() });
export type TopicRef = z.infer<typeof TopicRef>;

/** A topic with the number of someone's passages about it (a person's, an organisation's). */
export const CountedTopic = TopicRef.extend({ count: z.number().int() });
export type CountedTopic = z.infer<typeof CountedTopic>;

/** Who said something or owns a promise: a person, an organisation, the council (body) or unknown. */
export const Actor = z.object({ type: z.string(), key: z.string().nullable(), name: z.string().nullable() });
export type Actor = z.infer<typeof Actor>;

export const ItemRef = z.object({ key: z.string(), ordinal: z.number().int(), number: z.string(), title: z.string() });
export type ItemRef = z.infer<typeof ItemRef>;

/** A comma-separated list in a query string (`a,b,c`) → trimmed, non-empty strings. */
export const CsvList = z
  .string()
  .max(500, 'at most 500 characters')
  .transform((text) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** `true`/`false` in a query string. */
export const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
