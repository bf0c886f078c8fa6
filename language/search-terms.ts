import { defaultCompoundSplitter, type CompoundSplitter } from './compound-splitter.js';
import { normaliseWord } from './normalise.js';

/**
 * The words a text is found by beyond its own: each word's dictionary form and, for a compound,
 * the forms of its parts. Written beside a passage's text (and an agenda item's title) when it is
 * stored and indexed with it by the full-text index, as Lucene's decompounder filters do for
 * Swedish in Elasticsearch and OpenSearch, but computed here with the project's own splitter
 * (the Swedish dictionary plus the curated parts), so any Neo4j indexes it without a plugin.
 * A query is read the same way (`queryWordTerms`), so "sjuksköterskor" (→ sjuksköterska) finds
 * "distriktssjuksköterskan" (→ distrikt sjuksköterska) and "vårdplats" (→ "vård plats") finds
 * "slutenvårdsplatserna" (→ sluten vård plats) with no wildcard at query time.
 *
 * Why dictionary forms and not the surfaces: the Swedish Snowball stemmer the index applies does not
 * treat inflections evenly ("vårdplatser" → vårdplats, "vårdplats" → vårdplat), so the same
 * word in two forms would miss; the dictionary form of both is "vårdplats", stemmed alike.
 */

/**
 * Between the terms of two words: a Swedish stop word, which the index's analyzer drops while keeping
 * its position, so a phrase of parts ("vård plats") never matches across two words ("sjukvård
 * platsbrist").
 */
export const WORD_GAP = 'och';

/** Words shorter than this are neither split nor given a dictionary form: too many false readings. */
const MIN_WORD = 4;
/** The terms of a word: its own form and, for a compound, its parts. */
export interface WordTerms {
  /** The word in lower case as written. */
  word: string;
  /** The dictionary form of the whole word ("slutenvårdsplats" for "slutenvårdsplatserna"). */
  lemma: string;
  /** The dictionary forms of its parts, two or more; empty for a word that is not a compound. */
  parts: string[];
}

const WORD = /\p{L}+/gu;

/** The terms of one word (letters only). */
export function wordTerms(word: string, splitter: CompoundSplitter = defaultCompoundSplitter()): WordTerms {
  const lower = normaliseWord(word);
  if (lower.length < MIN_WORD) return { word: lower, lemma: lower, parts: [] };
  const split = splitter.split(lower);
  const last = split[split.length - 1];
  if (last === undefined) return { word: lower, lemma: lower, parts: [] };
  const head = split
    .slice(0, -1)
    .map((part) => part.surface + part.link)
    .join('');
  const lemma = head + last.lemma;
  return { word: lower, lemma, parts: split.length > 1 ? split.map((part) => part.lemma) : [] };
}

/**
 * The search field of a text: for every word that has terms beyond itself, its dictionary form
 * (when it differs) and its parts, words kept apart by WORD_GAP. Words that are their own dictionary
 * form and no compound add nothing (the text field has them).
 */
export function searchTermsOf(text: string, splitter: CompoundSplitter = defaultCompoundSplitter()): string {
  const groups: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const terms = wordTerms(word, splitter);
    const extra = [...(terms.lemma !== terms.word ? [terms.lemma] : []), ...terms.parts];
    if (extra.length > 0) groups.push(extra.join(' '));
  }
  return groups.join(` ${WORD_GAP} `);
}

/** The letters-only words of a query, in order, each with its terms. */
export function queryWordTerms(query: string, splitter: CompoundSplitter = defaultCompoundSplitter()): WordTerms[] {
  return [...query.matchAll(WORD)].map(([word]) => wordTerms(word, splitter));
}
