import {
  type AbbreviationTable,
  type CompoundSplitter,
  type Token,
  defaultAbbreviationTable,
  defaultCompoundSplitter,
  expandCompoundEllipsis,
  isStopWord,
  stemNormalised,
  tokenise,
} from '../../language/index.js';
import { fnv1a32 } from './feature-hash.js';
import type { FeatureSums } from './feature-sums.js';

/** How much each kind of evidence counts, relative to a word's own stem (1). */
export interface FeatureWeights {
  stem: number;
  /** Each lexicon part of a compound, or the lexicon lemma of an inflected word. */
  part: number;
  /** Each content word of an abbreviation's expansion. */
  expansion: number;
  /** The total norm of a word's character n-grams (spread over all its n-grams). */
  ngrams: number;
  number: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { stem: 1, part: 0.8, expansion: 0.5, ngrams: 0.6, number: 0.3 };

/** A word's features, already hashed: parallel arrays read by the hot loop. */
interface WordFeatures {
  hashes: Uint32Array;
  weights: Float32Array;
}

const WORD_CACHE_LIMIT = 100_000;

/**
 * Turns text into hashed, weighted features: Swedish stems, compound parts, abbreviation
 * expansions and character 3–5-grams of the stems. Features of a word are computed once
 * and memoised, so a corpus costs one tokenisation per passage plus map look-ups.
 */
export class LexicalFeatureExtractor {
  private readonly cache = new Map<string, WordFeatures>();

  constructor(
    private readonly weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
    private readonly splitter: CompoundSplitter = defaultCompoundSplitter(),
    private readonly abbreviations: AbbreviationTable = defaultAbbreviationTable(),
  ) {}

  /**
   * Adds the text's features into `into` (feature hash → summed weight). Mutates `into`.
   * Sublinear scaling happens later, on the sums.
   */
  accumulate(text: string, into: FeatureSums): void {
    const tokens = tokenise(text);
    for (const token of tokens) {
      const features = this.featuresOf(token);
      for (let i = 0; i < features.hashes.length; i++) into.add(features.hashes[i]!, features.weights[i]!);
    }
    // "hälso- och sjukvård": the elided "hälsovård" counts as a word of its own.
    if (tokens.some((token) => token.ellipsis)) {
      for (const completion of expandCompoundEllipsis(tokens, this.splitter).values()) {
        this.accumulate(completion, into);
      }
    }
  }

  private featuresOf(token: Token): WordFeatures {
    // Abbreviation look-up is case-sensitive ("ASiH"), so acronyms are cached by their spelling.
    const key = token.kind === 'acronym' ? `A${token.text}` : token.kind === 'number' ? `N${token.normal}` : `W${token.normal}`;
    let features = this.cache.get(key);
    if (features === undefined) {
      features = this.computeFeatures(token);
      if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, features);
    }
    return features;
  }

  private computeFeatures(token: Token): WordFeatures {
    const out = new Map<string, number>();
    const add = (feature: string, weight: number) => out.set(feature, (out.get(feature) ?? 0) + weight);
    if (token.kind === 'number') {
      add(`n:${token.normal}`, this.weights.number);
    } else {
      const abbreviation = token.kind === 'acronym' ? this.abbreviations.lookup(token.text) : undefined;
      if (abbreviation !== undefined) {
        add(`a:${abbreviation.key}`, this.weights.stem);
        for (const word of tokenise(abbreviation.expansion)) this.addWord(word.normal, this.weights.expansion, add);
      } else {
        // "ASIH-kapacitet": each hyphen-joined piece is a word of its own, the acronym included.
        const pieces = token.normal.split('-').filter(Boolean);
        for (const piece of pieces) {
          const nested = pieces.length > 1 ? this.abbreviations.lookup(piece.toLocaleUpperCase('sv-SE')) : undefined;
          if (nested !== undefined) add(`a:${nested.key}`, this.weights.stem);
          else this.addWord(piece, 1, add);
        }
      }
    }
    const hashes = new Uint32Array(out.size);
    const weights = new Float32Array(out.size);
    let i = 0;
    for (const [feature, weight] of out) {
      hashes[i] = fnv1a32(feature);
      weights[i] = weight;
      i++;
    }
    return { hashes, weights };
  }

  /** Stem, compound parts and n-grams of one normalised word, scaled by `scale`. */
  private addWord(word: string, scale: number, add: (feature: string, weight: number) => void): void {
    if (word.length < 2 || isStopWord(word)) return;
    const stem = stemNormalised(word);
    add(`s:${stem}`, scale * this.weights.stem);
    const parts = this.splitter.split(word);
    for (const part of parts) {
      // A lone part that is the word itself adds nothing the stem does not already say.
      if (parts.length > 1 || part.lemma !== word) add(`l:${part.lemma}`, scale * this.weights.part);
    }
    const grams = charNgrams(`<${stem}>`, 3, 5);
    const each = (scale * this.weights.ngrams) / Math.sqrt(grams.length);
    for (const gram of grams) add(`g:${gram}`, each);
  }
}

/** All character n-grams of `text` with min ≤ n ≤ max. */
export function charNgrams(text: string, min: number, max: number): string[] {
  const grams: string[] = [];
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= text.length; i++) grams.push(text.slice(i, i + n));
  }
  return grams.length > 0 ? grams : [text];
}
