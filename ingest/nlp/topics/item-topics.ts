import type { TopicScore } from '../../../shapes/annotated-meeting.schema.js';
import { aggregateTopics } from './topic-tagger.js';

/** One passage of an agenda item as item tagging sees it. */
export interface ItemPart {
  topics: readonly TopicScore[];
  /** A sub-heading names what follows, as the item's title does, so all its topics count. */
  heading: boolean;
}

/** A passage is about the topics within this share of its best score; the rest it touches in passing. */
const LEAD_SHARE = 0.9;
/** An item is about the topics within this share of its strongest one; the rest are asides. */
const ITEM_SHARE = 0.6;

/**
 * The topics of an agenda item from its title's topics and its passages'. A passage lends the
 * item only its leading topics ("vaccinationstäckningen bland de äldsta" is about vaccination, not
 * about the elderly), and topics well below the item's strongest are dropped: a passing mention
 * in a long item ("övningar genomförs på samtliga akutsjukhus" under civil beredskap) does not
 * make the item about it. Several topics of like weight all stay, as in an "Aktuellt" item with a
 * sub-heading per matter, and so does every topic the title names ("Aktuellt vid förvaltningen/
 * fråga ang. vårdköer"): the title is the minutes' own word on what the item is about. Scores are
 * the noisy-or of `aggregateTopics`.
 */
export function itemTopics(title: readonly TopicScore[], parts: readonly ItemPart[]): TopicScore[] {
  const all = aggregateTopics(
    parts.map((p) => (p.heading ? p.topics : leadingTopics(p.topics))),
    title,
  );
  const strongest = all[0]?.score ?? 0;
  const named = new Set(title.map((t) => t.slug));
  return all.filter((t) => t.score >= ITEM_SHARE * strongest || named.has(t.slug));
}

/** The topics of a passage (best first) that it is about, not merely touches. */
export function leadingTopics(topics: readonly TopicScore[]): TopicScore[] {
  const best = topics[0]?.score ?? 0;
  return topics.filter((t) => t.score >= LEAD_SHARE * best);
}
