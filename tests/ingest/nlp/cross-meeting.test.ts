import { beforeAll, describe, expect, it } from 'vitest';
import { findEchoes, recurringTopics, resolveFollowUps } from '../../../ingest/nlp/across/cross-meeting.js';
import type { AnnotatedMeeting } from '../../../ingest/nlp/annotated-meeting.schema.js';
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
    const gist = (ref: { meetingId: string; ordinal: number }): string => meetings.find((m) => m.id === ref.meetingId)!.concerns[ref.ordinal - 1]!.gist;
    const pairs = echoes.map((e) => `${gist(e.from)} <= ${gist(e.to)}`);
    expect(pairs).toContain('Punkt 1 och 5 är av särskild vikt i samarbete med kommunerna <= Regleras vården genom överenskommelse med kommunerna?');
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
    const item = { ...m2025.minutes.agendaItems[0]!, ordinal: 99, number: '9', title: 'Återkoppling: översynen av vården för patienter med invasivt andningsstöd i hemmet', presenters: [] };
    const later: AnnotatedMeeting = {
      ...m2025,
      minutes: { ...m2025.minutes, agendaItems: [...m2025.minutes.agendaItems, item] },
      passages: [...m2025.passages, { ...m2025.passages[0]!, ordinal: m2025.passages.length + 1, itemOrdinal: 99, text: 'Arbetet med vården för patienter med invasivt andningsstöd i hemmet och överenskommelsen med kommunerna har kommit igång.' }],
    };
    const r = resolveFollowUps([m2024, later]).find((x) => x.meetingId === m2024.id && x.ordinal === promise.ordinal)!;
    expect(r.status).toBe('addressed');
    expect(r.evidence).toMatchObject({ meetingId: m2025.id, itemOrdinal: 99 });
  });
});
