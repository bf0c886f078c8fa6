import { wordTerms } from '../../language/search-terms.js';

/**
 * User text → a Lucene query for Neo4j's full-text index, with every operator neutralised.
 * Users type words (and maybe "quoted phrases"); they never get Lucene's syntax, so input like
 * `vård AND (`, `"`, `*`, `~`, `\` or `/` is searched as text and can never make the parser fail.
 */

/** Every character Lucene's classic query parser gives a meaning to. `&&`/`||` are covered by & and |. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/<>=]/g;

/** Escapes one term so the query parser reads it literally. */
export function escapeLuceneTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** A term only counts when the analyzer can keep something of it: a letter or a digit. */
const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Lucene's boolean operators are upper case only; lower-casing them makes them plain words. */
const BOOLEAN_OPERATOR = /^(AND|OR|NOT|TO)$/;

export type LuceneMatchMode = 'any' | 'all';

interface Token {
  text: string;
  phrase: boolean;
}

/** Splits user text into words and balanced "quoted phrases"; an unbalanced quote is just a character. */
function tokenise(input: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.normalize('NFC').matchAll(pattern)) {
    if (match[1] !== undefined) tokens.push({ text: match[1].trim().replace(/\s+/g, ' '), phrase: true });
    else if (match[2] !== undefined) tokens.push({ text: match[2], phrase: false });
  }
  return tokens;
}

/**
 * Word endings `lightStem` takes off: the snippet's highlighter and the fuzzy terms match a word
 * by its stem, which Lucene's fuzzy query cannot do (it compares whole terms).
 */
const INFLECTIONS = [
  'ernas',
  'arnas',
  'ornas',
  'heten',
  'erna',
  'arna',
  'orna',
  'ande',
  'ende',
  'are',
  'ade',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'a',
  'e',
];
const MIN_STEM = 4;

export function lightStem(word: string): string {
  // Plain toLowerCase is the Swedish lower case (language/normalise.ts), and a snippet stems every
  // word of a page: the locale's lowering through ICU was most of a search's time in Node.
  let stem = word.toLowerCase();
  const suffix = INFLECTIONS.find((end) => stem.endsWith(end) && stem.length - end.length >= MIN_STEM);
  if (suffix) stem = stem.slice(0, -suffix.length);
  if (stem.endsWith('s') && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  return stem;
}

/** Weight of a compound's parts, as a phrase, next to the word itself and its dictionary form. */
export const PARTS_BOOST = 0.5;

/** A quoted phrase, its quotes and backslashes escaped. */
export const phrase = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * A word, or the word or its dictionary form or its parts in a row. The passages' search field holds
 * the same forms and parts (language/search-terms.ts), so a compound is found by its parts and a
 * part by the compounds it is in, with no wildcard.
 */
function toClause(token: Token): string {
  if (token.phrase) return phrase(token.text);
  const word = BOOLEAN_OPERATOR.test(token.text) ? token.text.toLowerCase() : token.text;
  const exact = escapeLuceneTerm(word);
  if (!/^\p{L}+$/u.test(word)) return exact; // numbers and codes: exact only
  const terms = wordTerms(word);
  const alternatives = [
    exact,
    ...(terms.lemma !== terms.word ? [escapeLuceneTerm(terms.lemma)] : []),
    ...(terms.parts.length > 1 ? [`${phrase(terms.parts.join(' '))}^${PARTS_BOOST}`] : []),
  ];
  return alternatives.length === 1 ? exact : `(${alternatives.join(' ')})`;
}

/**
 * Builds the query string for `db.index.fulltext.queryNodes`, or `null` when the text holds no
 * searchable word (the caller then returns no hits without asking Neo4j).
 * `any` ranks passages by how many words they share (Lucene's default OR); `all` requires every word.
 */
export function toLuceneQuery(input: string, mode: LuceneMatchMode = 'any'): string | null {
  const clauses = tokenise(input)
    .filter((token) => hasWordCharacter(token.text))
    .map(toClause);
  if (clauses.length === 0) return null;
  return mode === 'all' ? clauses.map((clause) => `+${clause}`).join(' ') : clauses.join(' ');
}
