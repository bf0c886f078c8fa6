import { defaultAbbreviationTable, type AbbreviationTable } from '../../language/abbreviations.js';
import { tokenise } from '../../language/tokenise.js';
import { countPhrase, keywordKey, phraseStems, termsOf } from '../../language/topics/term-index.js';
import { loadTaxonomy, type Taxonomy } from '../../language/topics/taxonomy.js';

/**
 * Widens a search query with what the project already knows about its words:
 * - an abbreviation gets its long form and a long form its abbreviation (ASIH ↔ avancerad sjukvård i hemmet);
 * - a query that names a taxonomy topic (by label, alias or keyword, also inside compounds) gets the
 *   topic's other aliases and keywords, so "vårdplatser" also finds "slutenvårdsplatser" and "vårddygn".
 * Expansions are searched at a lower weight than the user's own words.
 */

export interface ExpandedQuery {
  /** The user's words (letters and digits), in order. */
  words: string[];
  /** Added terms (single words or phrases), without duplicates of the user's words. */
  expansions: string[];
  /** Topics the query named. */
  topics: string[];
}

export interface QueryExpansionSources {
  taxonomy: Taxonomy;
  abbreviations: AbbreviationTable;
}

let defaults: QueryExpansionSources | undefined;
const defaultSources = (): QueryExpansionSources => (defaults ??= { taxonomy: loadTaxonomy(), abbreviations: defaultAbbreviationTable() });

/** Expansions per matched topic at most, so a broad topic cannot drown the query. */
const MAX_PER_TOPIC = 8;

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
  for (const entry of sources.abbreviations.entries) {
    if (lowerQuery.includes(` ${entry.expansion.toLocaleLowerCase('sv-SE')} `)) add(entry.key);
  }

  const terms = termsOf(query);
  const topics: string[] = [];
  for (const topic of sources.taxonomy.topics) {
    const phrases = [topic.label_sv, ...topic.aliases];
    const named =
      phrases.some((phrase) => countPhrase(terms.stems, phraseStems(phrase)) > 0) ||
      topic.keywords.some((keyword) => terms.forms.has(keywordKey(keyword)));
    if (!named) continue;
    topics.push(topic.slug);
    [...topic.aliases, ...topic.keywords].slice(0, MAX_PER_TOPIC).forEach(add);
  }
  return { words, expansions: [...expansions], topics };
}
