import { beforeAll, describe, expect, it } from 'vitest';
import { findEchoes, recurringTopics, resolveFollowUps, type MeetingDigest } from '../../../graph/analysis/cross-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { enrichedSamples } from '../../fixtures/annotated-samples.js';

let meetings: AnnotatedMeeting[];
beforeAll(async () => {
  const s = await enrichedSamples();
  meetings = [s[2025], s[2024]]; // out of order on purpose
});

describe('across meetings', () => {
  it('lists the topics that recur in both meetings', () => {
    const slugs = recurringTopics(meetings).map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining(['nara-vard', 'vardplatser', 'kommunsamverkan', 'vard-i-hemmet']));
    expect(slugs).not.toContain('prehospital');
    expect(slugs).not.toContain('vardval');
  });

  it('links the 2025 concern about working with the municipalities to the 2024 one', () => {
    const echoes = findEchoes(meetings);
    const gist = (ref: { meetingId: string; ordinal: number }): string =>
      meetings.find((m) => m.id === ref.meetingId)!.concerns[ref.ordinal - 1]!.gist;
    const pairs = echoes.map((e) => `${gist(e.from)} <= ${gist(e.to)}`);
    expect(pairs).toContain(
      'Punkt 1 och 5 är av särskild vikt i samarbete med kommunerna <= Regleras vården genom överenskommelse med kommunerna?',
    );
    for (const e of echoes) expect(e.from.meetingId.startsWith('2025')).toBe(true);
  });

  it('marks a promise overdue when a later meeting passed its due date without answering it, and leaves the rest open', () => {
    const status = (start: string): string => {
      const m = meetings.find((x) => x.followUps.some((f) => f.text.startsWith(start)))!;
      const f = m.followUps.find((x) => x.text.startsWith(start))!;
      return resolveFollowUps(meetings).find((r) => r.meetingId === m.id && r.ordinal === f.ordinal)!.status;
    };
    expect(status('Information om fördelning av medlen')).toBe('overdue');
    expect(status('Stefan och Pär återkommer')).toBe('open');
    expect(status('Frågan lyfts och diskuteras vid nästkommande')).toBe('open');
  });

  it('marks a promise addressed, with evidence, when a later meeting takes the matter up', () => {
    const [m2024, m2025] = [meetings[1]!, meetings[0]!];
    const promise = m2024.followUps.find((f) => f.text.startsWith('Stefan och Pär återkommer'))!;
    // A later meeting with an item on the same matter: the 2025 minutes plus one item about it.
    const item = {
      ...m2025.minutes.agendaItems[0]!,
      ordinal: 99,
      number: '9',
      title: 'Återkoppling: översynen av vården för patienter med invasivt andningsstöd i hemmet',
      presenters: [],
    };
    const later: AnnotatedMeeting = {
      ...m2025,
      minutes: { ...m2025.minutes, agendaItems: [...m2025.minutes.agendaItems, item] },
      passages: [
        ...m2025.passages,
        {
          ...m2025.passages[0]!,
          ordinal: m2025.passages.length + 1,
          itemOrdinal: 99,
          text: 'Arbetet med vården för patienter med invasivt andningsstöd i hemmet och överenskommelsen med kommunerna har kommit igång.',
        },
      ],
    };
    const r = resolveFollowUps([m2024, later]).find((x) => x.meetingId === m2024.id && x.ordinal === promise.ordinal)!;
    expect(r.status).toBe('addressed');
    expect(r.evidence).toMatchObject({ meetingId: m2025.id, itemOrdinal: 99 });
  });

  it("does not take a later item on the promise's topic for the answer when it leaves the promised matter aside", () => {
    const promised = digest(
      '2024-03-01',
      [{ title: 'Vårdplatsplan och beläggning', passages: ['Rådet återkopplar till sekreteraren om vårdplatsplanen för sommarperioden.'] }],
      { followUp: [1, 1] },
    );
    const sameTopic = digest('2024-05-01', [
      {
        title: 'Vårdplatsläget i regionen',
        passages: ['Beläggningen på akutsjukhusen ligger fortsatt över målnivån och vårdplatserna räcker inte.'],
      },
    ]);
    const answer = digest('2024-09-01', [
      { title: 'Återkoppling: Vårdplatsplanen för sommarperioden', passages: ['Anna redogör för vårdplatsplanen för sommarperioden.'] },
    ]);
    expect(resolveFollowUps([promised, sameTopic])[0]!.status).toBe('open');
    expect(resolveFollowUps([promised, sameTopic, answer])[0]).toMatchObject({ status: 'addressed', evidence: { meetingId: answer.id } });
  });

  it("does not take the topic of the promise's item coming back for the answer", () => {
    const promised = digest(
      '2024-03-01',
      [{ title: 'Närståendes delaktighet', passages: ['Frågan om riktlinjen för närståendes delaktighet lyfts vid nästa möte.'] }],
      { followUp: [1, 1] },
    );
    const again = digest('2024-05-01', [
      { title: 'Närståendes delaktighet', passages: ['Anhöriga tar ett stort ansvar för kroniskt sjuka.'] },
    ]);
    expect(resolveFollowUps([promised, again])[0]!.status).toBe('open');
  });

  it('does not link two concerns about one topic that share no words', () => {
    const earlier = digest('2024-03-01', [{ title: 'Vårdplatser', passages: [] }], {
      concerns: [['Rådet lyfter frågan om bristen på slutenvårdsplatser under sommaren.', ['vardplatser']]],
    });
    const later = digest('2024-05-01', [{ title: 'Vårdplatser', passages: [] }], {
      concerns: [
        ['Hur hanteras antalet utskrivningsklara patienter som blir kvar på sjukhus?', ['vardplatser']],
        ['Det är oroande att bristen på slutenvårdsplatser under sommaren inte har förbättrats.', ['vardplatser']],
      ],
    });
    expect(findEchoes([earlier, later]).map((e) => e.from.ordinal)).toEqual([2]);
  });

  it('leaves undated meetings out of echoes and follow-up resolution: they have no place in time', () => {
    const concern: [string, string[]] = ['Rådet lyfter frågan om bristen på slutenvårdsplatser under sommaren.', ['vardplatser']];
    const dated = digest('2024-03-01', [{ title: 'Vårdplatser', passages: [] }], { concerns: [concern] });
    const promised = digest(
      '2024-03-01',
      [{ title: 'Vårdplatsplan', passages: ['Rådet återkopplar om vårdplatsplanen för sommarperioden vid nästa möte.'] }],
      { followUp: [1, 1] },
    );
    const undatedOf = (m: MeetingDigest, id: string): MeetingDigest => ({ ...m, id, minutes: { ...m.minutes, date: null } });
    // The same concern at an undated meeting: it would echo the dated one (and be echoed) if it took part.
    const undated = undatedOf(dated, 'undated-1#rådet');
    expect(findEchoes([dated, digest('2024-05-01', [{ title: 'Vårdplatser', passages: [] }], { concerns: [concern] })])).toHaveLength(1);
    expect(findEchoes([undated, dated])).toEqual([]);
    expect(findEchoes([dated, undated])).toEqual([]);
    // A promise at an undated meeting stays open, and an undated meeting answers no promise.
    const answer = digest('2024-09-01', [
      { title: 'Återkoppling: Vårdplatsplanen för sommarperioden', passages: ['Anna redogör för vårdplatsplanen för sommarperioden.'] },
    ]);
    expect(resolveFollowUps([promised, answer])[0]).toMatchObject({ status: 'addressed' });
    expect(resolveFollowUps([undatedOf(promised, 'undated-2#rådet'), answer])).toEqual([
      { meetingId: 'undated-2#rådet', ordinal: 1, status: 'open', evidence: null },
    ]);
    expect(resolveFollowUps([promised, undatedOf(answer, 'undated-3#rådet')])[0]).toMatchObject({ status: 'open', evidence: null });
  });

  it('finds a concern raised again years later', () => {
    const dates = Array.from({ length: 30 }, (_, i) => `${2018 + Math.floor(i / 6)}-${String(1 + 2 * (i % 6)).padStart(2, '0')}-01`);
    const meetingsOverYears = dates.map((date, i) =>
      digest(date, [{ title: 'Övriga frågor', passages: [] }], {
        concerns: i === 0 || i === 29 ? [['Rådet lyfter frågan om vårdköerna inom ögonsjukvården.', ['tillganglighet']]] : [],
      }),
    );
    expect(findEchoes(meetingsOverYears)).toEqual([
      expect.objectContaining({
        from: { meetingId: meetingsOverYears[29]!.id, ordinal: 1 },
        to: { meetingId: meetingsOverYears[0]!.id, ordinal: 1 },
      }),
    ]);
  });
});

/** A meeting of one body as the cross-meeting analysis reads it; `followUp` is [item ordinal, passage ordinal]. */
function digest(
  date: string | null,
  items: ReadonlyArray<{ title: string; passages: readonly string[] }>,
  extra: { followUp?: [number, number]; concerns?: ReadonlyArray<[string, string[]]> } = {},
): MeetingDigest {
  const passages = items.flatMap((item, i) => item.passages.map((text) => ({ itemOrdinal: i + 1, text, kind: 'information' })));
  const numbered = passages.map((p, i) => ({ ...p, ordinal: i + 1 }));
  const followUps = extra.followUp
    ? [
        {
          ordinal: 1,
          itemOrdinal: extra.followUp[0],
          passageOrdinal: extra.followUp[1],
          text: numbered[extra.followUp[1] - 1]!.text,
          due: null,
        },
      ]
    : [];
  return {
    id: `${date}#rådet`,
    bodyKey: 'rådet',
    minutes: { date, agendaItems: items.map((item, i) => ({ ordinal: i + 1, title: item.title })) },
    passages: numbered,
    concerns: (extra.concerns ?? []).map(([text, topics], i) => ({ ordinal: i + 1, text, topics })),
    followUps,
    topics: [],
  };
}
