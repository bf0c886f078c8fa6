import type { GraphReader } from '../../graph/db/ports.js';
import { CosineScan } from './baselines/cosine-scan.js';
import type { PassageText } from './baselines/bm25.js';

/** Every passage as stored in the graph: texts for BM25, vectors (one Float32Array) for the scan. */
export interface StoredPassages {
  texts: PassageText[];
  scan: CosineScan;
}

const PAGE = 2000;

/**
 * Reads the passages back from Neo4j in key order, a page at a time (a keyset on the unique
 * key, not SKIP, so late pages cost no more than early ones), straight into one growing matrix:
 * at 10,000 meetings there are about half a million 384-wide vectors.
 */
export async function loadStoredPassages(executor: GraphReader, dimensions: number): Promise<StoredPassages> {
  const texts: PassageText[] = [];
  const keys: string[] = [];
  let matrix = new Float32Array(64 * 1024 * dimensions);
  let after = '';
  for (;;) {
    const rows = await executor.read<{ key: string; text: string; embedding: number[] | null }>(
      `MATCH (p:Passage) WHERE p.key > $after
       RETURN p.key AS key, p.text AS text, p.embedding AS embedding ORDER BY p.key LIMIT toInteger($limit)`,
      { after, limit: PAGE },
    );
    for (const r of rows) {
      texts.push({ key: r.key, text: r.text });
      if (!r.embedding || r.embedding.length !== dimensions) continue;
      if ((keys.length + 1) * dimensions > matrix.length) {
        const grown = new Float32Array(matrix.length * 2);
        grown.set(matrix);
        matrix = grown;
      }
      matrix.set(r.embedding, keys.length * dimensions);
      keys.push(r.key);
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.key;
  }
  return { texts, scan: new CosineScan(keys, matrix.subarray(0, keys.length * dimensions), dimensions) };
}
