import { describe, expect, it } from 'vitest';
import { enrichMinutes } from '../../../ingest/nlp/enrich.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { buildMinutes } from '../../fixtures/annotated/build-minutes.js';

const MEETING = '2025-04-10';
const NEXT = '2025-06-12';

/** One meeting with each sentence as a paragraph of its own, so each can make one follow-up. */
async function followUpsOf(sentences: readonly string[]): Promise<AnnotatedMeeting['followUps']> {
  const minutes = buildMinutes({
    date: MEETING,
    nextMeetingDate: NEXT,
    items: [{ title: 'Information från förvaltningen', paragraphs: [...sentences] }],
  });
  return (await enrichMinutes(minutes)).followUps;
}

describe('follow-ups phrased as availability or decisions to come', () => {
  it.each([
    ['Rapporten kan läsas i maj.', '2025-05-31'],
    ['Underlaget delas efter beslut i regionfullmäktige hösten 2025.', '2025-11-30'],
    ['Förvaltningen återkommer med svar.', null],
    ['Frågan tas upp på nästa möte.', NEXT],
    ['Information ges vid nästa sammanträde.', NEXT],
    ['Svar lämnas skriftligt.', null],
    ['Ärendet bordläggs till nästa möte.', NEXT],
    ['Planen presenteras för rådet under hösten.', '2025-11-30'],
    ['Utvärderingen kan läsas i januari.', '2026-01-31'],
    ['Statistiken redovisas för rådet i början av nästa år.', '2026-03-31'],
    ['Synpunkten lämnas vidare till trafikenheten.', null],
    ['Rådet beslutar att ärendet återkommer när förslaget finns.', null],
  ])('%s → due %s', async (sentence, due) => {
    const found = await followUpsOf([sentence]);
    expect(found.map((f) => [f.text, f.due, f.status])).toEqual([[sentence, due, 'open']]);
  });

  it('gives a postponed matter to the council and a passive promise to no named person', async () => {
    const [postponed, shared] = await followUpsOf([
      'Ärendet bordläggs till nästa möte.',
      'Underlaget delas efter beslut i kommunfullmäktige.',
    ]);
    expect(postponed!.owner.type).toBe('body');
    expect(shared!.owner.type).not.toBe('person');
  });
});

describe('what already happened, or is only wished or asked, is no follow-up', () => {
  it.each([
    'Rapporten lästes upp i maj.',
    'Underlaget delades ut efter beslut i regionfullmäktige.',
    'Frågan togs upp på förra mötet.',
    'Svar har lämnats skriftligt.',
    'Information gavs vid förra sammanträdet.',
    'Ärendet bordlades vid förra mötet.',
    'Förvaltningen återkom med svar i mars.',
    'Rapporten kunde läsas redan i mars.',
    'Befintliga planer behöver ses över.',
    'PRO undrar hur kvaliteten följs upp.',
    'Kan rapporten läsas i maj?',
    'Hemtjänsten delas in i sex team från den 1 september.',
    'Hon meddelar att hon lämnar rådet efter sommaren.',
    'Dagordningen godkänns med tillägget att trygghetslarm tas upp under övriga frågor.',
    'Förvaltningen bör se till att planerna behandlas när verksamheterna återkopplar.',
  ])('%s', async (sentence) => {
    expect(await followUpsOf([sentence])).toEqual([]);
  });
});
