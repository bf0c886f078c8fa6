import { beforeAll, describe, expect, it } from 'vitest';
import { AnnotatedMeetingSchema, type ActorRef, type AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { councilOf, enrichMinutes, meetingIdOf } from '../../../ingest/nlp/enrich.js';
import { enrichedSamples } from '../../fixtures/annotated-samples.js';
import { buildMinutes } from '../../fixtures/annotated/build-minutes.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID, SAMPLE_BODY_KEY } from '../../fixtures/annotated/samples.js';

let m2024: AnnotatedMeeting;
let m2025: AnnotatedMeeting;
beforeAll(async () => {
  ({ 2024: m2024, 2025: m2025 } = await enrichedSamples());
});

const who = (s: ActorRef): string =>
  s.type === 'person' ? s.name : s.type === 'body' ? 'RÅDET' : s.type === 'group' ? `group:${s.name}` : '?';
const passageStarting = (m: AnnotatedMeeting, start: string) => {
  const p = m.passages.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no passage starts with "${start}"`);
  return p;
};
const itemTop = (m: AnnotatedMeeting, ordinal: number): string | undefined =>
  m.itemTopics.find((t) => t.itemOrdinal === ordinal)?.topics[0]?.slug;

describe('enrich: people and organisations', () => {
  it('makes every attendee, presenter and the secretary a person, once', () => {
    expect(m2024.people).toHaveLength(18);
    expect(m2025.people).toHaveLength(9);
    expect(m2025.people.find((p) => p.name === 'William Stampe')).toBeDefined();
    for (const m of [m2024, m2025]) expect(new Set(m.people.map((p) => p.key)).size).toBe(m.people.length);
  });

  it('resolves first names in the text to the right full names', () => {
    const resolved = (m: AnnotatedMeeting, surface: string): string[] => [
      ...new Set(m.passages.flatMap((p) => p.mentions.filter((x) => x.type === 'person' && x.surface === surface).map((x) => x.key))),
    ];
    expect(resolved(m2025, 'Anders')).toEqual(['anders ahlsson']);
    expect(resolved(m2025, 'Karin')).toEqual(['karin nilsson']);
    expect(resolved(m2025, 'Fanny')).toEqual(['fanny reuter']);
    expect(resolved(m2024, 'Janne')).toEqual(['janne kautto']);
    expect(resolved(m2024, 'Pär')).toEqual(['pär eriksson']);
    expect(resolved(m2024, 'Stefan')).toEqual(['stefan strandfeldt']);
  });

  it('reads roles from the text', () => {
    const roles = (m: AnnotatedMeeting, key: string): string[] => m.people.find((p) => p.key === key)!.roles;
    expect(roles(m2025, 'anders ahlsson')).toContain('hälso- och sjukvårdsdirektör');
    expect(roles(m2024, 'anders ahlsson')).toContain('hälso- och sjukvårdsdirektör');
    expect(roles(m2025, 'karin nilsson')).toContain('projektledare vid planeringsenheten under avdelning specialiserad vård');
    expect(roles(m2024, 'matilda hultgren')).toContain('enhetschef vid utredning och beställarstöd');
    expect(roles(m2024, 'fanny reuter')).toContain('projektledare för målbildsarbetet');
    expect(roles(m2024, 'janne kautto').join()).toMatch(/^strategisk koordinator för prehospital vård/);
    expect(roles(m2024, 'malin håkansson')).toContain('projektledare');
  });

  it('links organisations and their abbreviations to one node each', () => {
    const orgs = m2025.organisations.map((o) => o.name);
    expect(orgs).toEqual(
      expect.arrayContaining([
        'PRO',
        'SKPF',
        'SPF Seniorerna',
        'Hälso- och sjukvårdsförvaltningen',
        'Hälso- och sjukvårdsnämnden',
        'Primärvårdsnämnden',
        'Socialstyrelsen',
        'Karolinska Institutet',
        'Karlstads universitet',
        'Myndigheten för vård- och omsorgsanalys',
      ]),
    );
    const hsn = m2025.passages.flatMap((p) => p.mentions).filter((x) => x.surface === 'HSN');
    expect(hsn.length).toBeGreaterThan(0);
    expect(new Set(hsn.map((x) => x.key))).toEqual(new Set(['hälso- och sjukvårdsnämnden']));
    expect(m2025.people.find((p) => p.key === 'ewa kardell')!.organisations).toEqual(['spf seniorerna']);
  });
});

describe('enrich: speakers and passage kinds (hand-checked)', () => {
  it.each([
    [2025, 'Rådets fråga angående status slutenvårdsplatser', 'RÅDET', 'council_question'],
    [2025, 'Anders berättar att Stockholm', 'Anders Ahlsson', 'answer'],
    [2025, 'Varför krävs mer personal', 'RÅDET', 'council_question'],
    [2025, 'Vi ser en helt annan arbetssituation', 'Anders Ahlsson', 'answer'],
    [2025, 'Rådet lyfter frågan om att antalet vårddygn', 'RÅDET', 'council_question'],
    [2025, 'Anders tror att det är svårt', 'Anders Ahlsson', 'answer'],
    [2025, 'Karin arbetar som projektledare', 'Karin Nilsson', 'presentation'],
    [2025, 'Synpunkter från rådet: ”Du”', 'RÅDET', 'council_comment'],
    [2025, 'Fanny berättar att det förts', 'Fanny Reuter', 'answer'],
    [2025, 'Punkt 1 och 5 är av särskild vikt', 'RÅDET', 'council_comment'],
    [2025, 'Kommunsamarbete och fokus på anhöriga', 'RÅDET', 'council_comment'],
    [2025, 'Inspel från rådet', 'RÅDET', 'council_comment'],
    [2025, 'Mötesanteckningar från föregående möte', '?', 'decision'],
    [2024, 'Regleras vården genom överenskommelse', 'RÅDET', 'council_question'],
    [2024, 'Pär berättar att det tidigare', 'Pär Eriksson', 'answer'],
    [2024, 'Eventuellt kan behövas större möjlighet', 'RÅDET', 'council_comment'],
    [2024, 'Stefan och Pär återkommer', 'group:Stefan Strandfeldt och Pär Eriksson', 'answer'],
    [2024, 'Det är viktigt för gruppen äldre', 'RÅDET', 'council_comment'],
    [2024, 'Janne berättar angående belastning', 'Janne Kautto', 'answer'],
    [2024, 'Vem bedömer om jourläkare', 'RÅDET', 'council_question'],
    [2024, '1177 fungerar enligt rådet', 'RÅDET', 'council_comment'],
    [2024, 'Rådet anser att det i många fall', 'RÅDET', 'council_comment'],
    [2024, 'Rådet lyfter frågan om projektet', 'RÅDET', 'council_question'],
    [2024, 'Projektgruppen menar att mål', 'group:Projektgruppen', 'answer'],
    [2024, 'Hälso- och sjukvårdsdirektör Anders Ahlsson öppnar', 'Anders Ahlsson', 'information'],
  ] as const)('%i: "%s…" is spoken by %s (%s)', async (year, start, speaker, kind) => {
    const p = passageStarting(year === 2024 ? m2024 : m2025, start);
    expect(who(p.speaker)).toBe(speaker);
    expect(p.kind).toBe(kind);
  });

  it('never names a speaker without saying why', () => {
    for (const p of [...m2024.passages, ...m2025.passages]) {
      expect(p.speakerBasis).toBeDefined();
      if (p.speaker.type === 'unknown') expect(p.speakerBasis).toBe('none');
      else expect(p.speakerBasis).not.toBe('none');
    }
  });

  it('splits a paragraph where a new speaker starts', () => {
    const council = passageStarting(m2025, 'Rådet lyfter frågan om att antalet vårddygn');
    const anders = passageStarting(m2025, 'Anders tror');
    expect(anders.ordinal).toBe(council.ordinal + 1);
    expect(m2025.minutes.text.slice(anders.start, anders.end)).toBe(anders.text);
  });
});

describe('enrich: concerns and follow-ups', () => {
  it('finds the council’s comments and questions in both meetings as concerns', () => {
    const gists = (m: AnnotatedMeeting): string[] => m.concerns.map((c) => c.gist);
    expect(gists(m2025)).toEqual(
      expect.arrayContaining([
        'Status slutenvårdsplatser',
        'Varför krävs mer personal per vårdplats idag mot för 30 år sedan?',
        'Kommunsamarbete och fokus på anhöriga efterlyses',
      ]),
    );
    expect(gists(m2024)).toEqual(
      expect.arrayContaining([
        'Regleras vården genom överenskommelse med kommunerna?',
        'Vem bedömer om jourläkare ska sändas ut/om man behöver ta sig till sjukvården själv?',
      ]),
    );
    expect(m2025.concerns.length).toBeGreaterThanOrEqual(8);
    expect(m2024.concerns.length).toBeGreaterThanOrEqual(6);
    expect([...m2024.concerns, ...m2025.concerns].map((c) => c.gist)).not.toContain('Rådets kommentarer');
  });

  it('finds follow-ups with owner and due date', () => {
    const follow = (m: AnnotatedMeeting, start: string) => {
      const f = m.followUps.find((x) => x.text.startsWith(start));
      if (!f) throw new Error(`no follow-up starts with "${start}"`);
      return {
        owner: who(
          f.owner === undefined
            ? { type: 'unknown' }
            : f.owner.type === 'organisation'
              ? { type: 'person', key: f.owner.key, name: f.owner.name }
              : f.owner,
        ),
        due: f.due,
        status: f.status,
      };
    };
    // Each follow-up by its opening words, and what it must say (all of it, or the parts given).
    const expected: Array<[AnnotatedMeeting, string, Partial<ReturnType<typeof follow>>]> = [
      [
        m2025,
        'Frågan lyfts och diskuteras vid nästkommande pensionärsråd',
        { owner: 'Hälso- och sjukvårdsförvaltningen', due: '2025-06-12', status: 'open' },
      ],
      [m2024, 'Stefan och Pär återkommer till rådet', { owner: 'group:Stefan Strandfeldt och Pär Eriksson', due: null, status: 'open' }],
      [
        m2024,
        'Information om fördelning av medlen lyfts vid rådets möte den 13 juni',
        { owner: 'Hälso- och sjukvårdsförvaltningen', due: '2024-06-13', status: 'open' },
      ],
      [m2024, 'Rådet undersöker om tiden är lämplig och återkopplar till sekreterare', { owner: 'RÅDET', due: null }],
      [m2024, 'Målbildsworkshop hålls den 13 maj, sista dag', { owner: 'RÅDET', due: '2024-04-19' }],
    ];
    for (const [m, start, want] of expected) expect(follow(m, start), start).toMatchObject(want);
    expect(m2025.followUps.map((f) => f.text)).not.toContain(expect.stringMatching(/^Inspel från rådet/));
  });
});

describe('enrich: topics', () => {
  it('puts the subject of each agenda item at the top', () => {
    expect(itemTop(m2025, 4)).toBe('vardval');
    expect(itemTop(m2025, 5)).toBe('malbild-hs2040');
    expect(itemTop(m2024, 4)).toBe('vard-i-hemmet');
    expect(itemTop(m2024, 5)).toBe('prehospital');
    expect(itemTop(m2024, 6)).toBe('malbild-hs2040');
  });

  it('tags nära vård and vårdplatser in both meetings, so their trend has two points', () => {
    for (const m of [m2024, m2025]) {
      const slugs = new Set(m.passages.flatMap((p) => p.topics.map((t) => t.slug)));
      expect(slugs.has('nara-vard')).toBe(true);
      expect(slugs.has('vardplatser')).toBe(true);
    }
    expect(passageStarting(m2024, 'En vårdplatsplan ska arbetas fram').topics.map((t) => t.slug)).toContain('vardplatser');
  });

  it('gives a valid AnnotatedMeeting', () => {
    expect(AnnotatedMeetingSchema.safeParse(m2024).success).toBe(true);
    expect(AnnotatedMeetingSchema.safeParse(m2025).success).toBe(true);
  });
});

describe('enrich: the council and the meeting id', () => {
  const council = (body: string | null, municipality: string | null, administration: string | null = null) =>
    councilOf({ body, municipality, administration });

  it('keeps the samples\u2019 body key and meeting ids (no municipality: the name alone)', () => {
    expect([m2024.id, m2025.id]).toEqual([SAMPLE_2024_ID, SAMPLE_2025_ID]);
    const name = 'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen';
    for (const m of [m2024, m2025]) {
      expect(m.bodyKey).toBe(SAMPLE_BODY_KEY);
      expect(m.body).toEqual({ name, municipality: null, displayName: name });
    }
  });

  it('names a council with its municipality, so two councils of one name stand apart', () => {
    const norrtalje = council('Kommunala pensionärsrådet', 'Norrtälje kommun');
    const osteraker = council('Kommunala pensionärsrådet', 'Österåkers kommun');
    expect(norrtalje).toEqual({
      key: 'kommunala-pensionarsradet-norrtalje-kommun',
      name: 'Kommunala pensionärsrådet',
      municipality: 'Norrtälje kommun',
      displayName: 'Kommunala pensionärsrådet, Norrtälje kommun',
    });
    expect(osteraker.key).toBe('kommunala-pensionarsradet-osterakers-kommun');
    expect(council('Kommunala pensionärsrådet', null).key).toBe('kommunala-pensionarsradet');
  });

  it('does not add the municipality to a name that already says it', () => {
    expect(council('Norrtälje kommuns pensionärsråd', 'Norrtälje kommun').displayName).toBe('Norrtälje kommuns pensionärsråd');
    expect(council('Pensionärsrådet i Region Stockholm', 'Region Stockholm').displayName).toBe('Pensionärsrådet i Region Stockholm');
    expect(council('Stockholms stads pensionärsråd', 'Stockholm').displayName).toBe('Stockholms stads pensionärsråd');
    expect(council('Pensionärsrådet Upplands Väsby', 'Upplands Väsby kommun').displayName).toBe('Pensionärsrådet Upplands Väsby');
    // A place named only inside another word is not named: "Ale" in "Kommunala".
    expect(council('Kommunala pensionärsrådet', 'Ale kommun').displayName).toBe('Kommunala pensionärsrådet, Ale kommun');
    expect(council('Regionala pensionärsrådet', 'Region Stockholm').displayName).toBe('Regionala pensionärsrådet, Region Stockholm');
  });

  it('falls back to the letterhead, then to "okänt organ", keeping the municipality', () => {
    expect(council(null, null, 'Äldreförvaltningen')).toMatchObject({ key: 'aldreforvaltningen', name: 'Äldreförvaltningen' });
    expect(council('§ –', null, 'Äldreförvaltningen').name).toBe('Äldreförvaltningen');
    expect(council(null, null)).toEqual({ key: 'okant-organ', name: 'okänt organ', municipality: null, displayName: 'okänt organ' });
    expect(council(null, 'Norrtälje kommun')).toMatchObject({
      key: 'okant-organ-norrtalje-kommun',
      displayName: 'okänt organ, Norrtälje kommun',
    });
    expect(council('Kommunala pensionärsrådet', '  ').municipality).toBeNull();
  });

  it('makes an undated meeting of minutes without a date, keyed by its source', async () => {
    const minutes = buildMinutes({
      date: null,
      body: 'Kommunala pensionärsrådet',
      municipality: 'Norrtälje kommun',
      items: [
        { title: 'Hemtjänst', paragraphs: ['Rådet frågar hur hemtjänsten planeras i sommar.', 'Förvaltningen återkommer vid nästa möte.'] },
      ],
    });
    const meeting = await enrichMinutes(minutes);
    expect(meeting.id).toBe(`undated-${minutes.source.sha256.slice(0, 12)}_kommunala-pensionarsradet-norrtalje-kommun`);
    expect(meeting.id).toBe(meetingIdOf(minutes));
    expect(meeting.bodyKey).toBe('kommunala-pensionarsradet-norrtalje-kommun');
    expect(meeting.body.displayName).toBe('Kommunala pensionärsrådet, Norrtälje kommun');
    expect(meeting.passages).toHaveLength(2);
    const councilSpeakers = meeting.passages.flatMap((p) => (p.speaker.type === 'body' ? [p.speaker.key] : []));
    expect(new Set(councilSpeakers)).toEqual(new Set([meeting.bodyKey]));
    expect(AnnotatedMeetingSchema.safeParse(meeting).success).toBe(true);
  });
});
