import { lightStem } from '../../graph/search/lucene.js';
import type { Snippet } from '../../shapes/api/index.js';

/**
 * A search hit's snippet: plain text and the [start, end) offsets of words that match the query.
 * A word matches a term when it equals it, contains its light stem (inflections, compounds:
 * "vårdplatser" lights "akutvårdplatser"), or — for long words — is within two edits of it, so a
 * typo in the query still shows where it matched. Long texts are cut to a window around the first match.
 */

/** Runs of anything but letters and digits; captured, so a split keeps them and offsets add up. */
const SEPARATORS = /([^\p{L}\p{N}]+)/u;
const CONTEXT_BEFORE = 60;

export function buildSnippet(text: string, terms: readonly string[], maxLength = 280): Snippet {
  return snippetBuilder(terms, maxLength)(text);
}

/** buildSnippet with the terms' matchers made once, for many texts. */
export function snippetBuilder(terms: readonly string[], maxLength = 280): (text: string) => Snippet {
  const matchers = terms.map(toTerm).filter((m) => m !== null);
  return (text) => snippetOf(text, matchers, maxLength);
}

function snippetOf(text: string, matchers: readonly Term[], maxLength: number): Snippet {
  const highlights: [number, number][] = [];
  // One split of the text lowered once, words at even places: a match object and a lowered copy
  // per word made a quarter of what a search allocated, and the garbage collections it caused
  // were the slow tail of a first ask. A letter that lowers to two (rare) leaves the text as it is.
  const lower = text.toLocaleLowerCase('sv-SE');
  const sameOffsets = lower.length === text.length;
  const parts = (sameOffsets ? lower : text).split(SEPARATORS);
  for (let n = 0, at = 0; n < parts.length; at += parts[n]!.length, n += 1) {
    const part = parts[n]!;
    if (n % 2 === 1 || part.length === 0) continue;
    const word = sameOffsets ? part : part.toLocaleLowerCase('sv-SE');
    if (matchesAny(matchers, word)) highlights.push([at, at + part.length]);
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

/** A query term as snippets match it: lowered, and its light stem. */
interface Term {
  lower: string;
  stem: string;
}

function toTerm(term: string): Term | null {
  const lower = term.toLocaleLowerCase('sv-SE');
  return lower.length < 2 ? null : { lower, stem: lightStem(lower) };
}

/** `word` is lowered; its own stem is made once, and only when a long term is near it in length. */
function matchesAny(terms: readonly Term[], word: string): boolean {
  let wordStem: string | null = null;
  for (const { lower, stem } of terms) {
    if (word === lower) return true;
    if (stem.length >= 4 && word.includes(stem)) return true;
    if (stem.length >= 6 && Math.abs(word.length - lower.length) <= 3 && withinEdits((wordStem ??= lightStem(word)), stem, 2)) return true;
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
