import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { fixturePath, textDocument } from '../../fixtures/sample-minutes.js';

describe('parseMinutes on a protokoll with §-items, parties and signatures', () => {
  const m = parseMinutes(textDocument(readFileSync(fixturePath('protokoll-paragraph-items.txt'), 'utf8')));

  it('reads kind, body, ISO date, time and place from "Tid och plats"', () => {
    expect(m).toMatchObject({
      kind: 'protokoll',
      title: 'Äldrenämndens sammanträde',
      body: 'Äldrenämnden',
      date: '2025-03-03',
      startTime: '13:00',
      endTime: '15:30',
      place: 'Stadshuset, sal B',
    });
  });

  it('reads members with party, roles and "ersätter"', () => {
    expect(m.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Anna Andersson', 'S', 'ordförande'],
      ['Bo Berg', 'M', 'ledamot'],
      ['Cecilia Cederlund', 'V', 'ledamot'],
      ['David Dahl', 'KD', 'ersätter Erik Ek'],
      ['Fredrik Falk', null, 'förvaltningschef'],
      ['Gunilla Gran', null, null],
    ]);
  });

  it('reads §-numbered items, the presenter label and a Beslut sub-heading', () => {
    expect(m.agendaItems.map((i) => `${i.number} ${i.title}`)).toEqual([
      '§ 12 Val av justerare',
      '§ 13 Godkännande av föregående protokoll',
      '§ 14 Äldreomsorgsplan 2025–2030',
      '§ 15 Övriga frågor',
    ]);
    const plan = m.agendaItems[2]!;
    expect(plan.presenters).toEqual(['Fredrik Falk']);
    expect(plan.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'subheading', 'paragraph']);
    expect(plan.paragraphs[0]!.text).toContain('anhörigstöd. 12 av 14 mål');
  });

  it('reads chair, adjusters, secretary and the approved previous protokoll', () => {
    expect(m).toMatchObject({
      chair: 'Anna Andersson',
      adjusters: ['Bo Berg'],
      secretary: 'Gunilla Gran',
      previousMeeting: { date: '2025-02-03', approved: true },
    });
    expect(m.warnings.map((w) => w.code)).toEqual(['missing_diary_number']);
  });
});

describe('parseMinutes on incomplete minutes', () => {
  it('warns instead of inventing a date, a place or items', () => {
    const m = parseMinutes(
      textDocument(
        'MÖTESANTECKNINGAR\nRådet för funktionshinderfrågor\n\nDeltagare: Anna Ek, Bo Berg\n\nMötet diskuterade tillgängligheten till vårdcentralerna i länet och beslutade att återkomma.\n',
      ),
    );
    expect(m.date).toBeNull();
    expect(m.place).toBeNull();
    expect(m.attendees.map((a) => a.name)).toEqual(['Anna Ek', 'Bo Berg']);
    expect(m.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['missing_date', 'missing_time', 'missing_place', 'missing_agenda', 'missing_secretary', 'no_agenda_items']),
    );
    expect(m.agendaItems).toHaveLength(1);
    expect(m.agendaItems[0]!.paragraphs[0]!.text).toMatch(/^Mötet diskuterade/);
  });

  it('reads a date without a year from the next meeting, and says so', () => {
    const m = parseMinutes(
      textDocument(
        'MÖTESANTECKNINGAR\nPensionärsrådet\n\nDatum Tisdagen den 4 mars\n\n1 Inledning\nMötet öppnas.\n\nNästa möte hålls den 3 juni 2025.\n',
      ),
    );
    expect(m.date).toBe('2025-03-04');
    expect(m.warnings.map((w) => w.code)).toContain('inferred_year');
  });

  it('reports a weekday that does not match the date', () => {
    const m = parseMinutes(textDocument('MÖTESANTECKNINGAR\nRådet\n\nDatum Måndagen den 10 april 2025\n\n1 Inledning\nMötet öppnas.\n'));
    expect(m.date).toBe('2025-04-10');
    expect(m.warnings.map((w) => w.code)).toContain('weekday_mismatch');
  });

  it('reads numeric dates and a form-feed page structure', () => {
    const m = parseMinutes(
      textDocument('PROTOKOLL\nNämnden\n\nDatum: 2025-09-15\n\n§ 1 Inledning\nMötet öppnas.\f§ 2 Avslutning\nMötet avslutas.\n'),
    );
    expect(m.date).toBe('2025-09-15');
    expect(m.agendaItems.map((i) => [i.number, i.page])).toEqual([
      ['§ 1', 1],
      ['§ 2', 2],
    ]);
    expect(m.source.pages).toBe(2);
  });
});

describe('parseMinutes on cases the synthetic corpus found', () => {
  it('reads an item whose title starts with a number that is a name, and a name wrapped after its second word', () => {
    const m = parseMinutes(
      textDocument(
        [
          'MÖTESANTECKNINGAR HSN 2025-0001',
          'Pensionärsrådet',
          '',
          'Datum Torsdagen den 10 april 2025',
          '',
          'Närvarande SPF Seniorerna: Ewa Kardell, Christina Gabriella',
          'Zaunders, Ritva Elg',
          '',
          '1 Inledning',
          'Mötet öppnas.',
          '',
          '2 1177 Vårdguiden på telefon',
          'Ewa Kardell',
          '',
          'Väntetiderna har minskat.',
        ].join('\n'),
      ),
    );
    expect(m.attendees.map((a) => a.name)).toEqual(['Ewa Kardell', 'Christina Gabriella Zaunders', 'Ritva Elg']);
    expect(m.agendaItems.map((i) => [i.number, i.title, i.presenters])).toEqual([
      ['1', 'Inledning', []],
      ['2', '1177 Vårdguiden på telefon', ['Ewa Kardell']],
    ]);
  });
  it('reads unnumbered headings before a lead-in or a short sentence, and never a wrapped sentence', () => {
    const m = parseMinutes(
      textDocument(
        [
          'Anteckningar från pensionärsrådets möte',
          '',
          'Datum: Fredagen den 22 januari 2021',
          '',
          'Närvarande:',
          'Britt Ågren, ordförande (S)',
          'Owe Stampe, SPF Seniorerna',
          '',
          '',
          'Mötets öppnande',
          'Ordföranden öppnar mötet och hälsar alla välkomna.',
          '',
          '',
          'Information från förvaltningen',
          'Översyn av hemsjukvården:',
          'Avancerad sjukvård i hemmet har byggts ut och fler patienter är inskrivna.',
          '',
          'Redovisningen av vårdgarantin per specialitet tas upp vid',
          'rådets möte den 25 februari.',
          '',
          '',
          'Övriga frågor',
          'Inga övriga frågor anmäls.',
          '',
          'Vid pennan',
          'Owe Stampe',
        ].join('\n'),
      ),
    );
    expect(m.agendaItems.map((i) => i.title)).toEqual(['Mötets öppnande', 'Information från förvaltningen', 'Övriga frågor']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Britt Ågren', 'Owe Stampe']);
  });

  it('reads the heading at the top of a page that follows its last line with no blank between them', () => {
    // Two pages, so the foot is no running foot (that takes three); it ends without a full stop,
    // and the next page's heading follows it at once, as a PDF's text layer gives it.
    const page = (n: number, body: string[]) => [...body, '', `Anteckningar från pensionärsrådet, sida ${n}`].join('\n');
    const text = [
      page(1, [
        'MÖTESANTECKNINGAR',
        'Pensionärsrådet',
        '',
        'Datum: 2025-04-10',
        '',
        'Punkt 1. Inledning',
        'Mötet öppnas.',
        '',
        'Punkt 2. Vårdplatser',
        'Läget redovisas.',
      ]),
      page(2, ['Punkt 3. Övriga frågor', 'Inga övriga frågor anmäls.']),
    ].join('\f');
    const m = parseMinutes(textDocument(text));
    expect(m.agendaItems.map((i) => [i.number, i.title, i.page])).toEqual([
      ['1', 'Inledning', 1],
      ['2', 'Vårdplatser', 1],
      ['3', 'Övriga frågor', 2],
    ]);
  });
  it('takes a foot that closes both of two pages out, and reads the unnumbered heading that opens the second page', () => {
    const foot = 'Pensionärsrådet i Mörtfors – minnesanteckningar';
    const text = [
      [
        'Anteckningar från pensionärsrådets möte',
        '',
        'Datum: Fredagen den 7 mars 2025',
        '',
        'Närvarande:',
        'Greta Ulvsand, ordförande (S)',
        'Tor Ekdahl, sekreterare',
        '',
        'Mötets öppnande',
        'Ordföranden öppnar mötet och hälsar alla välkomna.',
        '',
        'Information från förvaltningen',
        'Hemtjänsten har fått fler brukare under vintern och bemanningen har ökat.',
        '',
        foot,
      ].join('\n'),
      [
        'Avancerad sjukvård i hemmet (ASIH)',
        'Fler patienter är inskrivna i den avancerade sjukvården i hemmet än förra året.',
        '',
        'Övriga frågor',
        'Inga övriga frågor anmäls.',
        '',
        'Vid pennan',
        'Tor Ekdahl',
        '',
        foot,
      ].join('\n'),
    ].join('\f');
    const m = parseMinutes(textDocument(text));
    expect(m.agendaItems.map((i) => [i.title, i.page])).toEqual([
      ['Mötets öppnande', 1],
      ['Information från förvaltningen', 1],
      ['Avancerad sjukvård i hemmet (ASIH)', 2],
      ['Övriga frågor', 2],
    ]);
    expect(m.text).not.toContain(foot);
  });
});
