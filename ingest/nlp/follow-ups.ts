import type { Minutes } from '../../shapes/minutes.schema.js';
import { WORD_DATE, findDate, resolveYear, toIso } from '../../language/dates.js';
import { BODY_MEETING_NOUNS, MEETING_NOUNS, nextMeetingSource } from '../../language/meeting-words.js';
import { PERIOD_SOURCE, findPeriod } from '../../language/periods.js';
import type { ActorRef, FollowUp, Passage } from '../../shapes/annotated-meeting.schema.js';
import { joinNames } from './attribution.js';
import type { PeopleIndex } from './people-index.js';
import { splitSentences } from './sentences.js';
import { speakerCue } from './speech-cues.js';

const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
/**
 * When a promise is to be kept, which makes a present-tense passive ("delas", "lämnas") a
 * promise rather than a report of the meeting itself: the next meeting, a date, a month or
 * season, after a decision or an event, in writing, later. Not "när …": "ska behandlas när dessa
 * återkopplar" is a condition, not a date.
 */
const WHEN = [
  String.raw`(?:vid|på|till)\s+(?:nästkommande|nästa|kommande|rådets|nämndens|ett\s+kommande|ett\s+senare)`,
  PERIOD_SOURCE,
  WORD_DATE.source,
  String.raw`efter\s+(?:beslut|semestern|årsskiftet)`,
  'skriftligt',
  'senare',
].join('|');
const LATER = String.raw`(?=.*?${START}(?:${WHEN})${END})`;
/** Present-tense passives that report a future act when a time is named: "Svar lämnas skriftligt". */
const PASSIVE = String.raw`lyfts|tas\s+upp|redovisas|presenteras|diskuteras|behandlas|återrapporteras|delas(?!\s+in)|lämnas|ges|meddelas|skickas|sänds|besvaras|läggs\s+fram|tas\s+fram`;
/** The same acts by a named subject: "Förvaltningen redovisar förslag … i juni" (not "lämnar rådet"). */
const ACTIVE = String.raw`redovisar|presenterar|återrapporterar|besvarar|skickar|lämnar(?!\s+(?:rådet|nämnden|sitt|sin|uppdraget))`;

const re = (source: string): RegExp => new RegExp(source, 'iu');

/** Phrases that promise something for later; each says who is expected to act. */
const PROMISES: ReadonlyArray<{ re: RegExp; owner: 'subject' | 'administration' | 'council' }> = [
  {
    re: re(String.raw`${START}(?:återkommer|kommer\s+tillbaka)\s+(?:till|med|i|senare|när|efter|under|om|inom|vid|på)${END}`),
    owner: 'subject',
  },
  { re: /(?<![\p{L}\p{N}])återkopplar\s+(?:till|om|i)(?![\p{L}\p{N}])/iu, owner: 'subject' },
  // A decision or a promise in the infinitive: "uppdrar åt förvaltningen att återkomma med en plan".
  { re: re(String.raw`${START}återkomma\s+(?:till|med)${END}`), owner: 'administration' },
  // Something to be read later: "Rapporten kan läsas i maj", "ska kunna läsas i maj".
  {
    re: re(String.raw`${START}(?:kan|ska\s+kunna|kommer\s+att\s+kunna)\s+(?:läsas|laddas\s+ner|hämtas)${END}${LATER}`),
    owner: 'administration',
  },
  // "Underlaget delas efter beslut i regionfullmäktige hösten 2025", "Information ges vid nästa sammanträde".
  { re: re(String.raw`${START}(?:${PASSIVE})${END}${LATER}`), owner: 'administration' },
  { re: re(String.raw`${START}(?:${ACTIVE})${END}${LATER}`), owner: 'subject' },
  { re: /(?<![\p{L}\p{N}])(?:sänds|skickas|delas)\s+ut(?![\p{L}\p{N}])/iu, owner: 'administration' },
  { re: /(?<![\p{L}\p{N}])(?:följs\s+upp|bevakas|ses\s+över)(?![\p{L}\p{N}])/iu, owner: 'administration' },
  // Passed on to someone who is to act: "Frågan skickas vidare till …", "vidarebefordras till …".
  {
    re: re(
      String.raw`${START}(?:(?:skickas|lämnas|sänds)\s+vidare|vidarebefordras|(?:frågan|ärendet|synpunkten|synpunkterna)\s+(?:lämnas|överlämnas)\s+till|tas\s+med\s+i\s+(?:det\s+)?(?:fortsatta\s+)?arbetet)${END}`,
    ),
    owner: 'administration',
  },
  {
    re: re(String.raw`${START}(?:tar\s+med\s+(?:sig\s+)?(?:frågan|synpunkten|synpunkterna|ärendet)|kontaktar|skriver\s+till)${END}`),
    owner: 'subject',
  },
  // The council puts the matter off to a later meeting.
  { re: /(?<![\p{L}\p{N}])bordläggs(?![\p{L}\p{N}])/iu, owner: 'council' },
  { re: /(?<![\p{L}\p{N}])sista\s+dag\s+(?:för\s+att\s+|att\s+)?(?:återkoppla|anmäla|svara)/iu, owner: 'council' },
];
/** A promise due at the next meeting, however the minutes name it: "till nästkommande pensionärsråd". */
const NEXT_MEETING = new RegExp(nextMeetingSource(['nästkommande', 'nästa', 'kommande'], [...MEETING_NOUNS, ...BODY_MEETING_NOUNS]), 'iu');

interface Parties {
  council: ActorRef;
  administration: ActorRef | null;
  people: PeopleIndex;
}

/**
 * Follow-ups promised in the minutes, sentence by sentence: the promise, who owns it (the named
 * subject, else the administration for passive promises, or the council when it is the one to
 * answer) and when it is due — a written date resolved against the meeting date, the next
 * meeting's date for "nästkommande pensionärsråd", or the end of a named period ("i maj",
 * "hösten 2025"). Availability and decisions to come count as promises too ("Rapporten kan läsas
 * i maj", "Underlaget delas efter beslut i regionfullmäktige hösten 2025"); a report of what
 * already happened does not ("Rapporten lästes upp", "Underlaget delades ut"). Status starts
 * open; later meetings decide.
 */
export function findFollowUps(minutes: Minutes, passages: readonly Passage[], parties: Parties): FollowUp[] {
  const followUps: FollowUp[] = [];
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.text)) {
      const found = promiseIn(sentence.text);
      if (!found) continue;
      followUps.push({
        ordinal: followUps.length + 1,
        itemOrdinal: passage.itemOrdinal,
        passageOrdinal: passage.ordinal,
        text: sentence.text,
        owner: ownerOf(sentence.text, found.owner, passage, parties),
        due: dueDate(found.owner === 'council' ? sentence.text.slice(found.at) : sentence.text, minutes),
        status: 'open',
      });
    }
  }
  return followUps;
}

/** "Befintliga planer behöver ses över": a need or a wish, not a promise. */
const NEED_BEFORE = /(?<![\p{L}\p{N}])(?:behöver|bör|borde|måste|skulle)\s+$/iu;
/** "PRO undrar hur kvaliteten följs upp": a question about a promise, not one. */
const QUESTION_BEFORE = /(?<![\p{L}\p{N}])(?:undrar|frågar|vill\s+veta)\s+(?:hur|om|varför|när|vem|vad|vilka)(?![\p{L}\p{N}])/iu;

/** The first promise the sentence makes, and where; a question makes none. */
function promiseIn(sentence: string): { owner: 'subject' | 'administration' | 'council'; at: number } | undefined {
  if (/\?\s*$/u.test(sentence)) return undefined;
  for (const promise of PROMISES) {
    const match = promise.re.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index);
    if (NEED_BEFORE.test(before) || QUESTION_BEFORE.test(before)) continue;
    if (promise.owner === 'subject' && !ownPromise(before)) continue;
    return { owner: promise.owner, at: match.index };
  }
  return undefined;
}

/**
 * "Stefan och Pär återkommer till rådet", "Rådet undersöker … och återkopplar till sekreterare",
 * "Rådet önskar en genomgång och förvaltningen återkommer med en presentation": the promise is its
 * clause's own, made near the clause's start. "… krav på verksamheterna att … när dessa
 * återkopplar till förvaltningen" is a condition inside a clause, not a promise; "Rådet beslutar
 * att ärendet återkommer …" is a decision, and so a promise.
 */
function ownPromise(before: string): boolean {
  const clause = before
    .split(/[,;:]|\s(?:och|men|samt)\s/u)
    .pop()!
    .trim();
  if (clause !== '' && clause.split(/\s+/u).length > 8) return false;
  const subordinate = /(?<![\p{L}\p{N}])(?:när|då|om|innan|eftersom|att)\s+\p{L}+\s+$/iu.exec(before);
  return subordinate === null || /(?<![\p{L}\p{N}])(?:beslutar|beslöt|lovar|föreslår)\s+att\s+\p{L}+\s+$/iu.test(before);
}

function ownerOf(sentence: string, rule: 'subject' | 'administration' | 'council', passage: Passage, parties: Parties): ActorRef {
  if (rule === 'council') return parties.council;
  const cue = speakerCue(sentence, parties.people);
  if (cue?.type === 'council') return parties.council;
  if (cue?.type === 'group') return { type: 'group', name: cue.name };
  if (cue?.type === 'person')
    return cue.keys.length === 1
      ? { type: 'person', key: cue.keys[0]!, name: cue.names[0]! }
      : { type: 'group', name: joinNames(cue.names) };
  if (rule === 'subject' && passage.speaker.type !== 'unknown') return passage.speaker;
  return parties.administration ?? { type: 'unknown' };
}

/** The next meeting's date, a written date, or the end of a named period ("i maj", "hösten 2025"). */
function dueDate(sentence: string, minutes: Minutes): string | null {
  if (NEXT_MEETING.test(sentence)) return minutes.nextMeeting?.date ?? null;
  if (!minutes.date) return null;
  const date = findDate(sentence);
  if (date) {
    const month = date.months[0]!;
    if (date.year !== null) return toIso(date.year, month, date.day);
    return resolveYear(month, date.day, minutes.date, 'after');
  }
  return findPeriod(sentence, minutes.date)?.end ?? null;
}
