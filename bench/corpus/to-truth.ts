import { isNotes } from './bodies.js';
import type { MeetingModel } from './meeting-model.js';
import { printedFacts } from './printed.js';
import { presentersPrinted } from './render-anteckningar.js';
import type { FileTruth } from './truth.schema.js';

/** The planted facts of one meeting, as truth.json records them: what a careful reader finds in the file. */
export function toFileTruth(m: MeetingModel): FileTruth {
  const committee = m.body.layout === 'committee-protocol';
  const printed = printedFacts(m);
  const style = m.body.style;
  const presenters = style?.family !== 'anteckningar' || presentersPrinted(style);
  const numbered = style?.family !== 'anteckningar' || style.numbering !== 'none';
  return {
    file: m.file,
    format: m.format,
    layout: m.body.layout,
    oneLine: m.oneLine,
    body: m.body.name,
    municipality: m.body.municipality,
    kind: isNotes(m.body.layout) ? 'motesanteckningar' : 'protokoll',
    diaryNumber: printed.diaryNumber,
    administration: printed.administration,
    date: m.date,
    dateSource: m.dateSource,
    startTime: printed.startTime,
    endTime: printed.endTime,
    place: m.place,
    // A committee's list names parties and the councils' lists name officials by title: officials stand under no organisation.
    attendees: m.attendees.map((a) => ({
      name: a.member.person.name,
      organisation: (committee || style !== null) && a.member.staff ? null : a.member.organisation,
      remote: a.remote,
      role: a.role,
    })),
    chair: printed.chair,
    adjusters: m.adjuster ? [m.adjuster.person.name] : [],
    secretary: m.secretary.person.name,
    previousMeeting: m.previousDate,
    nextMeeting: printed.nextMeeting,
    items: m.items.map((item, i) => ({
      number: item.number,
      numbered,
      ordinal: i + 1,
      title: item.title,
      presenters: presenters ? item.presenters.map((p) => p.name) : [],
      topics: item.topics,
      statements: item.blocks
        .flatMap((b) => b.segments)
        .filter((s) => s.speaker !== null)
        .map((s) => ({ text: s.text, speaker: s.speaker!, kind: s.kind, topics: s.topics })),
    })),
    concerns: m.concerns,
    followUps: m.followUps,
  };
}
