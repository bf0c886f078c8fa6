import { describe, expect, it } from 'vitest';
import { parseAffixFile } from '../../../language/hunspell/affix-file.js';
import { HunspellLexicon } from '../../../language/hunspell/hunspell-lexicon.js';
import { loadSwedishDictionary } from '../../../language/swedish-dictionary.js';

// A small affix file of our own in Hunspell's format, with the Swedish dictionary's flag letters.
const AFF = `SET UTF-8
FORBIDDENWORD %
ONLYINCOMPOUND Z
COMPOUNDBEGIN X
COMPOUNDMIDDLE U
COMPOUNDEND Y

# plural -er, definite plural -erna
SFX H Y 2
SFX H 0 er [^a]
SFX H 0 erna [^a]

# definite -en
SFX D Y 1
SFX D 0 en [^a]

# linking -s- for the first part of a compound
SFX v N 2
SFX v a s/WXZ a
SFX v 0 s/WXZ [^a]

# a noun ending in -a drops it before the next part
SFX z N 1
SFX z a 0/WXZ a
`;

const DIC = `11
plats/DHUXY
trygghet/DvY
larm/DXY
gata/zY
lampa/vY
kommun/DHXY
Sandgren
sandgren/%
kvinno/XZ
kvinna/Y
korttids/XZ
`;

describe('parseAffixFile', () => {
  it('reads suffix rules with their strip, addition, own flags and condition', () => {
    const { suffixes, flags } = parseAffixFile(AFF);
    expect(flags).toMatchObject({ begin: 'X', middle: 'U', end: 'Y', onlyInCompound: 'Z', forbidden: '%' });
    const linking = suffixes.find((r) => r.flag === 'v' && r.strip === 'a')!;
    expect(linking).toMatchObject({ add: 's', continuation: 'WXZ' });
    expect(linking.condition.test('lampa')).toBe(true);
    expect(linking.condition.test('larm')).toBe(false);
    expect(suffixes.filter((r) => r.flag === 'H').map((r) => r.add)).toEqual(['er', 'erna']);
  });
});

describe('HunspellLexicon', () => {
  const lexicon = HunspellLexicon.parse(AFF, DIC);

  it('reads inflected forms back to their word', () => {
    expect(lexicon.lemmaOf('platserna')).toBe('plats');
    expect(lexicon.lemmaOf('kommunen')).toBe('kommun');
    expect(lexicon.lemmaOf('lampa')).toBe('lampa');
    expect(lexicon.lemmaOf('lampor')).toBeUndefined();
  });

  it('tells which forms may end a compound', () => {
    expect(lexicon.lastPart('larm')).toBe('larm');
    expect(lexicon.lastPart('platser')).toBe('plats');
    expect(lexicon.lastPart('kvinno')).toBeUndefined();
  });

  it('gives the forms that begin a compound, with their links', () => {
    expect(lexicon.innerPart('trygghets')).toEqual({ lemma: 'trygghet', surface: 'trygghet', link: 's' });
    expect(lexicon.innerPart('lamps')).toEqual({ lemma: 'lampa', surface: 'lamp', link: 's' });
    expect(lexicon.innerPart('gat')).toEqual({ lemma: 'gata', surface: 'gat', link: '' });
    expect(lexicon.innerPart('plats')).toEqual({ lemma: 'plats', surface: 'plats', link: '' });
    // Not flagged to begin a compound, and no linking form.
    expect(lexicon.innerPart('trygghet')).toBeUndefined();
    expect(lexicon.innerPart('gata')).toBeUndefined();
  });

  it('reads a compound-only root as the word it extends', () => {
    expect(lexicon.innerPart('kvinno')).toEqual({ lemma: 'kvinna', surface: 'kvinn', link: 'o' });
    expect(lexicon.innerPart('korttids')).toEqual({ lemma: 'korttids', surface: 'korttids', link: '' });
    // Compound-only: not a word on its own.
    expect(lexicon.lemmaOf('kvinno')).toBeUndefined();
  });

  it('leaves out names and forbidden spellings', () => {
    expect(lexicon.isExcluded('sandgren')).toBe(true);
    expect(lexicon.isExcluded('sandgrens')).toBe(true);
    expect(lexicon.lemmaOf('sandgren')).toBeUndefined();
    expect(lexicon.isExcluded('plats')).toBe(false);
  });
});

describe('the Swedish dictionary (dictionary-sv)', () => {
  it('loads once, with well over a hundred thousand words', () => {
    const first = loadSwedishDictionary();
    expect(first.lexicon.size).toBeGreaterThan(100_000);
    expect(loadSwedishDictionary()).toBe(first);
    expect(first.lexicon.innerPart('läkemedels')).toEqual({ lemma: 'läkemedel', surface: 'läkemedel', link: 's' });
    expect(first.lexicon.innerPart('kvinno')).toEqual({ lemma: 'kvinna', surface: 'kvinn', link: 'o' });
    expect(first.lexicon.lemmaOf('hemtjänstens')).toBe('hemtjänst');
  });
});
