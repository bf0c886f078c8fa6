import type { Minutes } from '../../shapes/minutes.schema.js';
import { findDate, resolveYear, toIso } from '../../language/dates.js';
import type { ActorRef, FollowUp, Passage } from '../../shapes/annotated-meeting.schema.js';
import { joinNames } from './attribution.js';
import type { PeopleIndex } from './people-index.js';
import { splitSentences } from './sentences.js';
import { speakerCue } from './speech-cues.js';

/** Phrases that promise something for later; each says who is expected to act. */
const PROMISES: ReadonlyArray<{ re: RegExp; owner: 'subject' | 'administration' | 'council' }> = [
  { re: /(?<![\p{L}\p{N}])återkommer\s+(?:till\s+(?:rådet|pensionärsrådet|er|organisationerna)|med(?![\p{L}\p{N}])|i\s+frågan|senare)/iu, owner: 'subject' },
  { re: /(?<![\p{L}\p{N}])återkopplar\s+(?:till|om|i)(?![\p{L}\p{N}])/iu, owner: 'subject' },
  { re: /(?<![\p{L}\p{N}])(?:lyfts|tas\s+upp|redovisas|presenteras|diskuteras|behandlas|återrapporteras)(?![\p{L}\p{N}])(?:\s+och\s+\p{Ll}+)?\s+(?:vid|på|till)\s+(?:nästkommande|nästa|kommande|rådets|ett\s+kommande|ett\s+senare)(?![\p{L}\p{N}])/iu, owner: 'administration' },
  { re: /(?<![\p{L}\p{N}])(?:sänds|skickas|delas)\s+ut(?![\p{L}\p{N}])/iu, owner: 'administration' },
  { re: /(?<![\p{L}\p{N}])(?:följs\s+upp|bevakas)(?![\p{L}\p{N}])/iu, owner: 'administration' },
  { re: /(?<![\p{L}\p{N}])sista\s+dag\s+(?:för\s+att\s+|att\s+)?(?:återkoppla|anmäla|svara)/iu, owner: 'council' },
];
const NEXT_MEETING = /(?<![\p{L}\p{N}])(?:nästkommande|nästa|kommande)\s+(?:pensionärsråd|möte|sammanträde|rådsmöte|träff)(?![\p{L}\p{N}])/iu;

interface Parties {
  council: ActorRef;
  administration: ActorRef | null;
  people: PeopleIndex;
}

/**
 * Follow-ups promised in the minutes, sentence by sentence: the promise, who owns it (the named
 * subject, else the administration for passive promises, or the council when it is the one to
 * answer) and when it is due — a written date resolved against the meeting date, or the next
 * meeting's date for "nästkommande pensionärsråd". Status starts open; later meetings decide.
 */
export function findFollowUps(minutes: Minutes, passages: readonly Passage[], parties: Parties): FollowUp[] {
  const followUps: FollowUp[] = [];
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.text)) {
      const promise = PROMISES.find((p) => p.re.test(sentence.text));
      if (!promise || (promise.owner === 'subject' && !ownPromise(sentence.text, promise.re))) continue;
      followUps.push({
        ordinal: followUps.length + 1,
        itemOrdinal: passage.itemOrdinal,
        passageOrdinal: passage.ordinal,
        text: sentence.text,
        owner: ownerOf(sentence.text, promise.owner, passage, parties),
        due: dueDate(promise.owner === 'council' ? sentence.text.slice(promise.re.exec(sentence.text)!.index) : sentence.text, minutes),
        status: 'open',
      });
    }
  }
  return followUps;
}

/**
 * "Stefan och Pär återkommer till rådet", "Rådet undersöker … och återkopplar till sekreterare":
 * the promise is the sentence's own, made near its start. "… krav på verksamheterna att … när dessa
 * återkopplar till förvaltningen" is a condition inside a clause, not a promise.
 */
function ownPromise(sentence: string, re: RegExp): boolean {
  const at = re.exec(sentence)?.index ?? -1;
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  return before.trim().split(/\s+/u).length <= 8 && !/(?<![\p{L}\p{N}])(?:när|då|om|innan|eftersom|att)\s+\p{L}+\s+$/iu.test(before);
}

function ownerOf(sentence: string, rule: 'subject' | 'administration' | 'council', passage: Passage, parties: Parties): ActorRef {
  if (rule === 'council') return parties.council;
  const cue = speakerCue(sentence, parties.people);
  if (cue?.type === 'council') return parties.council;
  if (cue?.type === 'group') return { type: 'group', name: cue.name };
  if (cue?.type === 'person') return cue.keys.length === 1 ? { type: 'person', key: cue.keys[0]!, name: cue.names[0]! } : { type: 'group', name: joinNames(cue.names) };
  if (rule === 'subject' && passage.speaker.type !== 'unknown') return passage.speaker;
  return parties.administration ?? { type: 'unknown' };
}

function dueDate(sentence: string, minutes: Minutes): string | null {
  if (NEXT_MEETING.test(sentence)) return minutes.nextMeeting?.date ?? null;
  const date = findDate(sentence);
  if (!date || !minutes.date) return null;
  const month = date.months[0]!;
  if (date.year !== null) return toIso(date.year, month, date.day);
  return resolveYear(month, date.day, minutes.date, 'after');
}
