import os from 'node:os';
import { EmbeddedNeo4jError } from './errors.js';

/** Heap and page-cache sizes in Neo4j/JVM notation (`512m`, `1g`). */
export interface MemorySettings {
  heap: string;
  pageCache: string;
}

/**
 * Defaults for a server on a developer's laptop (`npm start`, `npm run serve`, `npm run neo4j`);
 * tests and the benchmarks ask for their own sizes.
 *
 * Heap 1g: the heap holds Cypher's plans and each transaction's state (a write batch of ten
 * meetings with their vectors), Lucene's in-memory segments of the vector and full-text indexes and
 * the HNSW graphs of the vector index's merges, and the API's concurrent searches; none of it grows
 * with the store the way the page cache does. Tests run in 384m and the benchmark in 2g; the old
 * default of 512m is tight for an upload's ingest beside searches, and the JVM only takes from the
 * machine what it uses, so 1g costs an 8 GiB laptop nothing until it is needed.
 *
 * The page cache holds the store files (nodes, relationships, properties with the passages' text and
 * vectors, the range indexes); the full-text and vector indexes are Lucene's, read through the OS
 * file cache instead. A new server's is sized from the store on disk (pageCacheFor; `pageCache` here
 * is its floor), so a graph of a few meetings does not reserve a gigabyte and a 10,000-meeting graph
 * is cached whole: 2,000 synthetic meetings (36,000 passages) made 65 MiB of store files beside a
 * 54 MiB vector index, so 10,000 make about 330 MiB, a 576m page cache.
 */
export const DEFAULT_MEMORY: MemorySettings = { heap: '1g', pageCache: '256m' };

/** The page cache never starts below this (an empty or small store), nor above MAX_PAGE_CACHE_BYTES. */
const MIN_PAGE_CACHE_BYTES = 256 * 2 ** 20;
const MAX_PAGE_CACHE_BYTES = 2 * 2 ** 30;
/** Room for the store to grow while the server runs (an ingest of some thousand meetings). */
const PAGE_CACHE_HEADROOM_BYTES = 128 * 2 ** 20;

/**
 * A page cache for a store of `storeBytes`: the store, a quarter more and some headroom for what
 * the server writes, between 256m and 2g, and never more than an eighth of the machine's memory
 * (a 16 GiB laptop gives at most 2g, an 8 GiB one 1g). Neo4j's own default (half the free memory)
 * is meant for a machine that runs nothing else; here Node, the OS file cache that Lucene reads
 * through, and the user's other programs share it.
 */
export function pageCacheFor(storeBytes: number, totalMemoryBytes: number = os.totalmem()): string {
  const wanted = storeBytes * 1.25 + PAGE_CACHE_HEADROOM_BYTES;
  const cap = Math.max(MIN_PAGE_CACHE_BYTES, Math.min(MAX_PAGE_CACHE_BYTES, totalMemoryBytes / 8));
  const bytes = Math.min(cap, Math.max(MIN_PAGE_CACHE_BYTES, wanted));
  return `${Math.ceil(bytes / 2 ** 20 / 64) * 64}m`;
}

const SIZE = /^\d+[kmg]?$/i;

/** Env NEO4J_HEAP / NEO4J_PAGECACHE win over what the caller asks for, which wins over `defaults`. */
export function resolveMemory(
  requested: Partial<MemorySettings> = {},
  env: NodeJS.ProcessEnv = process.env,
  defaults: MemorySettings = DEFAULT_MEMORY,
): MemorySettings {
  const memory = {
    heap: env.NEO4J_HEAP || requested.heap || defaults.heap,
    pageCache: env.NEO4J_PAGECACHE || requested.pageCache || defaults.pageCache,
  };
  for (const [name, value] of [
    ['NEO4J_HEAP', memory.heap],
    ['NEO4J_PAGECACHE', memory.pageCache],
  ] as const) {
    if (!SIZE.test(value)) {
      throw new EmbeddedNeo4jError('invalid_option', `${name} must look like 512m or 2g, got "${value}"`);
    }
  }
  return memory;
}

/** The C1-only JIT flag quickStart adds: fast start-up, slow run. Never for a server or a benchmark. */
export const QUICK_START_FLAG = '-XX:TieredStopAtLevel=1';

/**
 * JVM options, taken from the `server.jvm.additional` defaults in Neo4j 5.26's conf/neo4j.conf.
 * Left out on purpose: -XX:+AlwaysPreTouch (touches the whole heap before start-up, seconds for a
 * gigabyte, which every `npm start` and every test file would pay) and -XX:+TrustFinalNonStaticFields
 * (neo4j.conf says to disable it in embedded mode).
 *
 * `quickStart` is for tests only: nothing that serves or measures may pass it (tests/graph/embedded/
 * jvm-options.test.ts checks the callers), and a server started with it is never reused by a caller
 * without it (embedded-neo4j.ts).
 */
export function jvmOptions(memory: MemorySettings, quickStart = false): string[] {
  return [
    // C1-only JIT halves start-up (about 20 s → 10 s on a busy 2-core machine) but runs slower: for tests.
    ...(quickStart ? [QUICK_START_FLAG] : []),
    // A server starts with its whole heap, as Neo4j's operations manual advises. Left to grow, G1 kept
    // a 1g–2g heap at about 240 MB while searches ran (they allocate ~4 MB each in the JVM): a young
    // collection every 0.6 s, 5–15 ms each, so about one search in thirty paid one; with the whole
    // heap, one every ~8 s. A test's short-lived JVM keeps the small heap.
    ...(quickStart ? [] : [`-Xms${memory.heap}`]),
    `-Xmx${memory.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    // A child process that ran out of memory should die and be seen dead, not limp on.
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    // Lets Netty (Bolt) use direct buffers without cleaners.
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    // Neo4j reaches into NIO internals (page cache, native vector index, Netty).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

/** What a JVM runs with, as the server record keeps it and the benchmark prints it. */
export interface JvmSettings {
  memory: MemorySettings;
  quickStart: boolean;
  options: string[];
}
