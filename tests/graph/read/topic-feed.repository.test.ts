import { beforeAll, describe, expect, it } from 'vitest';
import { newestItemsAbout } from '../../../graph/read/topic-feed.repository.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

const g = useSampleGraph();
beforeAll(async () => {
  await writeMeeting(g.executor, g.sample2024);
  await writeMeeting(g.executor, g.sample2025);
});

describe('newestItemsAbout', () => {
  it('gives every item that talks about the topic, newest meeting and later item first, with only its passages about the topic', async () => {
    const items = await newestItemsAbout(g.executor, 'vardplatser', 50);
    const expected = await g.executor.read<{ key: string; passages: number[] }>(
      `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)-[:ABOUT]->(:Topic {slug: 'vardplatser'})
       WITH m, i, p ORDER BY p.ordinal
       WITH m, i, collect(p.ordinal) AS passages ORDER BY m.date DESC, i.ordinal DESC
       RETURN i.key AS key, passages`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(items.map((i) => ({ key: i.item.key, passages: i.passages.map((p) => p.ordinal) }))).toEqual(expected);
    const dates = items.map((i) => i.meeting.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(items.map((i) => i.meeting.id))).toEqual(new Set([SAMPLE_2025_ID, SAMPLE_2024_ID]));
    expect(items.every((i) => i.passages.every((p) => p.text.length > 0))).toBe(true);
  });

  it('stops at the limit and knows no unknown topic', async () => {
    const all = await newestItemsAbout(g.executor, 'vardplatser', 50);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(await newestItemsAbout(g.executor, 'vardplatser', 1)).toEqual(all.slice(0, 1));
    expect(await newestItemsAbout(g.executor, 'no-such-topic', 50)).toEqual([]);
  });
});
