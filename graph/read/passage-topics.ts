import type { MeetingDetail } from '../../shapes/api/index.js';
import type { GraphReader } from '../db/ports.js';

/** Topics with the passages about them, as a meeting lists them. */
export type TopicPassages = MeetingDetail['topics'][number];

const COUNT_TOPICS = `MATCH (s)-[:ABOUT]->(t:Topic)
     RETURN t.slug AS slug, t.label_sv AS label, count(DISTINCT s) AS passages
     ORDER BY passages DESC, slug`;

/**
 * Per kind of node: the passages `s` linked to the node with key `$key`, each found once however
 * many ways lead to it, and then their topics. Whole statements, so that no text reaches Cypher
 * but these constants.
 */
const STATEMENTS = {
  Person: `MATCH (p:Person {key: $key})
     CALL (p) {
       MATCH (p)-[:PRESENTED]->(:AgendaItem)-[:HAS_PASSAGE]->(s:Passage) RETURN s
       UNION
       MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(p) RETURN s
     }
     ${COUNT_TOPICS}`,
  Organisation: `MATCH (o:Organisation {key: $key})
     CALL (o) {
       MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(o) RETURN s
       UNION
       MATCH (s:Passage)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(o) RETURN s
       UNION
       MATCH (o)<-[:REPRESENTS]-(:Person)-[:PRESENTED]->(:AgendaItem)-[:HAS_PASSAGE]->(s:Passage) RETURN s
     }
     ${COUNT_TOPICS}`,
} as const;

/** The topics of the passages a person or an organisation presented, spoke or is mentioned in, most passages first. */
export async function passageTopics(executor: GraphReader, of: keyof typeof STATEMENTS, key: string): Promise<TopicPassages[]> {
  const rows = await executor.read(STATEMENTS[of], { key });
  return rows as unknown as TopicPassages[];
}
