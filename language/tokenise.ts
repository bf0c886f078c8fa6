import { normaliseWord } from './normalise.js';

/**
 * - `word`: letters, digits, inner hyphens and apostrophes ("ASIH-kapacitet", "20-årsperiod").
 * - `number`: digits with inner separators ("3400", "2025-0125" is two numbers, "7,5", "13:00").
 * - `abbreviation`: a dotted or colon abbreviation kept whole ("bl.a.", "m.fl.", "S:t", "ca.").
 * - `acronym`: a word in capitals or mixed capitals ("HSN", "ASiH", "PoD", "HS2040").
 */
export type TokenKind = 'word' | 'number' | 'abbreviation' | 'acronym';

export interface Token {
  /** The characters as written. */
  text: string;
  /** NFC lower case; an ellipsis token's trailing hyphen is dropped ("hälso-" → "hälso"). */
  normal: string;
  kind: TokenKind;
  /** Offsets into the input string (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /**
   * True for the first conjunct of a compound ellipsis: "hälso-" in "hälso- och sjukvård"
   * shares its head with the next conjunct (see expandCompoundEllipsis).
   */
  ellipsis: boolean;
}

/** Single-word abbreviations that end in a dot; a dot after any other word ends a sentence. */
const DOTTED_WORDS = new Set([
  'ca',
  'osv',
  'kl',
  'ang',
  'resp',
  'nr',
  'inkl',
  'exkl',
  'jfr',
  'dvs',
  'pga',
  'enl',
  'tel',
  'avd',
  'st',
  'proc',
  'tkr',
  'mkr',
  'mnkr',
  'milj',
  'bla',
  'mfl',
  'tex',
  'etc',
  'obs',
  'fig',
]);

// Alternatives in priority order; the capture group that matched says what was found.
const TOKEN_PATTERN = new RegExp(
  [
    // 1. "S:t", "S:ta", "S:a": a letter, colon, one or two letters.
    String.raw`(\p{L}:\p{Ll}{1,2}(?![\p{L}\p{N}]))`,
    // 2. "bl.a.", "m.fl.", "t.ex.", "o.s.v.", "fr.o.m.": short chunks, each closed by a dot.
    String.raw`(\p{L}\p{Ll}{0,2}\.(?:\p{Ll}{1,3}\.)+)`,
    // 3. A word; 4. a trailing hyphen before a conjunction or comma marks a compound ellipsis.
    String.raw`(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}]+)*(-(?=\s*(?:och|eller|samt|respektive|resp\.|,)\s))?)`,
    // 5. A word that starts with digits: "20-årsperiod", "100k", "1177-tjänsten".
    String.raw`(\p{N}+-?\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)`,
    // 6. A number.
    String.raw`(\p{N}+(?:[.,:]\p{N}+)*)`,
  ].join('|'),
  'gu',
);

const ACRONYM = /^(?=.*\p{Lu}.*[\p{Lu}\p{N}])\p{Lu}[\p{L}\p{N}]{1,7}$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Splits text into word, number and abbreviation tokens; punctuation and spaces are dropped. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  // A private copy of the pattern: its lastIndex is the scan position, so calls must not share it.
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    let raw = match[0];
    let kind: TokenKind;
    const ellipsis = match[4] !== undefined;
    if (match[1] !== undefined || match[2] !== undefined) {
      kind = 'abbreviation';
    } else if (match[6] !== undefined) {
      kind = 'number';
    } else if (match[3] !== undefined && !ellipsis && text.charCodeAt(start + raw.length) === 46 && DOTTED_WORDS.has(normaliseWord(raw))) {
      // "ca." and "osv." keep their dot; "idag." does not.
      raw += '.';
      pattern.lastIndex += 1;
      kind = 'abbreviation';
    } else {
      const bare = ellipsis ? raw.slice(0, -1) : raw;
      kind = STARTS_UPPER.test(bare) && ACRONYM.test(bare) ? 'acronym' : 'word';
    }
    const normal = normaliseWord(ellipsis ? raw.slice(0, -1) : raw);
    tokens.push({ text: raw, normal, kind, start, end: start + raw.length, ellipsis });
  }
  return tokens;
}

/** The normalised words of a text, in order: a convenience for bag-of-words features. */
export function words(text: string): string[] {
  return tokenise(text).map((token) => token.normal);
}
