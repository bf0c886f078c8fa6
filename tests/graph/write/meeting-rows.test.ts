import { describe, expect, it } from 'vitest';
import { toMeetingRows } from '../../../graph/write/meeting-rows.js';
import { annotate } from '../../fixtures/annotated/annotate.js';
import { buildMinutes } from '../../fixtures/annotated/build-minutes.js';

const minutes = buildMinutes({
  date: '2025-03-01',
  attendees: [
    { name: 'Ada  Ek', organisation: 'PRO', role: 'ordförande' },
    { name: 'Bo Ek', organisation: 'Förvaltningen', remote: true },
  ],
  secretary: 'Bo Ek',
  items: [
    { title: 'Inledning', presenters: ['Ada Ek', 'Cecilia Okänd'], paragraphs: ['Ada Ek öppnar mötet. Ada Ek hälsar välkommen.'] },
    { title: 'Övrigt', paragraphs: ['Inga frågor.'] },
  ],
});

describe('toMeetingRows', () => {
  const meeting = annotate(minutes);
  const rows = toMeetingRows(meeting, 'fp');

  it('keys owned nodes by meeting id and ordinal', () => {
    expect(rows.items.map((i) => i.key)).toEqual([`${meeting.id}#1`, `${meeting.id}#2`]);
    expect(rows.passages.map((p) => [p.key, p.item])).toEqual([
      [`${meeting.id}#1`, `${meeting.id}#1`],
      [`${meeting.id}#2`, `${meeting.id}#2`],
    ]);
  });

  it('resolves attendees, presenters and secretary to people by normalised name', () => {
    expect(rows.attended).toEqual([
      { person: 'ada ek', organisation: 'pro', organisationName: 'PRO', remote: false, role: 'ordförande' },
      { person: 'bo ek', organisation: 'förvaltningen', organisationName: 'Förvaltningen', remote: true, role: null },
    ]);
    expect(rows.secretary).toBe('bo ek');
    expect(rows.presented.map((p) => p.person)).toEqual(['ada ek', 'cecilia okänd']);
    expect(rows.unresolved).toEqual([]);
  });

  it('reports names that match none of the meeting\u2019s people instead of inventing them', () => {
    const withoutCecilia = { ...meeting, people: meeting.people.filter((p) => p.key !== 'cecilia okänd') };
    const partial = toMeetingRows(withoutCecilia, 'fp');
    expect(partial.unresolved).toEqual(['Cecilia Okänd']);
    expect(partial.presented.map((p) => p.person)).toEqual(['ada ek']);
  });

  it('groups repeated mentions of one actor in a passage into one link with its surfaces', () => {
    const [first, ...rest] = meeting.passages;
    const mentioned = toMeetingRows(
      {
        ...meeting,
        passages: [
          {
            ...first!,
            mentions: [
              { type: 'person', key: 'ada ek', surface: 'Ada Ek', start: 0, end: 6 },
              { type: 'person', key: 'ada ek', surface: 'Ada', start: 21, end: 24 },
              { type: 'person', key: 'ada ek', surface: 'Ada Ek', start: 30, end: 36 },
              { type: 'organisation', key: 'pro', surface: 'PRO', start: 40, end: 43 },
            ],
          },
          ...rest,
        ],
      },
      'fp',
    );
    expect(mentioned.mentions.Person).toEqual([
      { from: `${meeting.id}#1`, key: 'ada ek', name: 'Ada Ek', surfaces: ['Ada Ek', 'Ada'], count: 3 },
    ]);
    expect(mentioned.mentions.Organisation).toEqual([{ from: `${meeting.id}#1`, key: 'pro', name: 'PRO', surfaces: ['PRO'], count: 1 }]);
  });

  it('records per-meeting role facts and the meeting\u2019s provenance', () => {
    expect(rows.people.find((p) => p.key === 'ada ek')!.roles).toEqual(['ordförande']);
    expect(rows.meeting.roleFacts).toContain('ada ek|ordförande');
    expect(rows.meeting).toMatchObject({ id: meeting.id, date: '2025-03-01', fingerprint: 'fp', sourcePath: minutes.source.path });
  });
});
