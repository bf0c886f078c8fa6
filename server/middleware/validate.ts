import type { z } from 'zod';
import { ValidationError } from '../errors.js';

/**
 * Parses request input (query or path parameters) with a contract schema. On failure: a 400 whose
 * message names each bad parameter and the value it had, e.g.
 * `invalid parameter "from" = "2025-13": expected a date as YYYY-MM-DD`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const source = (input ?? {}) as Record<string, unknown>;
  const problems = result.error.issues.map((issue) => {
    const parameter = issue.path.length > 0 ? String(issue.path[0]) : '(query)';
    const value = issue.path.length > 0 ? source[parameter] : undefined;
    return { parameter, value: shown(value), message: issue.message };
  });
  const message = problems
    .map((p) => `invalid parameter "${p.parameter}"${p.value === undefined ? '' : ` = ${p.value}`}: ${p.message}`)
    .join('; ');
  throw new ValidationError(message, { parameters: problems });
}

/** The value as the client sent it, cut short so a 10,000-character string does not come back whole. */
function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
