import { createHash } from 'node:crypto';
import path from 'node:path';
import { EmbeddingDiskStore } from './embedding-disk-store.js';

export interface EmbeddingCacheOptions {
  /** Vectors kept in memory (least recently used go first). */
  capacity?: number;
  /** Root of the on-disk store, e.g. `.data/embeddings`; none keeps the cache in memory only. */
  directory?: string;
}

/** The cache key: sha256 over the embedder id and the text, so models never share entries. */
export function embeddingKey(embedderId: string, text: string): string {
  return createHash('sha256').update(embedderId).update('\u0000').update(text).digest('hex');
}

/** A file-system-safe folder name for an embedder id ("transformers-Xenova/…" has a slash). */
export function embedderFolderName(embedderId: string): string {
  return embedderId.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Embeddings by (embedder id, text): an in-memory LRU in front of an optional append-only
 * store per embedder under `<directory>/<embedder-id>/`, so that re-ingesting unchanged
 * passages costs a hash, not a model call.
 */
export class EmbeddingCache {
  private readonly capacity: number;
  private readonly memory = new Map<string, Float32Array>();
  private readonly stores = new Map<string, EmbeddingDiskStore>();
  private readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly options: EmbeddingCacheOptions = {}) {
    this.capacity = options.capacity ?? 50_000;
  }

  get(embedderId: string, dimensions: number, key: string): Float32Array | undefined {
    const hit = this.memory.get(key);
    if (hit !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.memory.delete(key);
      this.memory.set(key, hit);
      this.count(true);
      return hit;
    }
    const stored = this.store(embedderId, dimensions)?.get(key);
    if (stored !== undefined) this.remember(key, stored);
    this.count(stored !== undefined);
    return stored;
  }

  /**
   * Lookups since the cache was made: `hits` found a vector (in memory or on disk), `misses` did
   * not, and so were embedded (embedPassages looks each distinct text up once per call).
   */
  get lookups(): { hits: number; misses: number } {
    return { ...this.counts };
  }

  /** Stores vectors in memory and, when configured, on disk (one append per call). */
  setMany(embedderId: string, dimensions: number, entries: ReadonlyArray<readonly [key: string, vector: Float32Array]>): void {
    for (const [key, vector] of entries) this.remember(key, vector);
    this.store(embedderId, dimensions)?.append(entries);
  }

  /** Entries held in memory. */
  get size(): number {
    return this.memory.size;
  }

  private count(hit: boolean): void {
    if (hit) this.counts.hits++;
    else this.counts.misses++;
  }

  private remember(key: string, vector: Float32Array): void {
    this.memory.delete(key);
    this.memory.set(key, vector);
    while (this.memory.size > this.capacity) {
      const oldest = this.memory.keys().next().value as string;
      this.memory.delete(oldest);
    }
  }

  private store(embedderId: string, dimensions: number): EmbeddingDiskStore | undefined {
    if (this.options.directory === undefined) return undefined;
    const name = `${embedderFolderName(embedderId)}/${dimensions}`;
    let store = this.stores.get(name);
    if (store === undefined) {
      store = new EmbeddingDiskStore(path.join(this.options.directory, embedderFolderName(embedderId)), dimensions);
      this.stores.set(name, store);
    }
    return store;
  }
}
