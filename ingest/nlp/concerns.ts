import type { Concern, Passage } from '../../shapes/annotated-meeting.schema.js';
import { isCouncilLabel } from './speech-cues.js';
import { splitSentences } from './sentences.js';

// The council's framing words, dropped from a gist: what remains is what the council is concerned about.
const FRAMES: readonly RegExp[] = [
  /^(?:Synpunkter|Inspel|Kommentarer|Frågor|Fråga|Medskick)\s+från\s+(?:rådet|pensionärsrådet|organisationerna)\s*:\s*/iu,
  /^Rådets\s+(?:fråga|frågor|kommentar|kommentarer|synpunkt|synpunkter|inspel)\s*(?:angående|om|kring|gällande|rörande|:)?\s*/iu,
  /^Rådet\s+(?:lyfter|ställer)\s+frågan\s+(?:om\s+)?(?:att\s+)?/iu,
  /^Rådet\s+(?:anser|menar|påpekar|framhåller|understryker|betonar|konstaterar)\s+(?:att\s+)?/iu,
  /^Rådet\s+(?:undrar|frågar)\s+(?:om|över|hur|varför|vad)?\s*/iu,
  /^Rådet\s+efterlyser\s+/iu,
];
const MAX_GIST_WORDS = 14;

/**
 * The council's concerns: every passage in its voice (comments and questions) except bare labels
 * such as "Rådets kommentarer". The gist is the first sentence without the council's framing words,
 * cut to a few words.
 */
export function findConcerns(passages: readonly Passage[], councilActions: ReadonlySet<number> = new Set()): Concern[] {
  const concerns: Concern[] = [];
  for (const p of passages) {
    if (p.kind !== 'council_comment' && p.kind !== 'council_question') continue;
    // "Rådet undersöker … och återkopplar": the council's own task is a follow-up, not a concern.
    if (isCouncilLabel(p.text) || councilActions.has(p.ordinal)) continue;
    concerns.push({
      ordinal: concerns.length + 1,
      itemOrdinal: p.itemOrdinal,
      passageOrdinal: p.ordinal,
      text: p.text,
      gist: gistOf(p.text),
      topics: p.topics
        .filter((t) => t.score >= 0.3)
        .slice(0, 3)
        .map((t) => t.slug),
    });
  }
  return concerns;
}

export function gistOf(text: string): string {
  let first = splitSentences(text)[0]?.text ?? text;
  for (const frame of FRAMES) first = first.replace(frame, '');
  first = first.replace(/\s*efterlyses\s+av\s+rådet\s*\.?$/iu, ' efterlyses').trim();
  const words = first.split(/\s+/u);
  const cut = words.length > MAX_GIST_WORDS ? `${words.slice(0, MAX_GIST_WORDS).join(' ')} …` : first.replace(/[.:;,]$/u, '');
  return cut.charAt(0).toLocaleUpperCase('sv-SE') + cut.slice(1) || text.slice(0, 80);
}
