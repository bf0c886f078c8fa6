import { appendFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedPassages } from '../../../ingest/embed/embed-passages.js';
import type { EmbedUse, Embedder } from '../../../ingest/embed/embedder.js';
import { EmbeddingCache, embeddingKey } from '../../../ingest/embed/embedding-cache.js';
import { LexicalEmbedder } from '../../../ingest/embed/lexical-embedder.js';

/** A real embedder wrapped to count the texts it is asked to embed. */
class CountingEmbedder implements Embedder {
  readonly texts: string[] = [];
  calls = 0;
  constructor(private readonly inner: Embedder) {}
  get id() {
    return this.inner.id;
  }
  get dimensions() {
    return this.inner.dimensions;
  }
  async embed(texts: string[], use?: EmbedUse) {
    this.calls++;
    this.texts.push(...texts);
    return this.inner.embed(texts, use);
  }
}

const TEXTS = ['Rådet lyfter frågan om vårdplatser.', 'Jourläkarbilar i länet.', 'ASIH expanderar.', 'Rådet lyfter frågan om vårdplatser.'];

describe('embedPassages with an EmbeddingCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'radslag-embeddings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('embeds each distinct miss once and nothing on the second run', async () => {
    const embedder = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    const cache = new EmbeddingCache();
    const first = await embedPassages(embedder, TEXTS, cache);
    expect(embedder.texts).toEqual(TEXTS.slice(0, 3));
    expect(Array.from(first[3]!)).toEqual(Array.from(first[0]!));

    const second = await embedPassages(embedder, TEXTS, cache);
    expect(embedder.texts).toHaveLength(3);
    expect(cache.lookups).toEqual({ hits: 3, misses: 3 });
    expect(second.map((v) => Array.from(v))).toEqual(first.map((v) => Array.from(v)));
  });

  it('sends only the misses when some texts are new', async () => {
    const embedder = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    const cache = new EmbeddingCache();
    await embedPassages(embedder, TEXTS.slice(0, 2), cache);
    await embedPassages(embedder, TEXTS, cache, { chunkSize: 1 });
    expect(embedder.texts).toEqual([TEXTS[0], TEXTS[1], TEXTS[2]]);
  });

  it('survives a restart through the on-disk store', async () => {
    const first = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    const firstCache = new EmbeddingCache({ directory: dir });
    const vectors = await embedPassages(first, TEXTS, firstCache);
    expect(await readdir(dir)).toEqual(['lexical-v2-64']);
    expect(firstCache.lookups).toEqual({ hits: 0, misses: 3 });

    const restarted = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    const restartedCache = new EmbeddingCache({ directory: dir, capacity: 1 });
    const again = await embedPassages(restarted, TEXTS, restartedCache);
    expect(restarted.calls).toBe(0);
    // What the CLI reports as computed and reused: each distinct text looked up once, all found.
    expect(restartedCache.lookups).toEqual({ hits: 3, misses: 0 });
    expect(again.map((v) => Array.from(v))).toEqual(vectors.map((v) => Array.from(v)));
  });

  it('drops a truncated last record and keeps appending aligned records', async () => {
    const embedder = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    await embedPassages(embedder, TEXTS.slice(0, 2), new EmbeddingCache({ directory: dir }));
    const file = path.join(dir, 'lexical-v2-64', 'vectors-64.bin');
    const recordBytes = 32 + 64 * 4;
    expect((await stat(file)).size).toBe(2 * recordBytes);
    await appendFile(file, Buffer.alloc(100, 7)); // a crash half-way through a third record

    const after = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    await embedPassages(after, TEXTS, new EmbeddingCache({ directory: dir }));
    expect(after.texts).toEqual([TEXTS[2]]);
    expect((await stat(file)).size).toBe(3 * recordBytes);

    const reread = new CountingEmbedder(new LexicalEmbedder({ dimensions: 64 }));
    await embedPassages(reread, TEXTS, new EmbeddingCache({ directory: dir }));
    expect(reread.calls).toBe(0);
  });

  it('evicts the least recently used vectors from memory', async () => {
    const embedder = new LexicalEmbedder({ dimensions: 16 });
    const cache = new EmbeddingCache({ capacity: 2 });
    await embedPassages(embedder, ['a1', 'b2', 'c3'], cache);
    expect(cache.size).toBe(2);
    expect(cache.get(embedder.id, 16, embeddingKey(embedder.id, 'a1'))).toBeUndefined();
    expect(cache.get(embedder.id, 16, embeddingKey(embedder.id, 'c3'))).toBeDefined();
  });

  it('keys by embedder id, so two embedders never share vectors', () => {
    expect(embeddingKey('lexical-v2-64', 'vård')).not.toBe(embeddingKey('lexical-v2-384', 'vård'));
  });
});
