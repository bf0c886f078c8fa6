import { hasContentTerms } from './similarity.js';

/**
 * The matter a promise names, in its own words, or null when it names none. "Bengt återkommer
 * till rådet med besked om analysen av läkemedelsavvikelserna" is about "analysen av
 * läkemedelsavvikelserna", not about Bengt nor about the agenda item it was made under.
 * Title-case words go (the owner's name, and the sentence's first word, which in a promise is
 * its owner or "Frågan"/"Rådet"); acronyms (ASIH, HS2040) stay, as they name matters. "Stefan och
 * Pär återkommer till rådet för statusuppdatering i arbetet" names none: only procedure is left,
 * and then only its context (the item and sub-heading it stands under) says what answers it.
 */
export function promiseMatter(text: string): string | null {
  const matter = text
    .split(/\s+/)
    .filter((word) => !/^\p{Lu}\p{Ll}/u.test(word))
    .join(' ');
  return hasContentTerms(matter) ? matter : null;
}
