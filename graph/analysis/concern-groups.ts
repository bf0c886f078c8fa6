import type { MeetingDigest } from './cross-meeting.js';
import { concernKey } from '../../shapes/keys.js';

/** A concern's group: the chain of ECHOES it belongs to, named by its earliest member. */
export interface ConcernGroupRow {
  key: string;
  groupKey: string;
  groupSize: number;
}

/**
 * Connected components over ECHOES (either direction) among the digests' concerns. The earliest
 * member (date, then meeting id, then ordinal) names the group, so a group keeps its key when a
 * later meeting joins it. Computed with the echoes in the cross-meeting step and stored on each
 * Concern, so a meeting's concerns can say whether they recur without reading every concern.
 */
export function concernGroups(digests: readonly MeetingDigest[], echoes: ReadonlyArray<{ from: string; to: string }>): ConcernGroupRow[] {
  const members = digests
    .flatMap((d) =>
      d.concerns.map((c) => ({ key: concernKey(d.id, c.ordinal), date: d.minutes.date ?? '', meetingId: d.id, ordinal: c.ordinal })),
    )
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.meetingId, b.meetingId) || a.ordinal - b.ordinal);
  const rank = new Map(members.map((m, i) => [m.key, i]));
  const parent = new Map(members.map((m) => [m.key, m.key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = key; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const { from, to } of echoes) {
    if (!parent.has(from) || !parent.has(to)) continue;
    const [a, b] = [find(from), find(to)];
    if (a === b) continue;
    if (rank.get(a)! < rank.get(b)!) parent.set(b, a);
    else parent.set(a, b);
  }
  const sizes = new Map<string, number>();
  for (const m of members) sizes.set(find(m.key), (sizes.get(find(m.key)) ?? 0) + 1);
  return members.map((m) => ({ key: m.key, groupKey: find(m.key), groupSize: sizes.get(find(m.key))! }));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
