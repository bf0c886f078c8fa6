import type { PeopleIndex } from './people-index.js';

/** Verbs of speaking and thinking that make their subject the speaker: "Anders berättar att …". */
const SPEECH_VERBS =
  'beslutar|beslutade|beslöt|berättar|berättade|menar|menade|tror|trodde|ser|säger|sade|sa|svarar|svarade|förklarar|förklarade|informerar|informerade|redogör|redogjorde|beskriver|understryker|påpekar|påpekade|framhåller|konstaterar|poängterar|anser|ansåg|föreslår|föreslog|meddelar|meddelade|lyfter|lyfte|betonar|upplyser|tydliggör|instämmer|bekräftar|återkommer|återkopplar|presenterar|presenterade|visar|tar upp|frågar|frågade|undrar|undrade';

const GROUP = new RegExp(
  `^(Projektgruppen|Arbetsgruppen|Styrgruppen|Förvaltningen|Ledningen|Presidiet|Politiken|Nämnden|Regionen|Utredarna|Enheten)\\s+(?:\\p{Ll}+\\s+)?(?:${SPEECH_VERBS})(?![\\p{L}\\p{N}])`,
  'u',
);
const COUNCIL_SUBJECT =
  /^(?:Rådet|Pensionärsrådet|Rådets\s+(?:ledamöter|representanter)|Pensionärsorganisationerna|Organisationerna)(?![\p{L}\p{N}])/u;
// The council's own forms: "Rådets kommentarer", "Synpunkter från rådet", "Inspel från rådet",
// "Rådets fråga angående …", "… efterlyses av rådet", "… enligt rådet".
const COUNCIL_LABEL =
  /^(?:Rådets\s+(?:kommentar(?:er)?|fråg(?:a|or)|synpunkt(?:er)?|inspel)|(?:Synpunkter|Inspel|Frågor|Fråga|Kommentarer|Medskick)\s+från\s+(?:rådet|pensionärsrådet|organisationerna))(?![\p{L}\p{N}])/iu;
const COUNCIL_AGENT =
  /(?<![\p{L}\p{N}])(?:av|från|enligt)\s+(?:rådet|pensionärsrådet|rådets\s+ledamöter|pensionärsorganisationerna)(?![\p{L}\p{N}])/iu;

export type Cue = { type: 'person'; keys: string[]; names: string[] } | { type: 'group'; name: string } | { type: 'council' };

/**
 * Who a sentence says is speaking, from its own words: a named subject with a speech verb
 * ("Janne menar att …", "Stefan och Pär återkommer …"), a group ("Projektgruppen menar …"), or
 * the council in one of its forms. Null when the sentence names no speaker.
 */
export function speakerCue(sentence: string, people: PeopleIndex): Cue | null {
  const text = sentence.trim();
  if (COUNCIL_LABEL.test(text) || COUNCIL_SUBJECT.test(text)) return { type: 'council' };
  const named = namedSubject(text, people);
  if (named) return named;
  const group = GROUP.exec(text);
  if (group) return { type: 'group', name: group[1]! };
  if (COUNCIL_AGENT.test(text)) return { type: 'council' };
  return null;
}

const SUBJECT_VERB = new RegExp(`^(?:\\p{L}[\\p{L}-]*\\s+)?(?:också\\s+|även\\s+|vidare\\s+)?(?:${SPEECH_VERBS})(?![\\p{L}\\p{N}])`, 'u');

// "Hälso- och sjukvårdsdirektör Anders Ahlsson öppnar …": a title before the name.
const LEADING_TITLE = /^(?:[\p{L}-]+\s+){0,4}[\p{L}-]*(?:direktör|chef|ordförande|ledare|sekreterare|koordinator|samordnare)\s+$/iu;

function namedSubject(text: string, people: PeopleIndex): Cue | null {
  const mentions = people.find(text.slice(0, 120));
  if (mentions.length === 0) return null;
  if (mentions[0]!.start !== 0 && !LEADING_TITLE.test(text.slice(0, mentions[0]!.start))) return null;
  // "Stefan och Pär …", "Malin, Janne och Fanny …": a list of people as the subject.
  const subjects = [mentions[0]!];
  let end = mentions[0]!.end;
  for (const next of mentions.slice(1)) {
    const between = text.slice(end, next.start);
    if (!/^\s*(?:,|och|samt)\s*$/u.test(between)) break;
    subjects.push(next);
    end = next.end;
  }
  const rest = text.slice(end).trimStart();
  // "Anders Ahlsson, hälso- och sjukvårdsdirektör, öppnar …": skip an apposition.
  const afterApposition = rest.replace(/^,[^,]{1,80},\s*/u, '');
  if (!SUBJECT_VERB.test(afterApposition) && !/^(?:öppnar|hälsar|avslutar|inleder)(?![\p{L}\p{N}])/u.test(afterApposition)) return null;
  return { type: 'person', keys: subjects.map((s) => s.key), names: subjects.map((s) => s.name) };
}

/** A sentence in the council's own voice even without a named subject: evaluative, wishing, worried. */
export function soundsLikeCouncil(text: string): boolean {
  return (
    /(?<![\p{L}\p{N}])(?:viktig[ta]?|oroande|oroar|bör|borde|behövs|behövas|behöver|önskvärt|önskar|efterlyser|efterlyses|saknas|saknar|eventuellt|tillräcklig[ta]?|otydlig[ta]?|generellt|vikt)(?![\p{L}\p{N}])/iu.test(
      text,
    ) && !/(?<![\p{L}\p{N}])vi(?![\p{L}\p{N}])/iu.test(text)
  );
}

/** A label with no content of its own: "Rådets kommentarer", "Synpunkter från rådet:". */
export function isCouncilLabel(text: string): boolean {
  return /^(?:Rådets\s+(?:kommentarer|synpunkter|inspel|frågor)|(?:Synpunkter|Inspel|Frågor|Kommentarer|Medskick)\s+från\s+(?:rådet|pensionärsrådet|organisationerna))\s*:?$/iu.test(
    text.trim(),
  );
}

export function isQuestion(text: string): boolean {
  return (
    /\?["”»]?\s*$/u.test(text.trim()) ||
    /^(?:Rådets\s+fråga|Rådet\s+(?:lyfter|ställer)\s+frågan|Rådet\s+(?:undrar|frågar))(?![\p{L}\p{N}])/iu.test(text.trim())
  );
}
