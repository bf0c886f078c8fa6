import MiniSearch from 'minisearch';
import { isStopWord, stemNormalised, words } from '../../../language/index.js';

/** A passage as the baselines see it: its graph key and text. */
export interface PassageText {
  key: string;
  text: string;
}

/**
 * The in-memory BM25 baseline: minisearch (BM25+, its default k = 1.2, b = 0.7, δ = 0.5) over the
 * passage texts, with the project's own Swedish tokeniser, stop words and Snowball stemmer for
 * both passages and queries. Plain terms only (no prefix or fuzzy matching, no query expansion),
 * so it is the textbook lexical ranking that the graph's search should beat.
 */
export class Bm25Baseline {
  private readonly search: MiniSearch<PassageText>;

  constructor(passages: Iterable<PassageText>) {
    this.search = new MiniSearch<PassageText>({
      idField: 'key',
      fields: ['text'],
      tokenize: (text) => words(text),
      processTerm: (term) => (isStopWord(term) ? null : stemNormalised(term)),
      searchOptions: { combineWith: 'OR' },
    });
    for (const p of passages) this.search.add(p);
  }

  get size(): number {
    return this.search.documentCount;
  }

  /** The keys of the k best passages for a user query, best first. */
  query(text: string, k = 10): string[] {
    return this.search
      .search(text)
      .slice(0, k)
      .map((hit) => String(hit.id));
  }
}
