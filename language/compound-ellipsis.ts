import type { CompoundSplitter } from './compound-splitter.js';
import type { Token } from './tokenise.js';

/**
 * Completes the first conjunct of a compound ellipsis from the next conjunct:
 * "hälso- och sjukvårdsförvaltningen" → "hälsovårdsförvaltningen" (the next word minus its
 * first part and that part's link), "prioriterings- och dirigeringstjänsten" →
 * "prioriteringstjänsten". Returns the normalised completion for each ellipsis token's
 * index; a conjunct whose next word is not a compound is left out.
 */
export function expandCompoundEllipsis(tokens: readonly Token[], splitter: CompoundSplitter): Map<number, string> {
  const completions = new Map<number, string>();
  tokens.forEach((token, index) => {
    if (!token.ellipsis) return;
    // The shared head is in the first later token that is not itself an ellipsis or a conjunction.
    const next = tokens.slice(index + 1).find((t) => !t.ellipsis && !CONJUNCTIONS.has(t.normal));
    if (next === undefined || next.kind !== 'word') return;
    const parts = splitter.split(next.normal);
    const first = parts[0];
    if (parts.length < 2 || first === undefined) return;
    const head = next.normal.slice(first.surface.length + first.link.length);
    completions.set(index, token.normal + head);
  });
  return completions;
}

const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'respektive', 'resp.', 'resp']);
