/** Rules for joining the printed lines of a paragraph back into running text. */

// Words that follow a compound ellipsis: "hälso- och sjukvård", "hem- eller sjukhusvård".
const ELLIPSIS_FOLLOWERS = /^(och|eller|samt|resp\.?|respektive|som|till|liksom|men|utan)(?![\p{L}\p{N}])/iu;
const FUNCTION_WORD_END =
  /(?<![\p{L}\p{N}])(och|att|med|i|på|för|av|till|om|som|en|ett|den|det|de|vid|mot|från|samt|eller|är|har|kan|ska|skall|the|of|and|under|inom|efter|utan|genom|hur|när|där|ang\.?)$/iu;

export const startsLowercase = (text: string): boolean => /^[\p{Ll}]/u.test(text);
export const startsUppercase = (text: string): boolean => /^["”»'(]?[\p{Lu}\d]/u.test(text);
/** Ends a sentence or a lead-in (":"), allowing closing quotes and brackets. */
// The end-anchored tests look at the tail only: a regular expression anchored with $ is still tried
// at every position of a long paragraph, which made paragraph building quadratic.
const tail = (text: string, n = 16): string => (text.length > n ? text.slice(-n) : text);
export const endsSentence = (text: string): boolean => /[.!?:…]["”»’')]*$/u.test(tail(text));
export const endsWithFunctionWord = (text: string): boolean => FUNCTION_WORD_END.test(` ${tail(text, 14)}`);
/** Ends with a hyphen that may split a word across lines ("kap-"). */
export const endsWithLineHyphen = (text: string): boolean => /[\p{L}\d][-\u00ad]$/u.test(tail(text, 4));

/**
 * Joins two printed lines of one paragraph.
 * - "kap-" + "acitet" → "kapacitet": end-of-line hyphenation before a lowercase letter.
 * - "hälso-" + "och sjukvård" → "hälso- och sjukvård": compound ellipsis, keep the hyphen.
 * - "ASIH-" + "kapacitet" → "ASIH-kapacitet": a hyphen after a capital or digit is part of the word.
 */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (endsWithLineHyphen(a)) {
    if (ELLIPSIS_FOLLOWERS.test(b)) return `${a} ${b}`;
    const beforeHyphen = a.charAt(a.length - 2);
    if (startsLowercase(b) && /\p{Ll}/u.test(beforeHyphen)) return a.slice(0, -1) + b;
    return a + b;
  }
  return `${a} ${b}`;
}

export const joinAll = (parts: readonly string[]): string => parts.reduce(joinLines, '');
