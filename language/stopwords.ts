import { normaliseWord } from './normalise.js';

/**
 * Swedish stop words: the Snowball list (function words, pronouns, auxiliaries) plus a few
 * words that carry no topic in minutes ("även", "samt", "kommer", "ska").
 */
const STOP_WORDS_TEXT = `
alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina
ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon
honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot
mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle
som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart
vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över
även samt också kommer ska skall bör kan får finns fanns blev görs gör göra ha hade har haft
ett två tre sig sitt dessutom dock där därför detta denna dessa via per ca osv bl.a. m.fl. t.ex.
`;

/** Stop words in normalised (lower-case NFC) form. */
export const SWEDISH_STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_TEXT.split(/\s+/).filter(Boolean).map(normaliseWord));

/** True for a normalised word that carries no content. */
export function isStopWord(normalisedWord: string): boolean {
  return SWEDISH_STOP_WORDS.has(normalisedWord);
}
