import type { TopicPassages } from '../../graph/read/passage-topics.js';
import type { CountedTopic, TopicSummary } from '../../shapes/api/index.js';

/**
 * Someone's topics with the taxonomy's labels in both languages (`overviews`, as
 * listTopicOverviews reads them); a topic the taxonomy no longer has keeps the Swedish label
 * stored on it.
 */
export function countedTopics(topics: readonly TopicPassages[], overviews: readonly TopicSummary[]): CountedTopic[] {
  const labels = new Map(overviews.map((t) => [t.slug, t]));
  return topics.map((t) => ({
    slug: t.slug,
    label_sv: labels.get(t.slug)?.label_sv ?? t.label,
    label_en: labels.get(t.slug)?.label_en ?? null,
    count: t.passages,
  }));
}
