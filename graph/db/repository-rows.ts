import { z } from 'zod';
import { IsoDate, MeetingRef } from '../../shapes/api/common.js';
import type { Row } from './ports.js';

/**
 * Shared pieces of the read models. Integers and dates are converted by the executor; a row's
 * shape is the one the statement's RETURN gives it, which is the contract's (shapes/api): the read
 * models return the contract's types and do not validate again what the HTTP edge validated and
 * what the write stage validated before it wrote.
 */

/** @deprecated the contract's `IsoDate` (shapes/api/common.ts); kept for graph/search until it imports that. */
export const IsoDateSchema = IsoDate;
/** @deprecated the contract's `MeetingRef` (shapes/api/common.ts); kept for graph/search until it imports that. */
export const MeetingRefSchema = MeetingRef;

/** Validates every row: for the search repositories, which have not moved to `rowsIn` yet. */
export function parseRows<S extends z.ZodType>(schema: S, rows: Row[]): z.infer<S>[] {
  return rows.map((row) => schema.parse(row));
}

/**
 * A value in the field order of `schema`, without validating it. Neo4j returns a map's keys in
 * hash order (`{ key, name }` arrives as `{ name, key }`), so a row is laid out again along the
 * contract's shape: objects field by field (fields the contract does not have are left out, as a
 * zod parse would), arrays element by element, nullable and optional fields as their inner
 * shape. Anything else (strings, numbers, records of free properties) is passed through as it is.
 */
export function inShapeOf<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return layOut(schema, value) as z.output<S>;
}

/** Rows in the shape of `schema`: see `inShapeOf`. */
export function rowsIn<S extends z.ZodType>(schema: S, rows: readonly unknown[]): z.output<S>[] {
  return rows.map((row) => layOut(schema, row) as z.output<S>);
}

function layOut(schema: z.ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (schema instanceof z.ZodObject) {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const fieldValue = source[field];
      if (fieldValue !== undefined) out[field] = layOut(fieldSchema, fieldValue);
    }
    return out;
  }
  if (schema instanceof z.ZodArray) return (value as unknown[]).map((element) => layOut(schema.element as z.ZodType, element));
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return layOut(schema.unwrap() as z.ZodType, value);
  }
  return value;
}

/** Cypher parameter for an optional filter: absent → null, so `$x IS NULL OR …` reads naturally. */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
