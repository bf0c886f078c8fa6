/** The embedder as the graph's search and the ingest both see it; its implementations live in ingest/embed. */

/**
 * What a text is embedded for. Some models (e5) are trained with a different prefix for
 * search queries and for the passages they search; others ignore the distinction.
 */
export type EmbedUse = 'passage' | 'query';

/**
 * Turns texts into vectors. Every vector has `dimensions` entries and unit L2 norm, so a
 * dot product is the cosine similarity. `id` names the model and its settings; vectors
 * from different ids are not comparable (the graph stores the id and refuses a mismatch).
 */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  /** One vector per text, in order. `use` defaults to "passage". */
  embed(texts: string[], use?: EmbedUse): Promise<Float32Array[]>;
}
