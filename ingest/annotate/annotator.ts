import { createEmbedder, type EmbedderNotice } from '../embed/create-embedder.js';
import { embedPassages } from '../embed/embed-passages.js';
import type { Embedder, EmbedderConfigInput } from '../embed/embedder.js';
import { EmbeddingCache } from '../embed/embedding-cache.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { enrichMinutes, type EnrichContext } from '../nlp/enrich.js';
import { OrganisationGazetteer } from '../nlp/organisations.js';
import { assignTopics } from '../nlp/topics/assign-topics.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { TopicTagger } from '../nlp/topics/topic-tagger.js';
import { parseMinutes } from '../parse/parse-minutes.js';
import { embedderConfigFromEnv } from './embedder-env.js';
import type { Minutes } from '../../shapes/minutes.schema.js';
import type { SourceDocument } from '../../shapes/source-document.js';

export interface AnnotatorOptions {
  /** An embedder to use; otherwise one is made from `embedderConfig`, else from the environment. */
  embedder?: Embedder;
  embedderConfig?: EmbedderConfigInput;
  /** Where embeddings are cached on disk across runs (`.data/embeddings`); memory only when absent. */
  cacheDir?: string;
  /** Skip the embed stage (a dry run that only checks parsing and enrichment). */
  embed?: boolean;
}

/**
 * The pure part of the pipeline, built once per run: parse → enrich → embed, with topic scores
 * refined by the passages' vectors once they exist.
 */
export class Annotator {
  private constructor(
    readonly embedder: Embedder | null,
    /** Said once when the built-in embedder stands in for a missing local model. */
    readonly notice: EmbedderNotice | null,
    private readonly context: EnrichContext,
    private readonly cache: EmbeddingCache,
  ) {}

  static async create(options: AnnotatorOptions = {}): Promise<Annotator> {
    const taxonomy = loadTaxonomy();
    let embedder: Embedder | null = null;
    let notice: EmbedderNotice | null = null;
    if (options.embed !== false) {
      if (options.embedder) embedder = options.embedder;
      else ({ embedder, notice } = await createEmbedder(options.embedderConfig ?? embedderConfigFromEnv()));
    }
    const tagger = await TopicTagger.create(taxonomy, embedder ?? undefined);
    const cache = new EmbeddingCache(options.cacheDir ? { directory: options.cacheDir } : {});
    return new Annotator(embedder, notice, { gazetteer: OrganisationGazetteer.load(), tagger }, cache);
  }

  /** The passages' embedding lookups so far: `misses` were embedded, `hits` came from the cache. */
  get embeddingLookups(): { hits: number; misses: number } {
    return this.cache.lookups;
  }

  /**
   * `adjustMinutes` may change the parse result before enrichment (a date the user set): the
   * meeting's id, due dates and the body's chronology all follow from it.
   */
  async annotate(doc: SourceDocument, adjustMinutes?: (minutes: Minutes) => Minutes): Promise<AnnotatedMeeting> {
    const parsed = parseMinutes(doc);
    const meeting = await enrichMinutes(adjustMinutes ? adjustMinutes(parsed) : parsed, this.context);
    if (!this.embedder) return meeting;
    const vectors = await embedPassages(
      this.embedder,
      meeting.passages.map((p) => p.text),
      this.cache,
    );
    meeting.passages.forEach((p, i) => {
      p.embedding = Array.from(vectors[i]!);
    });
    meeting.embedder = { id: this.embedder.id, dimensions: this.embedder.dimensions };
    assignTopics(meeting, this.context.tagger, vectors);
    return meeting;
  }
}
