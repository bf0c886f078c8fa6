import { beforeAll, describe, expect, it } from 'vitest';
import { hybridSearch } from '../../../graph/search/hybrid-search.js';
import { backfillSearchTerms } from '../../../graph/write/backfill-search-terms.js';
import { backfillTopicLinks } from '../../../graph/write/backfill-topic-links.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';

/**
 * In hybrid mode, the council's concerns about the topics of the concerns its best keyword hits
 * voice follow those hits, ahead of passages that only share a word with the query: a search for
 * one worry about medication finds the council's other worries about medication.
 */
const g = useSchemaGraph();

const PASSAGES = [
  { key: 'asked', meeting: 'rc-1', text: 'Rådet frågade om läkemedelsgenomgångarna för äldre blir av i tid.', concern: ['lakemedel'] },
  { key: 'related', meeting: 'rc-2', text: 'Rådet oroas över att doseringen av mediciner brister på boendena.', concern: ['lakemedel'] },
  { key: 'elsewhere', meeting: 'rc-2', text: 'Rådet undrar över busslinjen till vårdcentralen.', concern: ['kollektivtrafik'] },
  { key: 'word-only', meeting: 'rc-3', text: 'Äldre invånare fick information om öppettiderna.', concern: null },
];

beforeAll(async () => {
  await g.executor.run(
    `UNWIND $rows AS row
     MERGE (m:Meeting {id: row.meeting}) ON CREATE SET m.date = date('2025-0' + right(row.meeting, 1) + '-01')
     MERGE (m)-[:HAS_ITEM]->(i:AgendaItem {key: row.meeting + '#1'}) ON CREATE SET i.title = 'Övrigt', i.ordinal = 1
     CREATE (i)-[:HAS_PASSAGE]->(p:Passage {key: row.key, text: row.text, meetingId: row.meeting})
     WITH row, i WHERE row.concern IS NOT NULL
     CREATE (c:Concern {key: row.key + ':c', passageKey: row.key, meetingId: row.meeting, text: row.text})-[:RAISED_IN]->(i)
     WITH c, row UNWIND row.concern AS slug
     MERGE (t:Topic {slug: slug})
     CREATE (c)-[:ABOUT]->(t)`,
    { rows: PASSAGES },
  );
  await backfillSearchTerms(g.executor);
  // written as an earlier version wrote them: the start's backfill gives the links what the related-concerns index reads
  expect(await backfillTopicLinks(g.executor)).toBe(3);
});

const keys = async (q: string, mode: 'hybrid' | 'fulltext'): Promise<string[]> =>
  (await hybridSearch(g.executor, null, { q, mode })).hits.map((h) => h.passageKey);

describe('related concerns in hybrid search', () => {
  it('puts a concern about the same topic after the keyword hit and before a passage that only shares a word', async () => {
    const hits = await keys('läkemedelsgenomgångarna för äldre', 'hybrid');
    expect(hits.slice(0, 2)).toEqual(['asked', 'related']);
    expect(hits.indexOf('word-only')).toBeGreaterThan(1);
    expect(hits).not.toContain('elsewhere');
  });

  it('leaves full-text mode to the words', async () => {
    expect(await keys('läkemedelsgenomgångarna för äldre', 'fulltext')).not.toContain('related');
  });
});
