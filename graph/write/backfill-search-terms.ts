import { searchTermsOf } from '../../language/search-terms.js';
import type { GraphExecutorLike } from '../db/ports.js';

/**
 * Gives the search terms field (graph/db/schema.ts SEARCH_TERMS) to passages and agenda items
 * written before it existed, so a graph from an earlier version finds compounds without being
 * ingested again. Runs at every start; once nothing lacks the field it costs one indexed look.
 * Nodes are named by element id: a node made by hand without a key is filled in too.
 */
const BATCH = 2000;

const TARGETS = [
  {
    read: 'MATCH (n:Passage) WHERE n.searchTerms IS NULL RETURN elementId(n) AS id, coalesce(n.text, "") AS text LIMIT toInteger($batch)',
    write: 'UNWIND $rows AS row MATCH (n:Passage) WHERE elementId(n) = row.id SET n.searchTerms = row.terms',
  },
  {
    read: 'MATCH (n:AgendaItem) WHERE n.searchTerms IS NULL RETURN elementId(n) AS id, coalesce(n.title, "") AS text LIMIT toInteger($batch)',
    write: 'UNWIND $rows AS row MATCH (n:AgendaItem) WHERE elementId(n) = row.id SET n.searchTerms = row.terms',
  },
] as const;

/** Returns how many nodes were given the field. */
export async function backfillSearchTerms(executor: GraphExecutorLike): Promise<number> {
  let filled = 0;
  for (const target of TARGETS) {
    for (;;) {
      const rows = await executor.read<{ id: string; text: string }>(target.read, { batch: BATCH });
      if (rows.length === 0) break;
      const terms = rows.map((row) => ({ id: row.id, terms: searchTermsOf(row.text) }));
      await executor.write((tx) => tx.run(target.write, { rows: terms }));
      filled += rows.length;
    }
  }
  return filled;
}
