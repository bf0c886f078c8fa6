import { describe, expect, it } from 'vitest';
import { MeetingValidationError } from '../../../graph/write/errors.js';
import { validateMeeting } from '../../../graph/write/validate-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { annotate } from '../../fixtures/annotated/annotate.js';
import { buildMinutes } from '../../fixtures/annotated/build-minutes.js';

const valid = (): AnnotatedMeeting =>
  annotate(
    buildMinutes({
      date: '2025-03-01',
      attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
      secretary: 'Ada Ek',
      items: [
        { title: 'Vårdplatser', presenters: ['Ada Ek'], paragraphs: ['Ada Ek berättar om vårdplatser.', 'Rådet frågar om ambulans.'] },
      ],
    }),
  );

const issuesOf = (input: unknown) => {
  try {
    validateMeeting(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(MeetingValidationError);
    return (error as MeetingValidationError).issues;
  }
};

describe('validateMeeting', () => {
  it('accepts a well-formed record and returns it parsed', () => {
    const meeting = valid();
    expect(validateMeeting(meeting)).toEqual(meeting);
  });

  it('accepts minutes without a date: an undated meeting is written, not refused', () => {
    const undated = annotate(buildMinutes({ date: null, items: [{ title: 'Vårdplatser', paragraphs: ['Rådet frågar om vårdplatser.'] }] }));
    expect(undated.id).toMatch(/^undated-[0-9a-f]{12}_testradet$/);
    expect(validateMeeting(undated)).toEqual(undated);
  });

  it('reports schema violations with their path', () => {
    const issues = issuesOf({ ...valid(), id: '' });
    expect(issues[0]).toMatchObject({ code: 'schema', path: 'id' });
  });

  it('reports references the schema cannot check', () => {
    const meeting = valid();
    const [first, second] = meeting.passages as [AnnotatedMeeting['passages'][0], AnnotatedMeeting['passages'][0]];
    const broken: AnnotatedMeeting = {
      ...meeting,
      people: [...meeting.people, { ...meeting.people[0]!, organisations: ['okänd'] }],
      passages: [
        { ...first, itemOrdinal: 7, mentions: [{ type: 'organisation', key: 'spf', surface: 'SPF', start: 0, end: 3 }] },
        { ...second, ordinal: first.ordinal, embedding: [1, 0] },
      ],
      concerns: [{ ordinal: 1, itemOrdinal: 1, passageOrdinal: 9, text: 'Oro', gist: 'oro', topics: [] }],
      followUps: [
        {
          ordinal: 1,
          itemOrdinal: 1,
          passageOrdinal: 1,
          text: 'Återkommer',
          owner: { type: 'person', key: 'eva', name: 'Eva' },
          due: null,
          status: 'open',
        },
      ],
    };
    const codes = issuesOf(broken).map((issue) => `${issue.code}@${issue.path}`);
    expect(codes.sort()).toEqual(
      [
        'duplicate_key@people.key',
        'unknown_organisation@people.1.organisations.0',
        'duplicate_key@passages.ordinal',
        'unknown_item@passages.0.itemOrdinal',
        'unknown_organisation@passages.0.mentions.0',
        'embedding_size@passages.1.embedding',
        'unknown_passage@concerns.0.passageOrdinal',
        'unknown_person@followUps.0.owner',
      ].sort(),
    );
  });
});
