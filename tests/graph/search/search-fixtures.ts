import type { GraphReader } from '../../../graph/db/ports.js';
import type { RankedHit } from '../../../graph/search/hybrid-search.js';
import { hydrateHits, type HitDetails } from '../../../graph/search/hit-details.js';
import type { Embedder } from '../../../shapes/embedder.js';
import { FIXTURE_EMBEDDER, hashedEmbedding } from '../../fixtures/annotated/embedding.js';

/** An embedder that makes the fixture passages' vectors (a hashed bag of words) under any id and size. */
export const embedderLike = (id: string, dimensions: number): Embedder => ({
  id,
  dimensions,
  embed: async (texts) => texts.map((t) => Float32Array.from(hashedEmbedding(t, dimensions))),
});

/** The embedder the fixture passages were embedded with. */
export const fixtureEmbedder = embedderLike(FIXTURE_EMBEDDER.id, FIXTURE_EMBEDDER.dimensions);

/** An agenda item as the specs name it: `<year>#<ordinal>`. */
export const itemName = (d: Pick<HitDetails, 'meeting' | 'item'>): string =>
  `${(d.meeting.date ?? 'odaterat').slice(0, 4)}#${d.item.ordinal}`;

/** The hits with what a result list shows of them, in ranking order. */
export async function detailsOf(executor: GraphReader, hits: readonly RankedHit[]): Promise<(HitDetails & { score: number })[]> {
  const details = await hydrateHits(
    executor,
    hits.map((h) => h.passageKey),
  );
  return hits.map((h) => ({ ...details.get(h.passageKey)!, score: h.score }));
}
