import { EmbeddedNeo4jError } from './errors.js';

/** Heap and page-cache sizes in Neo4j/JVM notation (`512m`, `1g`). */
export interface MemorySettings {
  heap: string;
  pageCache: string;
}

/** Defaults for a developer's laptop; tests ask for less. */
export const DEFAULT_MEMORY: MemorySettings = { heap: '512m', pageCache: '256m' };

const SIZE = /^\d+[kmg]?$/i;

/** Env NEO4J_HEAP / NEO4J_PAGECACHE win over what the caller asks for, which wins over the defaults. */
export function resolveMemory(requested: Partial<MemorySettings> = {}, env: NodeJS.ProcessEnv = process.env): MemorySettings {
  const memory = {
    heap: env.NEO4J_HEAP || requested.heap || DEFAULT_MEMORY.heap,
    pageCache: env.NEO4J_PAGECACHE || requested.pageCache || DEFAULT_MEMORY.pageCache,
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

/**
 * JVM options, taken from the `server.jvm.additional` defaults in Neo4j 5.26's conf/neo4j.conf.
 * Left out on purpose: -XX:+AlwaysPreTouch (slows start-up, which tests pay for every file) and
 * -XX:+TrustFinalNonStaticFields (neo4j.conf says to disable it in embedded mode).
 */
export function jvmOptions(memory: MemorySettings, quickStart = false): string[] {
  return [
    // C1-only JIT halves start-up (about 20 s → 10 s on a busy 2-core machine) but runs slower: for tests.
    ...(quickStart ? ['-XX:TieredStopAtLevel=1'] : []),
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
