import { Neo4jError, error as neo4jErrorCodes } from 'neo4j-driver';

/** Stable codes for graph failures; the API maps them to HTTP statuses (unavailable → 503). */
export type GraphErrorCode = 'graph_unavailable' | 'constraint_violation' | 'database_not_found' | 'cypher_invalid' | 'graph_error';

/** Any failure talking to Neo4j. `neo4jCode` keeps the server's code (e.g. `Neo.ClientError…`) for logs. */
export class GraphError extends Error {
  override name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The database cannot be reached now (server down, connection lost, database starting); retrying later may work. */
export class UnavailableError extends GraphError {
  override name = 'UnavailableError';
  constructor(message: string, neo4jCode?: string, options?: { cause?: unknown }) {
    super('graph_unavailable', message, neo4jCode, options);
  }
}

/** A write broke a uniqueness / existence / key constraint. */
export class ConstraintError extends GraphError {
  override name = 'ConstraintError';
  constructor(message: string, neo4jCode?: string, options?: { cause?: unknown }) {
    super('constraint_violation', message, neo4jCode, options);
  }
}

export const isGraphError = (e: unknown): e is GraphError => e instanceof GraphError;

// Server codes that mean "not reachable right now" rather than "your query is wrong".
const UNAVAILABLE_CODES = new Set<string>([
  neo4jErrorCodes.SERVICE_UNAVAILABLE,
  neo4jErrorCodes.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/**
 * The one place where driver errors become domain errors. Already-mapped errors pass through,
 * so callers may wrap defensively. Anything not from Neo4j is a generic GraphError with the cause kept.
 */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new GraphError('graph_error', `graph operation failed: ${message}`, undefined, { cause: error });
  }
  const code = error.code;
  const message = firstLine(error.message);
  if (UNAVAILABLE_CODES.has(code) || isClosedPool(error)) {
    return new UnavailableError(`graph database unavailable: ${message}`, code, { cause: error });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintError(`constraint violated: ${message}`, code, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new GraphError('database_not_found', message, code, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new GraphError('cypher_invalid', `invalid Cypher: ${message}`, code, { cause: error });
  }
  return new GraphError('graph_error', `graph operation failed: ${message}`, code, { cause: error });
}

// A driver that was closed reports a pool error without a server code; it is unavailable, not a bug in the query.
function isClosedPool(error: Neo4jError): boolean {
  return /pool is closed/i.test(error.message);
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
