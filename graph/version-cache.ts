import { readGraphVersion } from './graph-version.js';
import type { GraphReader } from './write/ports.js';

/**
 * Values computed from the graph, kept while the graph version stands (graph-version.ts): a read
 * costs the version's round trip, and a change of version drops them all. Values are kept per
 * executor (one graph each) and per key; a failed computation is not kept, and at most
 * `maxKeys` values are kept per version, so a stream of distinct queries cannot grow it.
 */
export class VersionCache<V> {
  private readonly entries = new WeakMap<GraphReader, { version: string; values: Map<string, Promise<V>> }>();

  constructor(private readonly maxKeys = 100) {}

  async get(executor: GraphReader, key: string, compute: () => Promise<V>): Promise<V> {
    const version = await readGraphVersion(executor);
    let entry = this.entries.get(executor);
    if (!entry || entry.version !== version) {
      entry = { version, values: new Map() };
      this.entries.set(executor, entry);
    }
    const kept = entry.values.get(key);
    if (kept) return kept;
    // Computed after the version was read, so a value is never older than its version: at worst
    // newer, and then the next read sees the new version and computes again.
    const value = compute();
    if (entry.values.size < this.maxKeys) {
      const values = entry.values;
      values.set(key, value);
      value.catch(() => {
        if (values.get(key) === value) values.delete(key);
      });
    }
    return value;
  }
}
