import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import type { AgendaItem } from '../../shapes/minutes.schema.js';
import { norm, sameSpeaker, sameText, type Counts } from './measures.js';
import type { FileTruth, ItemTruth } from './truth.schema.js';

const title = (s: string): string => norm(s).replace(/[.:]+$/, '');
const digits = (number: string): string | null => /\d+/.exec(number)?.[0] ?? null;

/**
 * Planted items → parsed items (truth ordinal → parsed ordinal): by title first, then by the
 * number's digits, since layouts print numbers their own way ("KPR § 7", "7)", "Punkt 7.") and
 * unnumbered headings have none. A parsed item is taken once.
 */
export function matchItems(planted: readonly ItemTruth[], parsed: readonly AgendaItem[]): Map<number, number> {
  const out = new Map<number, number>();
  const taken = new Set<number>();
  const take = (t: ItemTruth, found: AgendaItem | undefined): void => {
    if (!found) return;
    out.set(t.ordinal, found.ordinal);
    taken.add(found.ordinal);
  };
  for (const t of planted)
    take(
      t,
      parsed.find((p) => !taken.has(p.ordinal) && title(p.title) === title(t.title)),
    );
  for (const t of planted) {
    if (out.has(t.ordinal) || !t.numbered) continue;
    const d = digits(t.number);
    take(
      t,
      parsed.find((p) => !taken.has(p.ordinal) && d !== null && digits(p.number) === d),
    );
  }
  return out;
}

/** Topic slugs per planted item against those tagged on its parsed item (at or above `minScore`). */
export function topicCounts(t: FileTruth, m: AnnotatedMeeting, items: ReadonlyMap<number, number>, minScore: number): Counts {
  const counts: Counts = [0, 0, 0];
  for (const item of t.items) {
    const ordinal = items.get(item.ordinal) ?? -1;
    const found = (m.itemTopics.find((x) => x.itemOrdinal === ordinal)?.topics ?? []).filter((x) => x.score >= minScore).map((x) => x.slug);
    counts[0] += found.filter((s) => item.topics.includes(s)).length;
    counts[1] += found.length;
    counts[2] += item.topics.length;
  }
  return counts;
}

/** Planted statements whose passage (in the matched item, by text) names the planted speaker. */
export function speakerCounts(t: FileTruth, m: AnnotatedMeeting, items: ReadonlyMap<number, number>): Counts {
  const counts: Counts = [0, 0, 0];
  for (const item of t.items) {
    const ordinal = items.get(item.ordinal) ?? -1;
    for (const statement of item.statements) {
      const passage = m.passages.find((p) => p.itemOrdinal === ordinal && sameText(p.text, statement.text));
      const claimed = passage !== undefined && passage.speaker.type !== 'unknown';
      counts[0] += claimed && sameSpeaker(passage.speaker, statement.speaker) ? 1 : 0;
      counts[1] += claimed ? 1 : 0;
      counts[2] += 1;
    }
  }
  return counts;
}
