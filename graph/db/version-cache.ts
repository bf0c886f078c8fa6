import { readGraphVersion } from './graph-version.js';
import type { GraphReader } from './ports.js';

/**
 * Values computed from the graph, kept while the graph version stands (graph-version.ts): a read
 * costs the version's round trip, and a change of version drops them all. Values are kept per
 * executor (one graph each) and per key; a failed computation is not kept, and at most `maxKeys`
 * values are kept per version: the least recently used goes first, so a stream of distinct queries
 * cannot grow the cache and cannot push out what people keep asking for for long.
 */
export class VersionCache<V> {
  private readonly entries = new WeakMap<GraphReader, { version: string; values: Map<string, Promise<V>> }>();

  constructor(private readonly maxKeys = 100) {}

  /** `version`: the graph version the caller has just read, to save reading it again. */
  async get(executor: GraphReader, key: string, compute: () => Promise<V>, version?: string): Promise<V> {
    version ??= await readGraphVersion(executor);
    let entry = this.entries.get(executor);
    if (!entry || entry.version !== version) {
      entry = { version, values: new Map() };
      this.entries.set(executor, entry);
    }
    const values = entry.values;
    const kept = values.get(key);
    if (kept) {
      values.delete(key); // to the back of the queue: used most recently
      values.set(key, kept);
      return kept;
    }
    // Computed after the version was read, so a value is never older than its version: at worst
    // newer, and then the next read sees the new version and computes again.
    const value = compute();
    if (values.size >= this.maxKeys) values.delete(values.keys().next().value!);
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
    return value;
  }
}
