import { describe, expect, it } from 'vitest';
import { expandCompoundEllipsis } from '../../../../ingest/nlp/swedish/compound-ellipsis.js';
import { defaultCompoundSplitter } from '../../../../ingest/nlp/swedish/compound-splitter.js';
import { tokenise } from '../../../../ingest/nlp/swedish/tokenise.js';

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
