import { hybridSearch, typedWords, type HybridSearchResult, type RankedHit } from '../../graph/search/hybrid-search.js';
import { hydrateHits, type HitDetails } from '../../graph/search/hit-details.js';
import { cypherStringOrder } from '../../graph/db/string-order.js';
import { VersionCache } from '../../graph/db/version-cache.js';
import { readGraphVersion } from '../../graph/db/graph-version.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import { SearchFilters, type SearchGroup, type SearchQuery, type SearchResponse } from '../../shapes/api/index.js';
import { snippetBuilder } from '../format/snippet.js';

/** Hits shown per agenda item; the rest of an item's passages are one click away in the meeting view. */
const HITS_PER_GROUP = 5;

/** A search's ranking grouped by agenda item: keys and scores only, best item first. */
export interface RankedGroup {
  itemKey: string;
  score: number;
  hits: RankedHit[];
}

type Ranked = Omit<HybridSearchResult, 'hits'> & { groups: RankedGroup[] };

/**
 * Rankings are kept while the graph stands (graph/version-cache.ts), keyed by everything but the
 * page: paging through results, going back to a query and several people asking the same thing cost
 * the version check and the page's hydration instead of four index queries. A ranking holds keys
 * only (a few kilobytes), and at most this many are kept per graph version.
 */
const rankings = new VersionCache<Ranked>(1000);

/** Pages as answered, for the same query asked again (a few kilobytes each). */
const pages = new VersionCache<SearchResponse>(500);

/** Search, grouped by agenda item (best item first), paged over items. */
export async function search(executor: GraphReader, embedder: Embedder | null, query: SearchQuery): Promise<SearchResponse> {
  const { page, pageSize, ...asked } = query;
  const key = rankingKey(asked, embedder);
  const version = await readGraphVersion(executor);
  return pages.get(
    executor,
    JSON.stringify([key, page, pageSize]),
    async () => {
      // A ranking made now may come with its page read (rank); one kept from before does not.
      let pageDetails: ReadonlyMap<string, HitDetails> | undefined;
      const ranked = await rankings.get(
        executor,
        key,
        async () => {
          const made = await rank(executor, embedder, asked, query);
          pageDetails = made.pageDetails;
          return made.ranked;
        },
        version,
      );
      return pageOf(executor, ranked, query, pageDetails);
    },
    version,
  );
}

/** The whole search with nothing kept and nothing reused: what a query no one asked before costs. */
export async function searchAfresh(executor: GraphReader, embedder: Embedder | null, query: SearchQuery): Promise<SearchResponse> {
  const { ranked, pageDetails } = await rank(executor, embedder, query, query);
  return pageOf(executor, ranked, query, pageDetails);
}

/** A search as asked: the query without its page. */
type Asked = Omit<SearchQuery, 'page' | 'pageSize'>;

/**
 * The search's ranking grouped by item, and, where its mode lets the ranking's statement read the
 * page too (hybridSearch's `page`), the details of the page `shown` asks for.
 */
async function rank(
  executor: GraphReader,
  embedder: Embedder | null,
  asked: Asked,
  shown: Pick<SearchQuery, 'page' | 'pageSize'>,
): Promise<{ ranked: Ranked; pageDetails?: ReadonlyMap<string, HitDetails> }> {
  const page = { skip: (shown.page - 1) * shown.pageSize, items: shown.pageSize, perItem: HITS_PER_GROUP };
  const { hits, pageDetails, ...result } = await hybridSearch(executor, embedder, { ...asked, page });
  return { ranked: { ...result, groups: groupByItem(hits) }, ...(pageDetails ? { pageDetails } : {}) };
}

/** One page of a ranking: its passages read by key (those `read` does not hold already), with snippets. */
async function pageOf(
  executor: GraphReader,
  ranked: Ranked,
  query: SearchQuery,
  read: ReadonlyMap<string, HitDetails> = new Map(),
): Promise<SearchResponse> {
  const { page, pageSize } = query;
  const start = (page - 1) * pageSize;
  const shown = ranked.groups.slice(start, start + pageSize);
  const missing = shown.flatMap((g) => g.hits.map((h) => h.passageKey)).filter((key) => !read.has(key));
  const details = missing.length === 0 ? read : new Map([...read, ...(await hydrateHits(executor, missing))]);
  // Snippets only for the page shown: a broad query fuses a few hundred hits.
  const snippet = snippetBuilder(ranked.highlightTerms, { typed: typedWords(query.q) });
  return {
    query: query.q,
    mode: query.mode,
    expandedTerms: ranked.expandedTerms,
    total: ranked.groups.length,
    page,
    pageSize,
    groups: shown.map((group) => toGroup(group, details, snippet)).filter((g) => g !== null),
  };
}

/** Every filter the contract knows, so that a filter added there cannot be left out of the cache key. */
const FILTER_NAMES = Object.keys(SearchFilters.shape) as (keyof SearchFilters)[];

/** The cache key: the query without its page, and the embedder (a model swap changes the vectors). */
function rankingKey(asked: Asked, embedder: Embedder | null): string {
  return JSON.stringify([asked.q, asked.mode, ...FILTER_NAMES.map((name) => asked[name] ?? null), embedder?.id ?? null]);
}

/** Hits grouped by agenda item (best item first), at most HITS_PER_GROUP each. */
export function groupByItem(hits: readonly RankedHit[]): RankedGroup[] {
  const groups = new Map<string, RankedGroup>();
  for (const hit of hits) {
    // hits arrive best first, so a group's first hit is its best and sets its score
    let group = groups.get(hit.itemKey);
    if (!group) {
      group = { itemKey: hit.itemKey, score: hit.score, hits: [] };
      groups.set(hit.itemKey, group);
    }
    if (group.hits.length < HITS_PER_GROUP) group.hits.push(hit);
  }
  return [...groups.values()].sort((a, b) => b.score - a.score || cypherStringOrder(a.itemKey, b.itemKey));
}

/**
 * A ranked group as the response shows it. A passage deleted since the ranking was made drops out
 * (and its group with it when none is left), so a page can be short while a re-ingest lands.
 */
function toGroup(
  group: RankedGroup,
  details: ReadonlyMap<string, HitDetails>,
  snippet: ReturnType<typeof snippetBuilder>,
): SearchGroup | null {
  const hits = group.hits.flatMap((hit) => {
    const d = details.get(hit.passageKey);
    return d ? [{ hit, d }] : [];
  });
  const first = hits[0];
  if (!first) return null;
  return {
    meeting: first.d.meeting,
    item: first.d.item,
    score: group.score,
    hits: hits.map(({ hit, d }) => ({
      passageKey: hit.passageKey,
      ordinal: d.passage.ordinal,
      score: hit.score,
      kind: d.passage.kind,
      speaker: d.speaker,
      snippet: snippet(d.passage.text),
      matchedBy: hit.matchedBy ?? [],
    })),
  };
}
