import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLuceneTerm, lightStem, toLuceneQuery } from '../../../graph/search/lucene.js';

/** Removes escaped characters and the boost/group syntax this module itself adds. */
const unescapedSpecials = (query: string): string[] => {
  const withoutEscapes = query.replace(/\\./g, '');
  const withoutOwnSyntax = withoutEscapes
    .replace(/("[^"]*")\^0\.5/g, '$1') // the weight of a compound's parts
    .replace(/"[^"]*"/g, '') // balanced phrases are intended
    .replace(/^\+|(?<= )\+/g, '') // 'all' mode's required marker
    .replace(/[()]/g, ''); // the group around a word and its stem
  return withoutOwnSyntax.match(/[+\-&|!(){}[\]^"~*?:\\/<>=]/g) ?? [];
};

describe('toLuceneQuery', () => {
  it('escapes every operator character of hostile input', () => {
    for (const input of ['vård AND (', 'a:b', 'x~2', 'fo*', '"', '\\', '/', '[x TO y]', '&& ||', '{ }', 'a^3', 'x!', 'a-b+c']) {
      const query = toLuceneQuery(input);
      if (query !== null) expect(unescapedSpecials(query), `${input} → ${query}`).toEqual([]);
    }
  });

  it('returns null when no word is left to search', () => {
    for (const input of ['', '   ', '"', '*', '~', '\\', '/', '&& ||', '()', '""']) expect(toLuceneQuery(input)).toBeNull();
  });

  it('makes Lucene operators plain words and keeps balanced phrases', () => {
    expect(toLuceneQuery('vård AND (')).toBe('vård and');
    expect(toLuceneQuery('x OR NOT y')).toBe('x or not y');
    expect(toLuceneQuery('"nära vård" 1177')).toBe('"nära vård" 1177');
  });

  it('adds the dictionary form and the compound parts (as a phrase), never a wildcard', () => {
    expect(toLuceneQuery('vårdplatser')).toBe('(vårdplatser vårdplats "vård plats"^0.5)');
    expect(toLuceneQuery('sjuksköterskor')).toBe('(sjuksköterskor sjuksköterska)');
    expect(toLuceneQuery('vårdplatser "nära vård" AND')).toBe('(vårdplatser vårdplats "vård plats"^0.5) "nära vård" and');
    expect(toLuceneQuery('ambulans', 'all')).toBe('+ambulans');
    expect(toLuceneQuery('vårdplatser ambulans', 'all')).toBe('+(vårdplatser vårdplats "vård plats"^0.5) +ambulans');
    for (const input of ['vårdplatser', 'hemtjänsten', 'sjuksköterskor']) expect(toLuceneQuery(input)).not.toMatch(/[*?~]/);
  });

  it('light-stems Swedish inflections but never below four letters', () => {
    expect(lightStem('Vårdplatser')).toBe('vårdplat');
    expect(lightStem('vårdköer')).toBe('vårdkö');
    expect(lightStem('patienterna')).toBe('patient');
    expect(lightStem('bus')).toBe('bus');
  });

  it('never leaves an operator unescaped, for any input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ab å1"\\/*~?:()[]{}^!&|+-=<> AND OR NOT'.split(''), 'vårdplatser', ' sjukvård'),
          maxLength: 40,
        }),
        (input) => {
          const query = toLuceneQuery(input);
          return query === null || unescapedSpecials(query).length === 0;
        },
      ),
    );
  });

  it('escapes single terms character by character', () => {
    expect(escapeLuceneTerm('a+b/c')).toBe('a\\+b\\/c');
  });
});
