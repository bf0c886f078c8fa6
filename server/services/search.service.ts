import { hybridSearch, type FusedHit } from '../../graph/hybrid-search.js';
import type { GraphExecutorLike } from '../../graph/write/ports.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import type { SearchGroup, SearchQuery, SearchResponse } from '../contract/index.js';
import { snippetBuilder } from '../format/snippet.js';

/** Hits shown per agenda item; the rest of an item's passages are one click away in the meeting view. */
const HITS_PER_GROUP = 5;

/** Search, grouped by agenda item (best item first), paged over items. */
export async function search(executor: GraphExecutorLike, embedder: Embedder | null, query: SearchQuery): Promise<SearchResponse> {
  const result = await hybridSearch(executor, embedder, {
    q: query.q,
    mode: query.mode,
    from: query.from,
    to: query.to,
    topics: query.topics,
    people: query.people,
    organisations: query.organisations,
  });
  const groups = groupByItem(result.hits);
  const start = (query.page - 1) * query.pageSize;
  // Snippets only for the page shown: a broad query fuses a few hundred hits.
  const snippet = snippetBuilder(result.highlightTerms);
  return {
    query: query.q,
    mode: query.mode,
    expandedTerms: result.expandedTerms,
    total: groups.length,
    page: query.page,
    pageSize: query.pageSize,
    groups: groups.slice(start, start + query.pageSize).map((group) => ({
      ...group,
      hits: group.hits.map(({ text, ...hit }) => ({ ...hit, snippet: snippet(text) })),
    })),
  };
}

type UnsnippedGroup = Omit<SearchGroup, 'hits'> & { hits: Array<Omit<SearchGroup['hits'][number], 'snippet'> & { text: string }> };

/** Hits grouped by agenda item (best item first), at most HITS_PER_GROUP each, with their full text. */
export function groupByItem(hits: readonly FusedHit[]): UnsnippedGroup[] {
  const groups = new Map<string, UnsnippedGroup>();
  for (const hit of hits) {
    // hits arrive best first, so a group's first hit is its best and sets its score
    let group = groups.get(hit.item.key);
    if (!group) {
      group = { meeting: hit.meeting, item: hit.item, score: hit.score, hits: [] };
      groups.set(hit.item.key, group);
    }
    if (group.hits.length >= HITS_PER_GROUP) continue;
    group.hits.push({
      passageKey: hit.passage.key,
      ordinal: hit.passage.ordinal,
      score: hit.score,
      kind: hit.passage.kind,
      speaker: hit.speaker,
      text: hit.passage.text,
    });
  }
  return [...groups.values()].sort((a, b) => b.score - a.score || a.item.key.localeCompare(b.item.key));
}
