import { describe, expect, it } from 'vitest';
import { concernGroups } from '../../../graph/analysis/concern-groups.js';
import { concernKey } from '../../../shapes/keys.js';
import type { MeetingDigest } from '../../../graph/analysis/cross-meeting.js';

const digest = (id: string, date: string, concerns: number): MeetingDigest => ({
  id,
  bodyKey: 'body',
  minutes: { date, agendaItems: [] },
  passages: [],
  concerns: Array.from({ length: concerns }, (_, i) => ({ ordinal: i + 1, text: `fråga ${i + 1}`, topics: [] })),
  followUps: [],
  topics: [],
});

describe('concernGroups', () => {
  const digests = [digest('m3', '2025-03-01', 1), digest('m1', '2025-01-01', 2), digest('m2', '2025-02-01', 1)];
  const k = concernKey;

  it('joins echo chains in either direction and names each group by its earliest concern', () => {
    // m3#1 echoes m2#1, which echoes m1#2: one group of three; m1#1 stands alone.
    const rows = concernGroups(digests, [
      { from: k('m2', 1), to: k('m1', 2) },
      { from: k('m3', 1), to: k('m2', 1) },
    ]);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, [r.groupKey, r.groupSize]]));
    expect(byKey).toEqual({
      [k('m1', 1)]: [k('m1', 1), 1],
      [k('m1', 2)]: [k('m1', 2), 3],
      [k('m2', 1)]: [k('m1', 2), 3],
      [k('m3', 1)]: [k('m1', 2), 3],
    });
  });

  it('ignores echoes to concerns it was not given, and gives the same groups whatever the echo order', () => {
    const echoes = [
      { from: k('m3', 1), to: k('m1', 1) },
      { from: k('m2', 1), to: k('gone', 1) },
      { from: k('m2', 1), to: k('m3', 1) },
    ];
    const forward = concernGroups(digests, echoes);
    const backward = concernGroups([...digests].reverse(), [...echoes].reverse());
    expect(backward).toEqual(forward);
    expect(forward.find((r) => r.key === k('m2', 1))).toEqual({ key: k('m2', 1), groupKey: k('m1', 1), groupSize: 3 });
  });
});
