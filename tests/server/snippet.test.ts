import { describe, expect, it } from 'vitest';
import { buildSnippet, snippetBuilder, withinEdits } from '../../server/format/snippet.js';

const marked = (snippet: { text: string; highlights: [number, number][] }): string[] =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('buildSnippet', () => {
  it('marks whole words: exact, inflected and compound, whatever their case', () => {
    const text = 'Akutvårdplatserna räcker inte. Fler vårdplatser behövs, sa Vårdplats-gruppen.';
    const snippet = buildSnippet(text, ['vårdplatser']);
    expect(snippet.text).toBe(text);
    expect(marked(snippet)).toEqual(['Akutvårdplatserna', 'vårdplatser', 'Vårdplats']);
  });

  it('keeps offsets right around punctuation, digits and a separator at the start', () => {
    const text = '– 1177: tillgängligheten (1177 Vårdguiden) ska öka.';
    const snippet = buildSnippet(text, ['1177', 'vårdguiden']);
    expect(snippet.highlights).toEqual([
      [2, 6],
      [26, 30],
      [31, 41],
    ]);
    expect(marked(snippet)).toEqual(['1177', '1177', 'Vårdguiden']);
  });

  it('keeps offsets when a letter lowers to two characters', () => {
    // 'İ' lowers to 'i' and a combining dot: the lowered text is longer than the text.
    const text = 'İstanbul-resan och äldreomsorgen i Solna';
    expect(text.toLocaleLowerCase('sv-SE').length).toBeGreaterThan(text.length);
    const snippet = buildSnippet(text, ['äldreomsorg', 'solna']);
    expect(marked(snippet)).toEqual(['äldreomsorgen', 'Solna']);
  });

  it('finds a typo in a long query word and cuts a long text around the first match', () => {
    const filler = 'Rådet diskuterade andra frågor under mötet. '.repeat(10);
    const text = `${filler}Distriktssköterskorna på vårdcentralen har för många patienter. ${filler}`;
    const snippet = buildSnippet(text, ['distriktsköterskorna'], 120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(marked(snippet)).toEqual(['Distriktssköterskorna']);
  });

  it('looks past a typo only in the words the user typed, not in their forms or the expansions', () => {
    const text = 'Vårdplaster saknas, sa rådet, och väntetiderna på akutmottagningen är långa.';
    // "vårdplatser" typed with a typo: the passage's own misspelling is two edits from either.
    const typedWithTypo = snippetBuilder(['vårdpaltser', 'akutmottagning'], { typed: ['vårdpaltser'] });
    expect(marked(typedWithTypo(text))).toEqual(['Vårdplaster', 'akutmottagningen']);
    // The same term as an expansion (spelt right by construction) matches exactly and by stem only.
    const expansionOnly = snippetBuilder(['vårdpaltser', 'akutmottagning'], { typed: [] });
    expect(marked(expansionOnly(text))).toEqual(['akutmottagningen']);
  });

  it('gives each text of a page its own highlights when words repeat across texts', () => {
    const snippet = snippetBuilder(['vårdplatser']);
    expect(marked(snippet('Fler vårdplatser.'))).toEqual(['vårdplatser']);
    expect(marked(snippet('Inga platser, men vårdplatser och VÅRDPLATSER.'))).toEqual(['vårdplatser', 'VÅRDPLATSER']);
    expect(snippet('Inga platser alls.').highlights).toEqual([]);
  });

  it('marks nothing when nothing matches, and ignores one-letter terms', () => {
    expect(buildSnippet('Inga träffar här.', ['a', 'vårdplats']).highlights).toEqual([]);
  });
});

describe('withinEdits', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(withinEdits('vårdplats', 'vårdplats', 0)).toBe(true);
    expect(withinEdits('vårdplats', 'vårdplast', 1)).toBe(true); // one transposition
    expect(withinEdits('vårdplats', 'vardplats', 1)).toBe(true);
    expect(withinEdits('vårdplats', 'vårdplatser', 1)).toBe(false);
    expect(withinEdits('vårdplats', 'vårdplatser', 2)).toBe(true);
    expect(withinEdits('sjukskötersk', 'sjukskoterska', 2)).toBe(true);
    expect(withinEdits('sjukskötersk', 'sjukskoterka', 2)).toBe(false);
    expect(withinEdits('sjukskötersk', 'sjukhusets', 2)).toBe(false);
    expect(withinEdits('', 'ab', 2)).toBe(true);
    expect(withinEdits('', 'abc', 2)).toBe(false);
  });

  it('answers the same for words longer than its kept table', () => {
    const long = 'a'.repeat(90);
    expect(withinEdits(long, `${long}bb`, 2)).toBe(true);
    expect(withinEdits(long, `b${long.slice(1)}c`, 1)).toBe(false);
    expect(withinEdits('vårdplats', 'vårdplast', 1)).toBe(true);
  });
});
