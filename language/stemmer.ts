import { StemmerSv } from '@nlpjs/lang-sv';
import { normaliseWord } from './normalise.js';

/**
 * The Snowball Swedish stemmer (from @nlpjs/lang-sv, MIT), behind a tiny memo so that
 * the same word in ten thousand passages is stemmed once. Snowball is a light stemmer:
 * "vårdplatser" and "vårdplatserna" → "vårdplats", but "vårdplats" → "vårdplat"
 * (a final -s after t is treated as a genitive). Callers that compare words should
 * compare stems *and* something softer (character n-grams, compound parts).
 */
const snowball = new StemmerSv();
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** Stem of an already normalised (lower-case NFC) word. */
export function stemNormalised(word: string): string {
  let stem = memo.get(word);
  if (stem === undefined) {
    stem = snowball.stemWord(word);
    // The memo is a cache, not a store: dropping it all is cheaper than an LRU here.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stem);
  }
  return stem;
}

/** Stem of any word: normalised first. */
export function stem(word: string): string {
  return stemNormalised(normaliseWord(word));
}
