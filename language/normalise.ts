/**
 * Text normalisation shared by every Swedish tool: Unicode NFC (so "å" typed as "a" + ring
 * compares equal to the precomposed letter) and lower case. This runs once per token in
 * the hot path, so it skips work that cannot change the string.
 */

const SOFT_HYPHEN = '\u00ad';
// Below U+0300 there are no combining marks, and Latin-1 letters are NFC already.
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** NFC, soft hyphens removed. Keeps case; use for surfaces that are shown to people. */
export function normaliseUnicode(text: string): string {
  const nfc = MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
  return nfc.includes(SOFT_HYPHEN) ? nfc.replaceAll(SOFT_HYPHEN, '') : nfc;
}

/**
 * NFC + lower case: the form every lookup (stop words, lexicon, stemmer) expects.
 * Plain toLowerCase is the Swedish lower case: only Turkish, Azeri and Lithuanian differ.
 */
export function normaliseWord(word: string): string {
  return normaliseUnicode(word).toLowerCase();
}

/** True when the word is written in capitals with at least two letters ("ASIH", "SÄBO"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(word);
}
