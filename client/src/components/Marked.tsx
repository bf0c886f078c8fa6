import { highlightSegments } from '../text/highlight.js';

/** Text with `<mark>` around the given `[start, end)` ranges; the text stays text (no HTML injected). */
export function Marked({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <>
      {highlightSegments(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
