import { describe, expect, it } from 'vitest';
import { tokenise, words } from '../../language/tokenise.js';

const summary = (text: string) => tokenise(text).map((t) => `${t.text}:${t.kind}${t.ellipsis ? ':ellipsis' : ''}`);

describe('tokenise', () => {
  it('keeps Swedish letters and lower-cases to NFC', () => {
    // "å" written as "a" + combining ring must become the precomposed letter.
    expect(words('Vårdplatser ÖKAR på Akutmottagningen; Café a\u030Ar')).toEqual([
      'vårdplatser',
      'ökar',
      'på',
      'akutmottagningen',
      'café',
      'år',
    ]);
  });

  it('keeps dotted and colon abbreviations whole', () => {
    expect(summary('bl.a. S:t Görans m.fl. t.ex. ca. 40 o.s.v.')).toEqual([
      'bl.a.:abbreviation',
      'S:t:abbreviation',
      'Görans:word',
      'm.fl.:abbreviation',
      't.ex.:abbreviation',
      'ca.:abbreviation',
      '40:number',
      'o.s.v.:abbreviation',
    ]);
  });

  it('does not take a sentence-final dot or a label colon into a word', () => {
    expect(summary('vi har inte kapacitet idag. PRO: Ingrid')).toEqual([
      'vi:word',
      'har:word',
      'inte:word',
      'kapacitet:word',
      'idag:word',
      'PRO:acronym',
      'Ingrid:word',
    ]);
  });

  it('marks the first conjunct of a compound ellipsis and drops its hyphen from the normal form', () => {
    const [halso, och, sjukvard] = tokenise('hälso- och sjukvård');
    expect(halso).toMatchObject({ text: 'hälso-', normal: 'hälso', ellipsis: true, start: 0, end: 6 });
    expect(och).toMatchObject({ normal: 'och', ellipsis: false });
    expect(sjukvard).toMatchObject({ normal: 'sjukvård', start: 11, end: 19 });
  });

  it('keeps hyphenated compounds and digit-led words as one word', () => {
    expect(summary('ASIH-kapacitet under en 20-årsperiod')).toEqual(['ASIH-kapacitet:word', 'under:word', 'en:word', '20-årsperiod:word']);
  });

  it('reads numbers with inner separators and splits ranges', () => {
    expect(summary('3400–3500 patienter kl. 13:00, 7,5 %')).toEqual([
      '3400:number',
      '3500:number',
      'patienter:word',
      'kl.:abbreviation',
      '13:00:number',
      '7,5:number',
    ]);
  });

  it('recognises capital and mixed-capital acronyms', () => {
    expect(tokenise('HSN PoD ASiH HS2040 Anders').map((t) => t.kind)).toEqual(['acronym', 'acronym', 'acronym', 'acronym', 'word']);
  });

  it('gives offsets that slice back to the token text', () => {
    const text = 'Rådets fråga angående status slutenvårdsplatser, bl.a. i S:t Görans.';
    for (const token of tokenise(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
