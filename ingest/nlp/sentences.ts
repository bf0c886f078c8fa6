/** Sentence boundaries in Swedish minutes, with offsets into the paragraph. */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words whose trailing dot is not a full stop: "ca. 40", "bl.a. äldre", "S:t Görans", "kl. 13".
const NON_FINAL_WORD =
  /(?<![\p{L}\p{N}])(?:ca|osv|kl|ang|resp|nr|inkl|exkl|jfr|dvs|pga|enl|tel|avd|st|proc|tkr|mkr|fr|t\.o\.m|fr\.o\.m|bl\.a|m\.fl|t\.ex|m\.m|e\.m|f\.m|s\.k|d\.v\.s|o\.s\.v)\.$/iu;
// A single capital ("A. Andersson") or a number ("2."): not the end of a sentence either.
const NON_FINAL_INITIAL = /(?<![\p{L}\p{N}.])(?:\p{Lu}|\d)\.$/u;
const isNonFinal = (text: string): boolean => NON_FINAL_WORD.test(text) || NON_FINAL_INITIAL.test(text);

/**
 * Splits at ".", "!", "?" or "…" followed by white space and a capital, a digit or a quote,
 * unless the dot ends a known abbreviation ("bl.a.", "ca.") or a single initial.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]["”»’)]*\s+(?=["”«(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const endOfSentence = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, endOfSentence);
    if (/\.$/.test(candidate) && isNonFinal(candidate)) continue;
    push(sentences, text, start, endOfSentence);
    start = match.index + match[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
