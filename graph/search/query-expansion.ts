import { defaultAbbreviationTable, type AbbreviationTable } from '../../language/abbreviations.js';
import { isStopWord } from '../../language/stopwords.js';
import { tokenise } from '../../language/tokenise.js';
import { countPhrase, keywordKey, phraseStarts, phraseStems, termsOf } from '../../language/topics/term-index.js';
import { loadTaxonomy, type Taxonomy } from '../../language/topics/taxonomy.js';

/**
 * Widens a search query with what the project already knows about its words:
 * - an abbreviation gets its long form and a long form its abbreviation (ASIH ↔ avancerad sjukvård i hemmet);
 * - a short query that names a taxonomy topic (by label, alias or keyword, also inside compounds)
 *   gets the topic's other aliases and keywords, so "vårdplatser" also finds "slutenvårdsplatser"
 *   and "vårddygn"; a longer one only when it is the topic's name (MAX_WORDS_WIDENED_BY_TOPICS).
 * Expansions are searched at a lower weight than the user's own words.
 */

export interface ExpandedQuery {
  /** The user's words (letters and digits), in order. */
  words: string[];
  /** Added terms (single words or phrases), without duplicates of the user's words. */
  expansions: string[];
  /** Topics the query named. */
  topics: string[];
  /**
   * Topics the query names and does nothing else: every word of it (stop words aside) is a word of
   * the topic's label, an alias or a keyword ("vårdplatser", "sjukvård i hemmet", "krisberedskapen").
   * Such a query asks for the topic, and the passages tagged with it answer it; a query that names a
   * topic among other words ("väntetiderna på akutmottagningarna för äldre") asks for something narrower.
   */
  topicNames: string[];
}

export interface QueryExpansionSources {
  taxonomy: Taxonomy;
  abbreviations: AbbreviationTable;
}

let defaults: QueryExpansionSources | undefined;
const defaultSources = (): QueryExpansionSources => (defaults ??= { taxonomy: loadTaxonomy(), abbreviations: defaultAbbreviationTable() });

/** Expansions per matched topic at most, so a broad topic cannot drown the query. */
const MAX_PER_TOPIC = 8;

/**
 * A query of more words than this (stop words aside) is widened with a topic's names only when it
 * is one of them. A sentence carries its own words ("väntetiderna i telefonkön till 1177"); the
 * topics it touches added five to sixteen terms to it, each another walk through the index, and
 * they pulled in passages about the topic at large, which the vector and related-concern rankings
 * already bring. Without them, sentence questions at 10,000 meetings were answered in p50 / p95
 * 18.5 / 26.4 ms against 20.9 / 30.3, nDCG@10 of the judged questions stayed 0.88 (every kind as
 * before) and that of mistyped ones rose from 0.645 to 0.666 (docs/benchmarks.md, issue 15,
 * eleventh round). Abbreviations are always spelt out: a sentence about "ASIH" must still find
 * "avancerad sjukvård i hemmet".
 */
const MAX_WORDS_WIDENED_BY_TOPICS = 2;

export function expandQuery(query: string, sources: QueryExpansionSources = defaultSources()): ExpandedQuery {
  const tokens = tokenise(query);
  const words = tokens.map((t) => t.text);
  const own = new Set(tokens.map((t) => t.normal));
  const expansions = new Set<string>();
  const add = (term: string) => {
    const lower = term.toLocaleLowerCase('sv-SE');
    if (!own.has(lower)) expansions.add(lower);
  };

  const lowerQuery = ` ${tokens.map((t) => t.normal).join(' ')} `;
  for (const token of tokens) {
    const hit = sources.abbreviations.lookup(token.text);
    if (hit) add(hit.expansion);
  }
  const { entries, lowerExpansions } = sources.abbreviations;
  entries.forEach((entry, n) => {
    if (lowerQuery.includes(` ${lowerExpansions[n]} `)) add(entry.key);
  });

  const terms = termsOf(query);
  // Per word: its stem (for phrases) and its forms (for keywords, also inside compounds).
  const content = tokens.flatMap((token, position) => (isStopWord(token.normal) ? [] : [{ position, forms: termsOf(token.text).forms }]));
  const topics: string[] = [];
  const topicNames: string[] = [];
  for (const { slug, phrases, keys, expansions: topicExpansions } of topicMatchersOf(sources.taxonomy)) {
    const named = phrases.some((phrase) => countPhrase(terms.stems, phrase) > 0) || keys.some((key) => terms.forms.has(key));
    if (!named) continue;
    topics.push(slug);
    const covered = new Set<number>();
    for (const phrase of phrases) for (const start of phraseStarts(terms.stems, phrase)) phrase.forEach((_, i) => covered.add(start + i));
    for (const word of content) if (keys.some((key) => word.forms.has(key))) covered.add(word.position);
    const namesOnly = content.length > 0 && content.every((word) => covered.has(word.position));
    if (namesOnly) topicNames.push(slug);
    if (namesOnly || content.length <= MAX_WORDS_WIDENED_BY_TOPICS) topicExpansions.forEach(add);
  }
  return { words, expansions: [...expansions], topics, topicNames };
}

/** What a query is matched against for one topic, stemmed once per taxonomy rather than for every query. */
interface TopicMatcher {
  slug: string;
  /** The label's and aliases' stems. */
  phrases: string[][];
  /** The keywords' match keys. */
  keys: string[];
  /** What a query naming the topic is widened with. */
  expansions: string[];
}

const topicMatchers = new WeakMap<Taxonomy, TopicMatcher[]>();

function topicMatchersOf(taxonomy: Taxonomy): TopicMatcher[] {
  let matchers = topicMatchers.get(taxonomy);
  if (!matchers) {
    matchers = taxonomy.topics.map((topic) => ({
      slug: topic.slug,
      phrases: [topic.label_sv, ...topic.aliases].map(phraseStems),
      keys: topic.keywords.map(keywordKey),
      expansions: [...topic.aliases, ...topic.keywords].slice(0, MAX_PER_TOPIC),
    }));
    topicMatchers.set(taxonomy, matchers);
  }
  return matchers;
}
