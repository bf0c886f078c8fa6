import { describe, expect, it } from 'vitest';
import { CompoundSplitter, defaultCompoundSplitter } from '../../language/compound-splitter.js';

describe('CompoundSplitter (default lexicon)', () => {
  const splitter = defaultCompoundSplitter();

  it.each([
    ['slutenvårdsplatser', ['sluten', 'vård', 'platser']],
    ['vårdplatsplan', ['vård', 'plats', 'plan']],
    ['kompetensförsörjning', ['kompetens', 'försörjning']],
    ['jourläkarbilar', ['jour', 'läkar', 'bilar']],
    ['hemsjukvård', ['hem', 'sjuk', 'vård']],
    ['avtalsformer', ['avtal', 'former']],
    ['informationshantering', ['information', 'hantering']],
  ])('splits %s', (word, parts) => {
    expect(splitter.splitSurfaces(word)).toEqual(parts);
  });

  it('names the lexicon word behind a shortened or inflected part', () => {
    expect(splitter.split('jourläkarbilar').map((p) => p.lemma)).toEqual(['jour', 'läkare', 'bil']);
    expect(splitter.split('kvinnovård')).toEqual([
      { surface: 'kvinn', lemma: 'kvinna', link: 'o' },
      { surface: 'vård', lemma: 'vård', link: '' },
    ]);
  });

  it('names the lexicon word behind a last part that doubled its consonant before the ending', () => {
    expect(splitter.split('äldrevaccinationsprogrammet').map((p) => p.lemma)).toEqual(['äldre', 'vaccination', 'program']);
    expect(splitter.splitSurfaces('beredskapsövningen')).toEqual(['beredskap', 'övningen']);
  });

  it('records linking letters', () => {
    expect(splitter.split('slutenvårdsplatser').map((p) => p.link)).toEqual(['', 's', '']);
  });

  it('returns a word it cannot split whole, with its lemma when it is an inflected part', () => {
    expect(splitter.split('bemanning')).toEqual([{ surface: 'bemanning', lemma: 'bemanning', link: '' }]);
    expect(splitter.split('platser')).toEqual([{ surface: 'platser', lemma: 'plats', link: '' }]);
  });

  it('does not split on unknown pieces', () => {
    expect(splitter.splitSurfaces('behovsstyrd')).toEqual(['behovsstyrd']);
  });
});

describe('CompoundSplitter with its own lexicon', () => {
  it('learns parts from a corpus only when they recur', () => {
    const splitter = new CompoundSplitter({ parts: ['vård'] });
    expect(splitter.splitSurfaces('vårdkonsumenter')).toEqual(['vårdkonsumenter']);
    splitter.learn(['konsument', 'konsument', 'enstaka']);
    expect(splitter.splitSurfaces('vårdkonsumenter')).toEqual(['vård', 'konsumenter']);
    expect(splitter.isKnown('enstaka')).toBe(false);
  });
});
