import type { BodySpec } from './bodies.js';
import type { PersonSpec } from './people.js';
import type { Attendance, Member } from './roster.js';
import type { ConcernTruth, DateSourceTruth, FollowUpTruth, SpeakerTruth, StatementTruth } from './truth.schema.js';

/** A run of text with one speaker (null for text nobody in particular says: labels, approvals). */
export interface Segment {
  text: string;
  speaker: SpeakerTruth | null;
  kind: StatementTruth['kind'];
  topics: string[];
}

/** A printed block: a paragraph (its segments joined by spaces), a bullet item or a sub-heading. */
export interface Block {
  type: 'paragraph' | 'bullet' | 'subheading';
  segments: Segment[];
}

export interface ItemModel {
  /** The number as the truth gives it ("3", "§ 12", "22"); notes with unnumbered headings still count their items. */
  number: string;
  title: string;
  presenters: PersonSpec[];
  topics: string[];
  blocks: Block[];
}

/** One meeting as planned: everything the renderer prints and the truth records. */
export interface MeetingModel {
  body: BodySpec;
  file: string;
  format: 'txt' | 'pdf';
  /** Each page one long line (a viewer's transcript); text files only. */
  oneLine: boolean;
  /** Where the date is written: the renderer leaves it out of the text unless 'text'. */
  dateSource: DateSourceTruth;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  diaryNumber: string | null;
  attendees: Attendance[];
  /** Members away (the närvarolista marks them; "Förhinder" lists them). */
  absent: Member[];
  chair: Member;
  secretary: Member;
  adjuster: Member | null;
  previousDate: string;
  nextDate: string;
  nextTime: string;
  items: ItemModel[];
  concerns: ConcernTruth[];
  followUps: FollowUpTruth[];
}

export const segment = (text: string, speaker: SpeakerTruth | null, kind: Segment['kind'], topics: string[] = []): Segment => ({
  text,
  speaker,
  kind,
  topics,
});
export const paragraph = (...segments: Segment[]): Block => ({ type: 'paragraph', segments });
export const bullet = (s: Segment): Block => ({ type: 'bullet', segments: [s] });
export const subheading = (text: string, speaker: SpeakerTruth | null = null): Block => ({
  type: 'subheading',
  segments: [segment(text, speaker, 'information')],
});

/** "A", "A och B", "A, B och C". */
export const joinNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;

/** The speaker of text presenters say together or alone. */
export function presentersSpeaker(presenters: readonly PersonSpec[]): SpeakerTruth | null {
  if (presenters.length === 0) return null;
  if (presenters.length === 1) return { type: 'person', name: presenters[0]!.name };
  return { type: 'people', names: presenters.map((p) => p.name) };
}

export const person = (p: PersonSpec): SpeakerTruth => ({ type: 'person', name: p.name });
export const COUNCIL: SpeakerTruth = { type: 'council' };
