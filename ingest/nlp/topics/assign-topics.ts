import type { AnnotatedMeeting } from '../annotated-meeting.schema.js';
import { aggregateTopics, type TopicTagger } from './topic-tagger.js';

const CONCERN_TOPIC_MIN = 0.3;

/**
 * Fills every topic field of a meeting — passages, agenda items (titles count double), the meeting
 * and the council's concerns — from its passages' text and, when given, their vectors.
 * Mutates `meeting`.
 */
export function assignTopics(meeting: AnnotatedMeeting, tagger: TopicTagger, vectors: ReadonlyArray<Float32Array | null> | null = null): void {
  meeting.passages.forEach((p, i) => {
    p.topics = tagger.tag(p.text, vectors?.[i] ?? null);
  });
  meeting.itemTopics = meeting.minutes.agendaItems.map((item) => ({
    itemOrdinal: item.ordinal,
    topics: aggregateTopics(
      meeting.passages.filter((p) => p.itemOrdinal === item.ordinal).map((p) => p.topics),
      tagger.tag(item.title, null, 2),
    ),
  }));
  meeting.topics = aggregateTopics(meeting.passages.map((p) => p.topics));
  for (const concern of meeting.concerns) {
    const passage = meeting.passages[concern.passageOrdinal - 1];
    concern.topics = (passage?.topics ?? []).filter((t) => t.score >= CONCERN_TOPIC_MIN).slice(0, 3).map((t) => t.slug);
  }
}
