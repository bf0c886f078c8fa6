import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestSession } from '../../pipeline/ingest-session.js';
import { inBatches, ingestInOrder, lookaheadFor } from '../../pipeline/pipelined.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove } = await makeTempDir('radslag-pipelined-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'image.pdf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
});
afterAll(async () => remove?.());

describe('ingestInOrder', () => {
  it('reports every document in input order, failures in their place', async () => {
    const session = await IngestSession.offline();
    const paths = [SAMPLES[2025], join(dir, 'empty.txt'), SAMPLES[2024], join(dir, 'image.pdf'), SAMPLES[2025]];
    const outcomes = [];
    for await (const outcome of ingestInOrder(session, paths, 2)) outcomes.push(outcome);
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    expect(outcomes.map((o) => (o.ok ? o.date : o.error.code))).toEqual([
      '2025-04-10',
      'empty_file',
      '2024-04-11',
      'pdf_corrupt',
      '2025-04-10',
    ]);
  });

  it('prepares up to two batches ahead, writes one batch at a time, in order', async () => {
    const session = await IngestSession.offline();
    let preparing = 0;
    let maxAhead = 0;
    let writing = 0;
    let maxWriting = 0;
    const batches: number[] = [];
    const prepare = session.preparePath.bind(session);
    const commitBatch = session.commitBatch.bind(session);
    session.preparePath = async (path) => {
      preparing++;
      maxAhead = Math.max(maxAhead, preparing);
      return prepare(path);
    };
    session.commitBatch = async (batch) => {
      preparing -= batch.length;
      writing++;
      maxWriting = Math.max(maxWriting, writing);
      batches.push(batch.length);
      await new Promise((r) => setTimeout(r, 20)); // a write that takes time, so the lookahead fills
      writing--;
      return commitBatch(batch);
    };
    const paths = Array.from({ length: 9 }, (_, i) => SAMPLES[i % 2 ? 2024 : 2025]);
    const outcomes = [];
    for await (const outcome of ingestInOrder(session, paths, 2)) outcomes.push(outcome);
    expect(outcomes.map((o) => o.path)).toEqual(paths);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(batches).toEqual([2, 2, 2, 2, 1]);
    expect(maxWriting).toBe(1);
    // The window of lookaheadFor(2) = 4 documents in preparation, plus the one already taken into the batch being filled.
    expect(maxAhead).toBe(lookaheadFor(2) + 1);
  });

  it('a consumer that stops early leaves the rest unwritten', async () => {
    const session = await IngestSession.offline();
    const written: string[] = [];
    const commitBatch = session.commitBatch.bind(session);
    session.commitBatch = async (batch) => {
      written.push(...batch.map((p) => p.path));
      return commitBatch(batch);
    };
    const paths = [SAMPLES[2025], SAMPLES[2024], SAMPLES[2025], SAMPLES[2024], SAMPLES[2025]];
    for await (const outcome of ingestInOrder(session, paths, 2)) if (outcome.path === SAMPLES[2024]) break;
    expect(written).toEqual([SAMPLES[2025], SAMPLES[2024]]);
  });
});

describe('inBatches', () => {
  it('groups in order and keeps a short last batch', async () => {
    async function* numbers() {
      for (let i = 1; i <= 7; i++) yield i;
    }
    const out: number[][] = [];
    for await (const batch of inBatches(numbers(), 3)) out.push(batch);
    expect(out).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });
});
