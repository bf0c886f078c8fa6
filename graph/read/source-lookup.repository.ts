import type { GraphReader } from '../db/ports.js';

/**
 * The path a document with this content (sha256) was ingested from, if any. An upload of bytes
 * the graph already holds reuses that path, so the record is identical and the write is `unchanged`.
 */
export async function sourcePathOf(executor: GraphReader, sha256: string): Promise<string | null> {
  const rows = await executor.read('MATCH (m:Meeting {sourceSha256: $sha256}) RETURN m.sourcePath AS path ORDER BY m.id LIMIT 1', {
    sha256,
  });
  const found = rows[0]?.path;
  return typeof found === 'string' ? found : null;
}
