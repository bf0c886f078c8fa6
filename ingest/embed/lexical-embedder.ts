import { DEFAULT_LEXICAL_DIMENSIONS, type Embedder } from './embedder.js';
import { FeatureSums } from './feature-sums.js';
import { DEFAULT_FEATURE_WEIGHTS, type FeatureWeights, LexicalFeatureExtractor } from './lexical-features.js';
import { normaliseL2 } from './vector-math.js';

export interface LexicalEmbedderOptions {
  dimensions?: number;
  weights?: FeatureWeights;
}

/**
 * The built-in embedder: no model, no download. Swedish lexical features (see
 * LexicalFeatureExtractor) are hashed into a fixed-size vector with signed hashing, each
 * feature's summed weight scaled sublinearly (1 + ln w above 1) so a word said ten times
 * does not drown the rest, then L2-normalised. Similar wording → similar vectors; it knows
 * compounds and inflection but no synonyms. It uses the curated lexicon only, never parts
 * learnt from a corpus: a vector must depend on its text and the id alone, or cached and
 * stored vectors would drift as the corpus grows.
 */
export class LexicalEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly features: LexicalFeatureExtractor;
  // Reused for every text: embedOne is synchronous, so no two texts share it at once.
  private readonly sums = new FeatureSums();

  constructor(options: LexicalEmbedderOptions = {}) {
    this.dimensions = options.dimensions ?? DEFAULT_LEXICAL_DIMENSIONS;
    if (!Number.isInteger(this.dimensions) || this.dimensions < 1) {
      throw new RangeError(`lexical embedder: dimensions must be a positive integer, got ${this.dimensions}`);
    }
    const weights = options.weights ?? DEFAULT_FEATURE_WEIGHTS;
    // Other weights make other vectors: the id must say so, or caches would mix them.
    const tag = weights === DEFAULT_FEATURE_WEIGHTS ? '' : `-w${Object.values(weights).join('_')}`;
    // v2: compound parts from the Swedish dictionary (language/swedish-dictionary.ts) changed the features.
    this.id = `lexical-v2-${this.dimensions}${tag}`;
    this.features = new LexicalFeatureExtractor(weights);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text));
  }

  /** The synchronous core, for callers that want no promise per text. */
  embedOne(text: string): Float32Array {
    const sums = this.sums;
    sums.clear();
    this.features.accumulate(text, sums);
    const vector = new Float32Array(this.dimensions);
    const dimensions = this.dimensions;
    sums.forEach((hash, sum) => {
      // Top bit: sign; the rest: bucket (signed hashing keeps collisions unbiased).
      const bucket = (hash & 0x7fffffff) % dimensions;
      vector[bucket]! += (hash & 0x80000000 ? -1 : 1) * (sum > 1 ? 1 + Math.log(sum) : sum);
    });
    return normaliseL2(vector);
  }
}
