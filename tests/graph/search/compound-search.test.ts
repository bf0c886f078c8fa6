import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/db/schema.js';
import { hybridSearch } from '../../../graph/search/hybrid-search.js';
import { backfillSearchTerms } from '../../../graph/write/backfill-search-terms.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';

/**
 * Compounds found by their parts in full-text mode alone: the passages' search terms field
 * (language/search-terms.ts) is filled by the backfill that every start runs, as for a graph
 * written before the field existed, and the query is split the same way.
 */
const g = useSchemaGraph();

const PASSAGES: Record<string, string> = {
  nurse: 'Distriktssjuksköterskan gör hembesök hos de äldre varje vecka.',
  beds: 'Slutenvårdsplatserna räcker inte till under vintern.',
  apart: 'Sjukvård platsbrist och väntetider diskuterades utan beslut.',
  other: 'Rådet fick information om kollektivtrafiken.',
};

beforeAll(async () => {
  await g.executor.run(
    `CREATE (m:Meeting {id: 'compound-m', date: date('2025-03-01')})-[:HAS_ITEM]->(i:AgendaItem {key: 'compound-m#1', title: 'Aktuellt', ordinal: 1})
     WITH i UNWIND $rows AS row
     CREATE (i)-[:HAS_PASSAGE]->(:Passage {key: row.key, text: row.text, meetingId: 'compound-m'})`,
    { rows: Object.entries(PASSAGES).map(([key, text]) => ({ key, text })) },
  );
  expect(await backfillSearchTerms(g.executor)).toBe(Object.keys(PASSAGES).length + 1);
  // a second start finds nothing left to fill
  await ensureSchema(g.executor, { dimensions: FIXTURE_DIMENSIONS });
  expect(await backfillSearchTerms(g.executor)).toBe(0);
});

const found = async (q: string): Promise<string[]> =>
  (await hybridSearch(g.executor, null, { q, mode: 'fulltext' })).hits.map((h) => h.passageKey);

describe('full-text search over compounds', () => {
  it('"sjuksköterskor" finds "distriktssjuksköterskan"', async () => {
    expect(await found('sjuksköterskor')).toEqual(['nurse']);
  });

  it('"vårdplats" finds "slutenvårdsplatserna", and not two words that merely sit side by side', async () => {
    expect(await found('vårdplats')).toEqual(['beds']);
    expect(await found('vårdplatser')).toEqual(['beds']);
  });

  it('a part finds the compounds it is in, and a whole word still finds itself first', async () => {
    expect(await found('hembesöken')).toEqual(['nurse']);
    expect((await found('sjukvård')).at(0)).toBe('apart');
    expect(await found('kollektivtrafik')).toEqual(['other']);
  });
});
