import { describe, expect, it } from 'vitest';
import { expandCompoundEllipsis } from '../../language/compound-ellipsis.js';
import { defaultCompoundSplitter } from '../../language/compound-splitter.js';
import { tokenise } from '../../language/tokenise.js';

describe('expandCompoundEllipsis', () => {
  const splitter = defaultCompoundSplitter();

  it('completes the elided head from the next conjunct', () => {
    const tokens = tokenise('Hälso- och sjukvårdsförvaltningen samt prioriterings- och dirigeringstjänsten');
    expect([...expandCompoundEllipsis(tokens, splitter).values()]).toEqual(['hälsovårdsförvaltningen', 'prioriteringstjänsten']);
  });

  it('leaves a conjunct alone when the next word is not a compound', () => {
    expect(expandCompoundEllipsis(tokenise('hälso- och bemanning'), splitter).size).toBe(0);
  });
});
