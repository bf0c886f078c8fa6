import { describe, expect, it } from 'vitest';
import { luceneSearch } from '../../../graph/search/hybrid-search.js';

describe('luceneSearch (the full-text queries of a search)', () => {
  it('puts the fuzzy form of a word the dictionary does not know in the query itself', () => {
    const search = luceneSearch('väntetiderna på akutmotatgningen')!;
    // the typo among well-spelt words: found by its fuzzy form even when the other words find enough
    expect(search.query).toContain('akutmotatgning~1');
    expect(search.query).not.toContain('väntetid~1');
    // the fallback, for when the query finds too few, adds the known words' fuzzy forms
    expect(search.fuzzyQuery).toContain('väntetid~1');
  });

  it('asks no fuzzy term of a well-spelt query until it finds too few', () => {
    const search = luceneSearch('hemsjukvården på kvällar')!;
    expect(search.query).not.toContain('~');
    expect(search.fuzzyQuery).toContain('hemsjukvård~1');
  });

  it('uses one edit whatever the word’s length, and no fuzzy term at all without fuzzy on', () => {
    expect(luceneSearch('slutenvårdsplatserna')!.fuzzyQuery).toMatch(/~1\^/);
    expect(luceneSearch('slutenvårdsplatserna')!.fuzzyQuery).not.toMatch(/~2/);
    const plain = luceneSearch('vådrplatser', [], false)!;
    expect(plain.query).not.toContain('~');
    expect(plain.fuzzyQuery).toBeNull();
  });
});
