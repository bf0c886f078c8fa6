import neo4j from 'neo4j-driver';
import type { Driver, Duration, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { toGraphError } from './errors.js';

/** Query parameters: plain values only (numbers, strings, booleans, null, arrays, maps). */
export type CypherParams = Record<string, unknown>;

/** A result row with Neo4j values already converted (integers → numbers, temporals → ISO strings). */
export type Row = Record<string, unknown>;

/** Turns one converted row into the caller's shape. */
export type RowMapper<T> = (row: Row) => T;

/** What a write transaction offers its work function. */
export interface GraphTx {
  /** Runs one statement inside the transaction and returns its converted rows. */
  run<T = Row>(cypher: string, params?: CypherParams, map?: RowMapper<T>): Promise<T[]>;
}

const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 200;

/** Metadata attached to every transaction, visible in `SHOW TRANSACTIONS` and the query log. */
export const TRANSACTION_METADATA = Object.freeze({ app: 'radslag' });

/**
 * The one owner of the Neo4j driver. Every query goes through here, so every query names the
 * database, carries the app's metadata, is logged under DEBUG=radslag:cypher, returns plain values
 * and fails with a domain error from graph/errors.ts. Sessions are always closed.
 */
export class GraphExecutor {
  private readonly logCypher = isDebugEnabled('radslag:cypher');
  private writesFinished = 0;

  constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  /**
   * Runs a read query in a READ session, so a cluster can route it to a secondary. One auto-commit
   * statement: a managed transaction adds BEGIN and COMMIT round trips (about 2 ms a query here,
   * several times the cost of a small read model's query), and a read has nothing to commit.
   * Transient failures (a leader switch, a connection lost) are retried a few times, as the
   * driver's managed transactions would.
   */
  async read<T = Row>(cypher: string, params: CypherParams = {}, map?: RowMapper<T>): Promise<T[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.withSession(neo4j.session.READ, (session) => this.runIn(session, cypher, params, map));
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(cause)) throw error;
        await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * attempt));
      }
    }
  }

  /** Like `read`, for queries that return at most one row. */
  async readOne<T = Row>(cypher: string, params: CypherParams = {}, map?: RowMapper<T>): Promise<T | undefined> {
    const rows = await this.read(cypher, params, map);
    return rows[0];
  }

  /**
   * Runs `work` as one managed write transaction: it commits when `work` resolves and rolls back
   * when it throws. The driver retries transient failures, so `work` must be safe to run again.
   */
  async write<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    try {
      return await this.withSession(neo4j.session.WRITE, (session) =>
        session.executeWrite((tx) => work({ run: (cypher, params = {}, map) => this.runIn(tx, cypher, params, map) }), {
          metadata: TRANSACTION_METADATA,
        }),
      );
    } finally {
      this.writesFinished++;
    }
  }

  /**
   * How many write transactions this executor has finished (committed or not). A read that began
   * before this number last changed may not see that write; graph-version.ts uses it so requests
   * never share a version read that started before a write of this process ended.
   */
  get writeGeneration(): number {
    return this.writesFinished;
  }

  /** One statement in its own write transaction (schema statements, small updates). */
  async run<T = Row>(cypher: string, params: CypherParams = {}, map?: RowMapper<T>): Promise<T[]> {
    return this.write((tx) => tx.run(cypher, params, map));
  }

  /** Resolves when the server answers; rejects with UnavailableError otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw toGraphError(error);
    }
  }

  /** Closes the driver; later queries fail with UnavailableError. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      return await work(session);
    } catch (error) {
      throw toGraphError(error);
    } finally {
      await session?.close().catch(() => undefined);
    }
  }

  private async runIn<T>(runner: ManagedTransaction | Session, cypher: string, params: CypherParams, map?: RowMapper<T>): Promise<T[]> {
    if (this.logCypher) logQuery(this.database, cypher, params);
    const result: QueryResult<RecordShape> =
      'executeRead' in runner ? await runner.run(cypher, params, { metadata: TRANSACTION_METADATA }) : await runner.run(cypher, params);
    return result.records.map((record) => {
      const row = toPlainValue(record.toObject()) as Row;
      return map ? map(row) : (row as T);
    });
  }
}

/** `DEBUG` as in the `debug` package: comma/space separated namespaces, `*` wildcards allowed. */
function isDebugEnabled(namespace: string, debugEnv: string | undefined = process.env.DEBUG): boolean {
  if (!debugEnv) return false;
  const patterns = debugEnv.split(/[\s,]+/).filter(Boolean);
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(namespace);
  return patterns.some((p) => !p.startsWith('-') && matches(p)) && !patterns.some((p) => p.startsWith('-') && matches(p.slice(1)));
}

function logQuery(database: string, cypher: string, params: CypherParams): void {
  const compact = cypher.replace(/\s+/g, ' ').trim();
  let shownParams: string;
  try {
    shownParams = JSON.stringify(params, (_key, value: unknown) =>
      Array.isArray(value) && value.length > 20 && value.every((v) => typeof v === 'number')
        ? `[${value.length} numbers]` // embeddings would drown the log
        : value,
    );
  } catch {
    shownParams = '[unserialisable params]';
  }
  process.stderr.write(`radslag:cypher [${database}] ${compact} ${shownParams}\n`);
}

/**
 * Converts a driver value to plain JSON-friendly data, recursively: Integer → number (a string when
 * outside ±2^53, which no count or ordinal here reaches), Date/Time/DateTime/Duration → ISO 8601
 * string, Point → { srid, x, y, z? }, Node/Relationship → { elementId, labels|type, properties },
 * Path → { nodes, relationships }. Maps and lists are converted element by element.
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (neo4j.isDateTime(value)) return isoDateTime(value.toString());
  if (neo4j.isDate(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value)) {
    return value.toString();
  }
  if (neo4j.isDuration(value)) return isoDuration(value);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toPlainValue(srid), x, y } : { srid: toPlainValue(srid), x, y, z };
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlainValue(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toPlainValue(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlainValue),
      relationships: value.segments.map((s) => toPlainValue(s.relationship)),
    };
  }
  if (value instanceof Uint8Array) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = toPlainValue(inner);
  return plain;
}

// The driver prints durations with seconds only ("P1DT7200S"); Neo4j and people write "P1DT2H".
function isoDuration(duration: Duration): string {
  const [months, days, seconds, nanos] = [duration.months, duration.days, duration.seconds, duration.nanoseconds].map((part) =>
    neo4j.integer.toNumber(part),
  ) as [number, number, number, number];
  if ([months, days, seconds, nanos].some((part) => part < 0)) return duration.toString();
  const date = [
    [Math.floor(months / 12), 'Y'],
    [months % 12, 'M'],
    [days, 'D'],
  ] as const;
  const fraction = nanos > 0 ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  const time = [
    [Math.floor(seconds / 3600), 'H'],
    [Math.floor((seconds % 3600) / 60), 'M'],
  ] as const;
  const datePart = date
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join('');
  const secs = seconds % 60;
  const timePart =
    time
      .filter(([n]) => n > 0)
      .map(([n, unit]) => `${n}${unit}`)
      .join('') + (secs > 0 || fraction ? `${secs}${fraction}S` : '');
  if (!datePart && !timePart) return 'PT0S';
  return `P${datePart}${timePart ? `T${timePart}` : ''}`;
}

// The driver prints a zone id after the offset ("…+01:00[Europe/Stockholm]"); ISO 8601 ends at the offset.
function isoDateTime(text: string): string {
  return text.replace(/(?<=[+-]\d{2}:\d{2}(?::\d{2})?|Z)\[[^\]]+\]$/, '');
}
