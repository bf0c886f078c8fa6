import type { SearchFilters } from '../../shapes/api/index.js';
import { MEETING_MATCHES } from '../db/meeting-filter.js';

/**
 * The one place a search's filters become Cypher. Every ranking walks its passages `p` to their
 * agenda item `i` (and, when filtering, meeting `m`) through one of the two constant fragments
 * below, so the full-text and the vector rankings can never disagree on what a filter means. User
 * values travel only as the parameters `filterParams` builds.
 */

/** The filters as statement parameters: null where a filter is not set (an empty list is not set). */
export interface FilterParams {
  from: string | null;
  to: string | null;
  body: string | null;
  topics: string[] | null;
  people: string[] | null;
  organisations: string[] | null;
}

const list = (values: readonly string[] | undefined): string[] | null => (values?.length ? [...values] : null);

export function filterParams(filters: SearchFilters): FilterParams {
  return {
    from: filters.from ?? null,
    to: filters.to ?? null,
    body: filters.body ?? null,
    topics: list(filters.topics),
    people: list(filters.people),
    organisations: list(filters.organisations),
  };
}

export const isFiltering = (params: FilterParams): boolean => Object.values(params).some((value) => value !== null);

/**
 * A person's passages: spoken by or mentioning them, or in an item they presented. An organisation's:
 * the same for the organisation itself or for anyone representing it.
 */
const PASSES_FILTERS = `
  ${MEETING_MATCHES}
  AND ($topics IS NULL OR EXISTS { MATCH (p)-[:ABOUT]->(t:Topic) WHERE t.slug IN $topics })
  AND ($people IS NULL
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(x:Person) WHERE x.key IN $people }
       OR EXISTS { MATCH (x:Person)-[:PRESENTED]->(i) WHERE x.key IN $people })
  AND ($organisations IS NULL
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(o:Organisation) WHERE o.key IN $organisations }
       OR EXISTS { MATCH (p)-[:SPOKEN_BY|MENTIONS]->(:Person)-[:REPRESENTS]->(o:Organisation) WHERE o.key IN $organisations }
       OR EXISTS { MATCH (o:Organisation)<-[:REPRESENTS]-(:Person)-[:PRESENTED]->(i) WHERE o.key IN $organisations })`;

/** From passages `p` to their items `i`, keeping those the filters let through (needs the meeting `m`). */
export const TO_ITEMS_FILTERED = `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p) WHERE ${PASSES_FILTERS}`;

/** From passages `p` to their items `i` with no filter: the meeting's hop (the dearer half of the walk) is left out. */
export const TO_ITEMS = 'MATCH (i:AgendaItem)-[:HAS_PASSAGE]->(p)';

/**
 * Candidates a ranking takes from its index before filters apply, when a filter is set: filters only
 * shrink the set, and a rare person's passages seldom sit at the head of a ranking of everyone's.
 */
export const FILTERED_FETCH = 1000;

/** How many to take from an index so that `depth` are left after the filters (as far as FILTERED_FETCH reaches). */
export const fetchFor = (depth: number, params: FilterParams): number => (isFiltering(params) ? Math.max(FILTERED_FETCH, depth) : depth);
