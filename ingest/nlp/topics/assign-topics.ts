import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { itemTopics } from './item-topics.js';
import { aggregateTopics, type TopicTagger } from './topic-tagger.js';

const CONCERN_TOPIC_MIN = 0.3;
/** Titles and sub-headings name their subject in a few words, so their evidence counts double. */
const TITLE_BOOST = 2;

type AgendaItem = AnnotatedMeeting['minutes']['agendaItems'][number];
type Passage = AnnotatedMeeting['passages'][number];

const isSubheading = (item: AgendaItem, p: Passage): boolean =>
  item.paragraphs.some((para) => para.kind === 'subheading' && para.start <= p.start && p.end <= para.end);

/**
 * Fills every topic field of a meeting — passages, agenda items (see `itemTopics`; titles and
 * sub-headings count double), the meeting (its passages and item titles) and the council's
 * concerns — from the text and, when given, the passages' vectors.
 * Mutates `meeting`.
 */
export function assignTopics(
  meeting: AnnotatedMeeting,
  tagger: TopicTagger,
  vectors: ReadonlyArray<Float32Array | null> | null = null,
): void {
  meeting.passages.forEach((p, i) => {
    p.topics = tagger.tag(p.text, vectors?.[i] ?? null);
  });
  const titles = meeting.minutes.agendaItems.map((item) => tagger.tag(item.title, null, TITLE_BOOST));
  meeting.itemTopics = meeting.minutes.agendaItems.map((item, i) => ({
    itemOrdinal: item.ordinal,
    topics: itemTopics(
      titles[i]!,
      meeting.passages
        .filter((p) => p.itemOrdinal === item.ordinal)
        .map((p) =>
          isSubheading(item, p) ? { topics: tagger.tag(p.text, null, TITLE_BOOST), heading: true } : { topics: p.topics, heading: false },
        ),
    ),
  }));
  // An item whose title names a matter ("Kollektivtrafik och färdtjänst") is about it even when its
  // text speaks of buses and routes: the meeting's topics include what its titles name.
  meeting.topics = aggregateTopics([...meeting.passages.map((p) => p.topics), ...titles]);
  for (const concern of meeting.concerns) {
    const passage = meeting.passages[concern.passageOrdinal - 1];
    concern.topics = (passage?.topics ?? [])
      .filter((t) => t.score >= CONCERN_TOPIC_MIN)
      .slice(0, 3)
      .map((t) => t.slug);
  }
}
