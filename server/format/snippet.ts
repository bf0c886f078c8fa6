import { lightStem } from '../../graph/search/lucene.js';
import type { Snippet } from '../../shapes/api/index.js';

/**
 * A search hit's snippet: plain text and the [start, end) offsets of words that match the query.
 * A word matches a term when it equals it, contains its light stem (inflections, compounds:
 * "vårdplatser" lights "akutvårdplatser"), or — for long words the user typed — is within two edits
 * of it, so a typo in the query still shows where it matched. Long texts are cut to a window around
 * the first match.
 */

/** Runs of anything but letters and digits; captured, so a split keeps them and offsets add up. */
const SEPARATORS = /([^\p{L}\p{N}]+)/u;
const CONTEXT_BEFORE = 60;

export function buildSnippet(text: string, terms: readonly string[], maxLength = 280): Snippet {
  return snippetBuilder(terms, { maxLength })(text);
}

export interface SnippetOptions {
  /**
   * The terms that may hold a typo and so also match within two edits: the words the user typed.
   * Their dictionary forms and the query's expansions are spelt right, and testing every word of
   * a page against each of them within two edits was most of what a page's snippets cost (a
   * hybrid query has about sixteen highlight terms). Default: all of `terms`.
   */
  typed?: readonly string[];
  maxLength?: number;
}

/** buildSnippet with the terms' matchers made once, for many texts. */
export function snippetBuilder(terms: readonly string[], options: SnippetOptions = {}): (text: string) => Snippet {
  const typed = new Set((options.typed ?? terms).map((term) => term.toLowerCase()));
  const matchers = terms.map((term) => toTerm(term, typed)).filter((m) => m !== null);
  // A page's passages share most of their words ("och", "rådet", "vården"): each word is judged
  // once per page, not once per use.
  const judged = new Map<string, boolean>();
  const matches = (word: string): boolean => {
    let match = judged.get(word);
    if (match === undefined) judged.set(word, (match = matchesAny(matchers, word)));
    return match;
  };
  return (text) => snippetOf(text, matches, options.maxLength ?? 280);
}

function snippetOf(text: string, matches: (word: string) => boolean, maxLength: number): Snippet {
  const highlights: [number, number][] = [];
  // One split of the text lowered once, words at even places: a match object and a lowered copy
  // per word made a quarter of what a search allocated, and the garbage collections it caused
  // were the slow tail of a first ask. A letter that lowers to two (rare) leaves the text as it is.
  // Plain toLowerCase is the Swedish lower case (language/normalise.ts) at a twentieth of the cost.
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  const parts = (sameOffsets ? lower : text).split(SEPARATORS);
  for (let n = 0, at = 0; n < parts.length; at += parts[n]!.length, n += 1) {
    const part = parts[n]!;
    if (n % 2 === 1 || part.length === 0) continue;
    const word = sameOffsets ? part : part.toLowerCase();
    if (matches(word)) highlights.push([at, at + part.length]);
  }
  if (text.length <= maxLength) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - CONTEXT_BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start; // begin at a word
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** A query term as snippets match it: lowered, its light stem, and whether a typo in it is looked past. */
interface Term {
  lower: string;
  stem: string;
  typed: boolean;
}

function toTerm(term: string, typed: ReadonlySet<string>): Term | null {
  const lower = term.toLowerCase();
  return lower.length < 2 ? null : { lower, stem: lightStem(lower), typed: typed.has(lower) };
}

/** `word` is lowered; its own stem is made once, and only when a long term is near it in length. */
function matchesAny(terms: readonly Term[], word: string): boolean {
  let wordStem: string | null = null;
  for (const { lower, stem, typed } of terms) {
    if (word === lower) return true;
    if (stem.length >= 4 && word.includes(stem)) return true;
    if (typed && stem.length >= 6 && Math.abs(word.length - lower.length) <= 3 && withinEdits((wordStem ??= lightStem(word)), stem, 2))
      return true;
  }
  return false;
}

/**
 * The distance table's last three rows, kept between calls: a search tests thousands of words, and
 * a fresh table for each was most of what its snippets allocated. Grown when a word is longer.
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Optimal string alignment distance ≤ max (adjacent transpositions count as one edit). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length) rows = [new Int32Array(2 * b.length), new Int32Array(2 * b.length), new Int32Array(2 * b.length)];
  let [beforePrevious, previous, current] = rows; // rows i - 2, i - 1 and i
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]! <= max;
}
