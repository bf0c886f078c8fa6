/**
 * Splits text into plain and highlighted segments from `[start, end)` offsets, so the client renders
 * `<mark>` elements itself and never injects HTML from the server. Offsets are clamped to the text,
 * sorted, and overlapping or touching ranges merged, so any input gives well-formed segments.
 */

export type Segment = { text: string; marked: boolean };

export function mergeRanges(ranges: readonly (readonly [number, number])[], length: number): [number, number][] {
  const clamped = ranges
    .map(([s, e]) => [Math.max(0, Math.min(length, Math.floor(s))), Math.max(0, Math.min(length, Math.floor(e)))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of mergeRanges(ranges, text.length)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/**
 * Ranges of `terms` in `text` (case-insensitive, Swedish letters), used to highlight a topic's or a
 * query's words in passages that come without offsets.
 */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLocaleLowerCase('sv-SE');
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = term.trim().toLocaleLowerCase('sv-SE');
    if (needle.length < 2) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  return mergeRanges(ranges, text.length);
}
