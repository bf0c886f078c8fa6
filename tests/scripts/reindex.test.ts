import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredEmbedder, readVectorIndexDimensions } from '../../graph/db/schema.js';
import { IngestSession } from '../../pipeline/ingest-session.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { makeTempDir } from '../fixtures/temp-dir.js';
import { buildTinyModel } from '../fixtures/tiny-model/build-tiny-model.js';
import { startTestGraph, type TestGraph } from '../helpers/neo4j.js';

const ROOT = resolve(import.meta.dirname, '../..');
let graph: TestGraph;
let models: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  graph = await startTestGraph();
  models = await makeTempDir('radslag-models-');
  const session = await IngestSession.open(graph.executor, { embedderConfig: { kind: 'lexical' } });
  for (const path of Object.values(SAMPLES)) expect((await session.ingestPath(path)).ok).toBe(true);
  await session.finish();
}, 240_000);
afterAll(async () => {
  await graph?.close();
  await models?.remove();
});

describe('npm run reindex', { timeout: 240_000 }, () => {
  it('moves every passage to a new embedder: index resized, vectors renewed, meetings re-annotated', async () => {
    const tiny = await buildTinyModel({ modelsDir: models.dir, modelId: 'test/tiny-bert', hiddenSize: 32 });
    expect(await readVectorIndexDimensions(graph.executor)).toBe(384);

    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['scripts/reindex.ts', '--embedder', 'transformers'],
        {
          cwd: ROOT,
          timeout: 200_000,
          env: { ...process.env, NEO4J_URI: graph.uri, RADSLAG_MODELS_DIR: models.dir, RADSLAG_MODEL_ID: tiny.modelId },
        },
        (error, stdout, stderr) => done({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr }),
      ),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/✓ \S+ {2}replaced/g)).toHaveLength(2);

    expect(await readVectorIndexDimensions(graph.executor)).toBe(32);
    expect((await readStoredEmbedder(graph.executor))?.id).toMatch(/tiny-bert/);
    const sizes = await graph.executor.read<{ size: number; n: number }>(
      'MATCH (p:Passage) RETURN size(p.embedding) AS size, count(*) AS n',
    );
    expect(sizes).toEqual([{ size: 32, n: expect.any(Number) }]);
  });
});
