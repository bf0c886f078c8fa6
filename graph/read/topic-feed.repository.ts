import type { ItemRef, MeetingRef } from '../../shapes/api/index.js';
import type { GraphReader } from '../db/ports.js';

/**
 * The newest agenda items that talk about a topic, with those of their passages that do: what a
 * topic's Atom feed shows. Only the items shown are read in full; at 10,000 meetings a topic has
 * thousands of passages, and a feed reader polls often.
 */
export interface TopicFeedItem {
  /** Always dated: an Atom entry needs a date, and undated meetings are left out of the feed. */
  meeting: MeetingRef & { date: string };
  item: ItemRef;
  /** The item's passages about the topic, in the order of the minutes. */
  passages: { ordinal: number; text: string }[];
}

/** Newest meeting first; within a meeting, the later item first. */
export async function newestItemsAbout(executor: GraphReader, slug: string, limit: number): Promise<TopicFeedItem[]> {
  const rows = await executor.read(
    `MATCH (:Topic {slug: $slug})<-[:ABOUT]-(:Passage)<-[:HAS_PASSAGE]-(i:AgendaItem)
     WITH DISTINCT i
     MATCH (m:Meeting)-[:HAS_ITEM]->(i) WHERE m.date IS NOT NULL
     WITH m, i ORDER BY m.date DESC, m.id DESC, i.ordinal DESC LIMIT toInteger($limit)
     RETURN m { .id, .date, .title } AS meeting, i { .key, .ordinal, .number, .title } AS item,
            COLLECT {
              MATCH (i)-[:HAS_PASSAGE]->(p:Passage)-[:ABOUT]->(:Topic {slug: $slug})
              RETURN p { .ordinal, .text } AS passage ORDER BY p.ordinal
            } AS passages`,
    { slug, limit },
  );
  // Read field by field to write the feed, so the maps' field order does not matter here.
  return rows as unknown as TopicFeedItem[];
}
