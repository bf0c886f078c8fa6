import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestSession } from '../../../ingest/pipeline/ingest-session.js';
import { ingestInOrder } from '../../../ingest/pipeline/pipelined.js';
import { SAMPLES } from '../../fixtures/sample-minutes.js';
import { makeTempDir } from '../../fixtures/temp-dir.js';

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
    expect(outcomes.map((o) => (o.ok ? o.date : o.error.code))).toEqual(['2025-04-10', 'empty_file', '2024-04-11', 'pdf_corrupt', '2025-04-10']);
  });

  it('prepares at most `lookahead` documents beyond the one being written, and writes one at a time', async () => {
    const session = await IngestSession.offline();
    let preparing = 0;
    let maxAhead = 0;
    let writing = 0;
    let maxWriting = 0;
    const prepare = session.preparePath.bind(session);
    const commit = session.commit.bind(session);
    session.preparePath = async (path) => {
      preparing++;
      maxAhead = Math.max(maxAhead, preparing);
      return prepare(path);
    };
    session.commit = async (prepared) => {
      preparing--;
      writing++;
      maxWriting = Math.max(maxWriting, writing);
      await new Promise((r) => setTimeout(r, 20)); // a write that takes time, so the lookahead fills
      writing--;
      return commit(prepared);
    };
    const paths = Array.from({ length: 8 }, (_, i) => SAMPLES[i % 2 ? 2024 : 2025]);
    let count = 0;
    for await (const outcome of ingestInOrder(session, paths, 2)) {
      expect(outcome.ok).toBe(true);
      count++;
    }
    expect(count).toBe(8);
    expect(maxWriting).toBe(1);
    expect(maxAhead).toBe(3); // the one about to be written and two ahead of it
  });

  it('a consumer that stops early leaves the rest unwritten', async () => {
    const session = await IngestSession.offline();
    const written: string[] = [];
    const commit = session.commit.bind(session);
    session.commit = async (prepared) => {
      written.push(prepared.path);
      return commit(prepared);
    };
    const paths = [SAMPLES[2025], SAMPLES[2024], SAMPLES[2025], SAMPLES[2024]];
    for await (const outcome of ingestInOrder(session, paths, 2)) if (outcome.path === SAMPLES[2024]) break;
    expect(written).toEqual([SAMPLES[2025], SAMPLES[2024]]);
  });
});
