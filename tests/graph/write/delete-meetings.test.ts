import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphExecutor } from '../../../graph/db/executor.js';
import { ensureSchema } from '../../../graph/db/schema.js';
import { deleteMeetingsBySource, listMeetingSources } from '../../../graph/write/delete-meetings.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID, annotatedSamples } from '../../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from '../../helpers/neo4j.js';
import { snapshotGraph } from '../graph-snapshot.js';

let graph: TestGraph;
let executor: GraphExecutor;
let sample2024: AnnotatedMeeting;
let sample2025: AnnotatedMeeting;

beforeAll(async () => {
  graph = await startTestGraph();
  executor = graph.executor;
  await ensureSchema(executor, { dimensions: FIXTURE_DIMENSIONS });
  [sample2024, sample2025] = (await annotatedSamples()) as [AnnotatedMeeting, AnnotatedMeeting];
});
afterAll(async () => {
  await graph?.close();
});
beforeEach(async () => {
  await graph.clear();
});

describe('deleteMeetingsBySource', () => {
  it('lists the stored sources', async () => {
    await writeMeeting(executor, sample2025);
    await writeMeeting(executor, sample2024);
    expect(await listMeetingSources(executor)).toEqual([
      {
        meetingId: SAMPLE_2024_ID,
        bodyKey: sample2024.bodyKey,
        path: sample2024.minutes.source.path,
        sha256: sample2024.minutes.source.sha256,
      },
      {
        meetingId: SAMPLE_2025_ID,
        bodyKey: sample2025.bodyKey,
        path: sample2025.minutes.source.path,
        sha256: sample2025.minutes.source.sha256,
      },
    ]);
  });

  it('leaves exactly the graph the remaining meetings would make on their own', async () => {
    await writeMeeting(executor, sample2024);
    const alone = await snapshotGraph(executor);
    await writeMeeting(executor, sample2025);

    expect(await deleteMeetingsBySource(executor, [sample2025.minutes.source.path, '/no/such/file.txt'])).toEqual([SAMPLE_2025_ID]);
    const after = await snapshotGraph(executor);
    // Topics belong to the taxonomy and stay; everything else is as if 2025 had never been written.
    const withoutTopics = (s: typeof after) => s.nodes.filter((n) => !n.startsWith('Topic:'));
    expect(withoutTopics(after)).toEqual(withoutTopics(alone));
    expect(after.relationships).toEqual(alone.relationships);
  });

  it('deletes nothing for unknown paths or an empty list', async () => {
    await writeMeeting(executor, sample2024);
    const before = await snapshotGraph(executor);
    expect(await deleteMeetingsBySource(executor, [])).toEqual([]);
    expect(await deleteMeetingsBySource(executor, ['/elsewhere.pdf'])).toEqual([]);
    expect(await snapshotGraph(executor)).toEqual(before);
  });
});
