import type { MeetingModel } from './meeting-model.js';
import type { FileTruth } from './truth.schema.js';

/** The planted facts of one meeting, as truth.json records them. */
export function toFileTruth(m: MeetingModel): FileTruth {
  const committee = m.body.layout === 'committee-protocol';
  return {
    file: m.file,
    format: m.format,
    body: m.body.name,
    layout: m.body.layout,
    kind: m.body.layout === 'council-notes' ? 'motesanteckningar' : 'protokoll',
    diaryNumber: m.diaryNumber,
    administration: m.body.letterhead[0],
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    // A committee's list names parties; its officials stand under no organisation label.
    attendees: m.attendees.map((a) => ({ name: a.member.person.name, organisation: committee && a.member.staff ? null : a.member.organisation, remote: a.remote })),
    chair: m.body.layout === 'council-notes' ? null : m.chair.person.name,
    secretary: m.secretary.person.name,
    previousMeeting: m.previousDate,
    nextMeeting: { date: m.nextDate, time: m.nextTime },
    items: m.items.map((item) => ({
      number: item.number,
      title: item.title,
      presenters: item.presenters.map((p) => p.name),
      topics: item.topics,
      statements: item.blocks.flatMap((b) => b.segments).filter((s) => s.speaker !== null).map((s) => ({ text: s.text, speaker: s.speaker!, kind: s.kind, topics: s.topics })),
    })),
    concerns: m.concerns,
    followUps: m.followUps,
  };
}
