import { describe, expect, it } from 'vitest';
import { deleteMeetingsBySource, listMeetingSources } from '../../../graph/write/delete-meetings.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';
import { snapshotGraph } from '../graph-snapshot.js';

const g = useSampleGraph({ fresh: 'clear' });

describe('deleteMeetingsBySource', () => {
  it('lists the stored sources', async () => {
    await writeMeeting(g.executor, g.sample2025);
    await writeMeeting(g.executor, g.sample2024);
    expect(await listMeetingSources(g.executor)).toEqual([
      {
        meetingId: SAMPLE_2024_ID,
        bodyKey: g.sample2024.bodyKey,
        path: g.sample2024.minutes.source.path,
        sha256: g.sample2024.minutes.source.sha256,
      },
      {
        meetingId: SAMPLE_2025_ID,
        bodyKey: g.sample2025.bodyKey,
        path: g.sample2025.minutes.source.path,
        sha256: g.sample2025.minutes.source.sha256,
      },
    ]);
  });

  it('leaves exactly the graph the remaining meetings would make on their own', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const alone = await snapshotGraph(g.executor);
    await writeMeeting(g.executor, g.sample2025);

    expect(await deleteMeetingsBySource(g.executor, [g.sample2025.minutes.source.path, '/no/such/file.txt'])).toEqual([SAMPLE_2025_ID]);
    const after = await snapshotGraph(g.executor);
    // Topics belong to the taxonomy and stay; everything else is as if 2025 had never been written.
    const withoutTopics = (s: typeof after) => s.nodes.filter((n) => !n.startsWith('Topic:'));
    expect(withoutTopics(after)).toEqual(withoutTopics(alone));
    expect(after.relationships).toEqual(alone.relationships);
  });

  it('deletes nothing for unknown paths or an empty list', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const before = await snapshotGraph(g.executor);
    expect(await deleteMeetingsBySource(g.executor, [])).toEqual([]);
    expect(await deleteMeetingsBySource(g.executor, ['/elsewhere.pdf'])).toEqual([]);
    expect(await snapshotGraph(g.executor)).toEqual(before);
  });
});
