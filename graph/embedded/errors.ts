/** Stable codes for why the embedded Neo4j could not start; the CLI prints them as is. */
export type EmbeddedNeo4jErrorCode =
  | 'java_missing'
  | 'java_too_old'
  | 'maven_missing'
  | 'maven_failed'
  | 'store_locked'
  | 'start_failed'
  | 'start_timeout'
  | 'invalid_option'
  | 'server_mismatch';

/** Every message ends with what to do; this is the hint for using a server instead of the embedded one. */
export const USE_A_SERVER_HINT = 'Or use an existing Neo4j instead: set NEO4J_URI (e.g. bolt://127.0.0.1:7687 after `docker compose up`).';

/** The embedded Neo4j failed to prepare or start. `logTail` holds the server's last log lines, when there are any. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
    readonly logTail: string[] = [],
    options?: { cause?: unknown },
  ) {
    super(logTail.length > 0 ? `${message}\n--- last log lines ---\n${logTail.join('\n')}` : message, options);
  }
}

export const isEmbeddedNeo4jError = (e: unknown): e is EmbeddedNeo4jError => e instanceof EmbeddedNeo4jError;
