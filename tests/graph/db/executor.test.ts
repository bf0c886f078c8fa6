import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstraintError, GraphError, UnavailableError } from '../../../graph/db/errors.js';
import { GraphExecutor, toPlainValue } from '../../../graph/db/executor.js';
import { cypherStringOrder } from '../../../graph/db/string-order.js';
import { startTestGraph } from '../../helpers/neo4j.js';
import type { TestGraph } from '../../helpers/neo4j.js';

describe('GraphExecutor against a real Neo4j', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
    await graph.executor.run('CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE');
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('orders strings as cypherStringOrder does, where localeCompare would not', async () => {
    // Keys as the graph writes them, with the characters collation weighs differently: case,
    // punctuation, digits, Swedish letters.
    const keys = [
      'möte-2024#p10',
      'möte-2024#p9',
      'möte_2024#p1',
      'Möte-2024#p1',
      'mote-2024#p1',
      'möte-2024:p1',
      'åtgärd',
      'ärende',
      'öppen',
    ];
    const row = await graph.executor.readOne<{ sorted: string[] }>(
      'UNWIND $keys AS key WITH key ORDER BY key RETURN collect(key) AS sorted',
      {
        keys,
      },
    );
    expect(row?.sorted).toEqual([...keys].sort(cypherStringOrder));
    expect([...keys].sort((a, b) => a.localeCompare(b))).not.toEqual(row?.sorted);
  });

  it('returns integers as numbers and temporal values as ISO strings', async () => {
    const row = await graph.executor.readOne(
      `RETURN 42 AS count, [1, 2, 3] AS list, {nested: 7} AS map, 1.5 AS float,
              date('2025-03-04') AS date,
              datetime('2025-03-04T10:15:30+01:00') AS offsetDateTime,
              datetime({year: 2025, month: 3, day: 4, hour: 10, timezone: 'Europe/Stockholm'}) AS zonedDateTime,
              localdatetime('2025-03-04T10:15') AS localDateTime,
              localtime('13:00') AS localTime,
              duration('P1DT2H') AS duration,
              9007199254740993 AS huge`,
    );
    expect(row).toEqual({
      count: 42,
      list: [1, 2, 3],
      map: { nested: 7 },
      float: 1.5,
      date: '2025-03-04',
      offsetDateTime: '2025-03-04T10:15:30+01:00',
      zonedDateTime: '2025-03-04T10:00:00+01:00',
      localDateTime: '2025-03-04T10:15:00',
      localTime: '13:00:00',
      duration: 'P1DT2H',
      huge: '9007199254740993',
    });
  });

  it('converts nodes to { elementId, labels, properties } and applies the row mapper', async () => {
    await graph.executor.run("MERGE (:Person {key: 'anna andersson', name: 'Anna Andersson', born: date('1970-01-02')})");
    const people = await graph.executor.read(
      'MATCH (p:Person {key: $key}) RETURN p',
      { key: 'anna andersson' },
      (r) => r.p as { labels: string[]; properties: Record<string, unknown> },
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ labels: ['Person'], properties: { name: 'Anna Andersson', born: '1970-01-02' } });
  });

  it('commits a write transaction as one unit, and rolls all of it back when the work throws', async () => {
    const created = await graph.executor.write(async (tx) => {
      await tx.run("CREATE (:Person {key: 'a'})");
      const [row] = await tx.run("CREATE (:Person {key: 'b'}) RETURN count(*) AS n");
      return row!.n;
    });
    expect(created).toBe(1);

    await expect(
      graph.executor.write(async (tx) => {
        await tx.run("CREATE (:Person {key: 'c'})");
        throw new Error('work failed half-way');
      }),
    ).rejects.toThrow('work failed half-way');
    const keys = await graph.executor.read(
      "MATCH (p:Person) WHERE p.key IN ['a', 'b', 'c'] RETURN p.key AS key ORDER BY key",
      {},
      (r) => r.key,
    );
    expect(keys).toEqual(['a', 'b']);
  });

  it('tags transactions with the app name', async () => {
    const [meta] = await graph.executor.read(
      'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH "SHOW" RETURN metaData',
    );
    expect(meta).toEqual({ metaData: { app: 'radslag' } });
  });

  it('maps a uniqueness violation to ConstraintError', async () => {
    const duplicate = graph.executor.run("CREATE (:Person {key: 'anna andersson'})");
    await expect(duplicate).rejects.toBeInstanceOf(ConstraintError);
    await expect(duplicate).rejects.toMatchObject({
      code: 'constraint_violation',
      neo4jCode: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('maps invalid Cypher to a GraphError with code cypher_invalid', async () => {
    const invalid = graph.executor.read('RETURN nonsense(');
    await expect(invalid).rejects.toBeInstanceOf(GraphError);
    await expect(invalid).rejects.toMatchObject({ code: 'cypher_invalid' });
  });

  it('logs Cypher and parameters when DEBUG includes radslag:cypher', async () => {
    const previous = process.env.DEBUG;
    process.env.DEBUG = 'other,radslag:cypher';
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const driver = neo4j.driver(graph.uri);
    try {
      const logged = new GraphExecutor(driver, 'neo4j');
      process.stderr.write = ((chunk: string | Uint8Array) => (lines.push(String(chunk)), true)) as typeof process.stderr.write;
      await logged.read('RETURN $x   AS x', { x: 5 });
    } finally {
      process.stderr.write = write;
      process.env.DEBUG = previous;
      await driver.close();
    }
    expect(lines).toEqual(['radslag:cypher [neo4j] RETURN $x AS x {"x":5}\n']);
  });

  // Last: it stops the server the other tests use.
  it('maps a stopped server to UnavailableError', async () => {
    const driver = neo4j.driver(graph.uri, undefined, { maxTransactionRetryTime: 500, connectionTimeout: 2_000 });
    const own = new GraphExecutor(driver, 'neo4j');
    try {
      expect(await own.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      await graph.close();
      const failed = own.read('RETURN 1 AS one');
      await expect(failed).rejects.toBeInstanceOf(UnavailableError);
      await expect(failed).rejects.toMatchObject({ code: 'graph_unavailable' });
    } finally {
      await own.close();
    }
  });
});

describe('toPlainValue', () => {
  it('leaves plain values alone and converts nested driver integers', () => {
    expect(toPlainValue({ a: [neo4j.int(3), 'x', null, true], b: undefined })).toEqual({ a: [3, 'x', null, true], b: null });
  });

  it('writes durations the way Neo4j does', () => {
    expect(toPlainValue(new neo4j.types.Duration(14, 3, 3_723, 500_000_000))).toBe('P1Y2M3DT1H2M3.5S');
    expect(toPlainValue(new neo4j.types.Duration(0, 0, 0, 0))).toBe('PT0S');
    expect(toPlainValue(new neo4j.types.Duration(0, 0, 60, 0))).toBe('PT1M');
  });
});
