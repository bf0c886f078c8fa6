import type { Embedder } from './embedder.js';
import { type EmbeddingCache, embeddingKey } from './embedding-cache.js';
import { EmbedError } from './errors.js';

export interface EmbedPassagesOptions {
  /** Misses are sent to the embedder in chunks of this many texts (the embedder batches further). */
  chunkSize?: number;
}

/**
 * Vectors for passage texts, in order. Texts already in the cache are not embedded again;
 * the misses (each distinct text once) go to the embedder in chunks, and their vectors are
 * checked (width, finite, unit norm) before they are cached. Texts are embedded for the
 * "passage" use; queries are embedded directly and never cached here.
 */
export async function embedPassages(
  embedder: Embedder,
  texts: readonly string[],
  cache: EmbeddingCache,
  options: EmbedPassagesOptions = {},
): Promise<Float32Array[]> {
  const chunkSize = options.chunkSize ?? 256;
  const keys = texts.map((text) => embeddingKey(embedder.id, text));
  const found = new Map<string, Float32Array>();
  const misses = new Map<string, string>(); // key → text, each distinct miss once
  keys.forEach((key, index) => {
    if (found.has(key) || misses.has(key)) return;
    const hit = cache.get(embedder.id, embedder.dimensions, key);
    if (hit !== undefined) found.set(key, hit);
    else misses.set(key, texts[index]!);
  });

  const pending = [...misses];
  for (let start = 0; start < pending.length; start += chunkSize) {
    const chunk = pending.slice(start, start + chunkSize);
    const vectors = await embedder.embed(
      chunk.map(([, text]) => text),
      'passage',
    );
    if (vectors.length !== chunk.length) {
      throw new EmbedError('bad_vector', `${embedder.id} returned ${vectors.length} vectors for ${chunk.length} texts`);
    }
    const entries = chunk.map(([key], i) => [key, checkVector(embedder, vectors[i]!)] as const);
    cache.setMany(embedder.id, embedder.dimensions, entries);
    for (const [key, vector] of entries) found.set(key, vector);
  }
  return keys.map((key) => found.get(key)!);
}

function checkVector(embedder: Embedder, vector: Float32Array): Float32Array {
  if (vector.length !== embedder.dimensions) {
    throw new EmbedError('bad_vector', `${embedder.id} returned ${vector.length} dimensions, expected ${embedder.dimensions}`);
  }
  let sum = 0;
  for (const value of vector) sum += value * value;
  // An empty text hashes to the zero vector in the lexical embedder: allowed, it matches nothing.
  if (!Number.isFinite(sum) || (sum !== 0 && Math.abs(sum - 1) > 1e-3)) {
    throw new EmbedError('bad_vector', `${embedder.id} returned a vector with squared norm ${sum}, expected 1`);
  }
  return vector;
}
