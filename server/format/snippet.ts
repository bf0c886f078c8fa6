import { lightStem } from '../../graph/search/lucene.js';
import type { Snippet } from '../../shapes/api/index.js';

/**
 * A search hit's snippet: plain text and the [start, end) offsets of words that match the query.
 * A word matches a term when it equals it, contains its light stem (inflections, compounds:
 * "vårdplatser" lights "slutenvårdsplatser"), or — for long words — is within two edits of it, so a
 * typo in the query still shows where it matched. Long texts are cut to a window around the first match.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const CONTEXT_BEFORE = 60;

export function buildSnippet(text: string, terms: readonly string[], maxLength = 280): Snippet {
  return snippetBuilder(terms, maxLength)(text);
}

/** buildSnippet with the terms' matchers made once, for many texts. */
export function snippetBuilder(terms: readonly string[], maxLength = 280): (text: string) => Snippet {
  const matchers = terms.map(toMatcher).filter((m) => m !== null);
  return (text) => snippetOf(text, matchers, maxLength);
}

function snippetOf(text: string, matchers: ReadonlyArray<(word: string) => boolean>, maxLength: number): Snippet {
  const highlights: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLocaleLowerCase('sv-SE');
    if (matchers.some((m) => m(word))) highlights.push([match.index, match.index + match[0].length]);
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

function toMatcher(term: string): ((word: string) => boolean) | null {
  const lower = term.toLocaleLowerCase('sv-SE');
  if (lower.length < 2) return null;
  const stem = lightStem(lower);
  return (word) => {
    if (word === lower) return true;
    if (stem.length >= 4 && word.includes(stem)) return true;
    return stem.length >= 6 && Math.abs(word.length - lower.length) <= 3 && withinEdits(lightStem(word), stem, 2);
  };
}

/** Optimal string alignment distance ≤ max (adjacent transpositions count as one edit). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    rows.push(row);
  }
  return rows[a.length]![b.length]! <= max;
}
