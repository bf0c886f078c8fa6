import { describe, expect, it } from 'vitest';
import { CompoundSplitter, defaultCompoundSplitter } from '../../language/compound-splitter.js';

describe('CompoundSplitter (default parts list and the Swedish dictionary)', () => {
  const splitter = defaultCompoundSplitter();

  it.each([
    ['slutenvårdsplatser', ['sluten', 'vård', 'platser']],
    ['vårdplatsplan', ['vård', 'plats', 'plan']],
    ['kompetensförsörjning', ['kompetens', 'försörjning']],
    ['jourläkarbilar', ['jour', 'läkar', 'bilar']],
    ['hemsjukvård', ['hem', 'sjuk', 'vård']],
    ['avtalsformer', ['avtal', 'former']],
    ['informationshantering', ['information', 'hantering']],
  ])('splits %s from the samples as before', (word, parts) => {
    expect(splitter.splitSurfaces(word)).toEqual(parts);
  });

  // Words of other councils that the parts list grown from the samples never saw.
  it.each([
    ['distriktssjuksköterskan', ['distrikt', 'sjuksköterskan'], ['distrikt', 'sjuksköterska']],
    ['hemtjänstinsatser', ['hem', 'tjänst', 'insatser'], ['hem', 'tjänst', 'insats']],
    ['korttidsplatser', ['korttids', 'platser'], ['korttids', 'plats']],
    ['färdtjänsthandläggare', ['färd', 'tjänst', 'handläggare'], ['färd', 'tjänst', 'handläggare']],
    ['äldreboendeplatser', ['äldre', 'boende', 'platser'], ['äldre', 'boende', 'plats']],
    ['läkemedelsgenomgångar', ['läkemedel', 'genomgångar'], ['läkemedel', 'genomgång']],
    ['trygghetslarm', ['trygghet', 'larm'], ['trygghet', 'larm']],
    ['seniorkortet', ['senior', 'kortet'], ['senior', 'kort']],
    ['matdistributionen', ['mat', 'distributionen'], ['mat', 'distribution']],
    ['biståndsbedömningen', ['bistånd', 'bedömningen'], ['bistånd', 'bedömning']],
    ['bostadsanpassning', ['bostad', 'anpassning'], ['bostad', 'anpassning']],
    ['behovsstyrd', ['behov', 'styrd'], ['behov', 'styrd']],
  ])('splits %s on the dictionary', (word, surfaces, lemmas) => {
    expect(splitter.splitSurfaces(word)).toEqual(surfaces);
    expect(splitter.split(word).map((p) => p.lemma)).toEqual(lemmas);
  });

  it('records the linking -s- the dictionary gives', () => {
    expect(splitter.split('slutenvårdsplatser').map((p) => p.link)).toEqual(['', 's', '']);
    expect(splitter.split('trygghetslarm').map((p) => p.link)).toEqual(['s', '']);
    expect(splitter.split('distriktssjuksköterskan').map((p) => p.link)).toEqual(['s', '']);
    expect(splitter.split('läkemedelsgenomgångar').map((p) => p.link)).toEqual(['s', '']);
  });

  it('keeps a word that is a word whole, naming its dictionary form', () => {
    for (const word of ['verksamhet', 'information', 'ansvar', 'bemanning']) {
      expect(splitter.split(word)).toEqual([{ surface: word, lemma: word, link: '' }]);
    }
    expect(splitter.split('kommunen')).toEqual([{ surface: 'kommunen', lemma: 'kommun', link: '' }]);
    expect(splitter.split('platser')).toEqual([{ surface: 'platser', lemma: 'plats', link: '' }]);
  });

  it('keeps lexicalised words whole although their pieces are words', () => {
    for (const word of ['ordförande', 'handläggare', 'genomgång', 'läkemedel', 'sjuksköterskan', 'planering']) {
      expect(splitter.splitSurfaces(word)).toEqual([word]);
    }
  });

  it('does not split names the dictionary knows', () => {
    expect(splitter.splitSurfaces('sandgren')).toEqual(['sandgren']);
    expect(splitter.splitSurfaces('Sjögren')).toEqual(['sjögren']);
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

  it('reads a compound as its longest first part when two readings have as many parts', () => {
    expect(splitter.splitSurfaces('korttidsenheten')).toEqual(['korttids', 'enheten']);
  });

  it('does not split on unknown pieces', () => {
    expect(splitter.splitSurfaces('blorpfnask')).toEqual(['blorpfnask']);
  });

  it('gives every splitter the same parts for a word, whatever came before', () => {
    const words = ['seniorkortet', 'korttidsenheten', 'färdtjänsthandläggare', 'slutenvårdsplatser'];
    const fresh = new CompoundSplitter();
    const reversed = [...words].reverse().map((w) => fresh.split(w));
    expect(reversed.reverse()).toEqual(words.map((w) => splitter.split(w)));
  });
});

describe('CompoundSplitter.knows', () => {
  const splitter = defaultCompoundSplitter();

  it.each(['vårdplatser', 'slutenvårdsplatserna', 'distriktssjuksköterskan', 'akutmottagningen', 'väntetiderna', 'hemsjukvården'])(
    'knows %s (a dictionary word or a compound of known parts)',
    (word) => expect(splitter.knows(word)).toBe(true),
  );

  it.each(['vådrplatser', 'akutmotatgningen', 'väntteiderna', 'hmesjukvården'])('does not know the typo %s', (word) =>
    expect(splitter.knows(word)).toBe(false),
  );
});

describe('CompoundSplitter with its own lexicon', () => {
  it('learns parts from a corpus only when they recur', () => {
    const splitter = new CompoundSplitter({ parts: ['vård'], dictionary: null });
    expect(splitter.splitSurfaces('vårdkonsumenter')).toEqual(['vårdkonsumenter']);
    splitter.learn(['konsument', 'konsument', 'enstaka']);
    expect(splitter.splitSurfaces('vårdkonsumenter')).toEqual(['vård', 'konsumenter']);
    expect(splitter.isKnown('enstaka')).toBe(false);
  });

  it('splits on the parts list alone without the dictionary', () => {
    const splitter = new CompoundSplitter({ dictionary: null });
    expect(splitter.splitSurfaces('slutenvårdsplatser')).toEqual(['sluten', 'vård', 'platser']);
    expect(splitter.splitSurfaces('seniorkortet')).toEqual(['seniorkortet']);
  });
});
