import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { MinutesSchema, type Minutes } from '../../../shapes/minutes.schema.js';
import { sampleText, textDocument } from '../../fixtures/sample-minutes.js';

const parse = (year: 2024 | 2025): Minutes => parseMinutes(textDocument(sampleText(year), `sample-${year}.txt`));
const people = (m: Minutes): string[] => m.attendees.map((a) => `${a.organisation}: ${a.name}${a.remote ? ' (remote)' : ''}`);
const items = (m: Minutes): string[] => m.agendaItems.map((i) => [i.number, i.title, i.presenters.join(' + ')].join(' | '));

describe('parseMinutes on the 2025 sample (HSN 2025-0125)', () => {
  const m = parse(2025);

  it('reads the header fields', () => {
    expect(m).toMatchObject({
      kind: 'motesanteckningar',
      diaryNumber: 'HSN 2025-0125',
      title: 'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen',
      administration: 'Hälso- och sjukvårdsförvaltningen',
      unit: 'Styrning och stöd',
      date: '2025-04-10',
      startTime: '13:00',
      endTime: '14:30',
      place: 'Järntorget, Lindhagensgatan 98',
      secretary: 'William Stampe',
      previousMeeting: { date: '2025-02-06', approved: true },
      nextMeeting: { date: '2025-06-12', time: '13:00' },
    });
    expect(m.warnings).toEqual([]);
  });

  it('reads every attendee with organisation, Karin Nilsson remote', () => {
    expect(people(m)).toEqual([
      'PRO: Ingrid Hjalmarson',
      'PRO: Sven Erik Wånell',
      'SKPF: Owe Landgren',
      'SKPF: Gudrun Hammar',
      'SPF Seniorerna: Ewa Kardell',
      'Förvaltningen: Anders Ahlsson',
      'Förvaltningen: Karin Nilsson (remote)',
      'Förvaltningen: Fanny Reuter',
      'Förvaltningen: William Stampe',
    ]);
  });

  it('reads the six agenda items with full titles and presenters', () => {
    expect(items(m)).toEqual([
      '1 | Inledning | ',
      '2 | Mötesanteckningar från sammanträdet den 6 februari | ',
      '3 | Aktuellt vid förvaltningen/fråga ang. vårdköer/bevakningslista | Anders Ahlsson',
      '4 | Förändringar genom Omställningsplan vårdval | Karin Nilsson',
      '5 | Återkoppling färdigställd målbild och strategisk plan HS2040 | Fanny Reuter',
      '6 | Övriga frågor | ',
    ]);
  });

  it('rebuilds paragraphs: hyphenation joined, compound ellipsis kept, bullets and questions apart', () => {
    const texts = m.agendaItems.flatMap((i) => i.paragraphs.map((p) => p.text));
    expect(m.text).not.toMatch(/hälsooch|kap-acitet|\bkap- acitet/);
    expect(texts).toContain(
      'Anders berättar att Stockholm ligger bra till vad gäller slutenvårdskapacitet per invånare utifrån Socialstyrelsens riktlinjer. Vid internationella jämförelser ligger vi sämre till men detta beror till del på hur/om man räknar in kommunal omvårdnad.',
    );
    expect(texts).toContain('Varför krävs mer personal per vårdplats idag mot för 30 år sedan?');
    expect(texts).toContain('Hemsjukvård kväller, nätter och helger, vilket vanligtvis drivs av vårdcentral eller vårdvalsaktör');
    expect(
      texts.some((t) => t.startsWith('Angående att vara delaktig i sin hälsa och vård; forskare vid Karlstads Universitet konstaterar')),
    ).toBe(true);
    expect(texts.some((t) => t.includes('ytterligare 2 under 2025.'))).toBe(true);
    const item3 = m.agendaItems[2]!;
    expect(item3.paragraphs[0]).toMatchObject({ kind: 'subheading', text: 'Rådets fråga angående status slutenvårdsplatser' });
    expect(item3.paragraphs.filter((p) => p.kind === 'bullet').map((p) => p.text.slice(0, 20))).toEqual([
      'Hospital at home, vi',
      'Hemsjukvård kväller,',
      'Avancerad sjukvård i',
    ]);
  });

  it('gives paragraph offsets that point into the cleaned text', () => {
    for (const item of m.agendaItems) {
      for (const p of item.paragraphs) expect(m.text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('is a valid Minutes record', () => {
    expect(MinutesSchema.safeParse(m).success).toBe(true);
  });
});

describe('parseMinutes on the 2024 sample (HSN 2023-1145)', () => {
  const m = parse(2024);

  it('settles "11 april februari 2024" as 11 April with a recorded warning', () => {
    expect(m.date).toBe('2024-04-11');
    expect(m.warnings.map((w) => w.code)).toEqual(['conflicting_month']);
    expect(m.warnings[0]!.message).toMatch(/2024-04-11 chosen over 2024-02-11: it is a torsdag/);
  });

  it('reads the header fields and the meetings before and after', () => {
    expect(m).toMatchObject({
      diaryNumber: 'HSN 2023-1145',
      startTime: '13:00',
      endTime: '14:30',
      place: 'Järntorget, Lindhagensgatan 98',
      secretary: 'William Stampe',
      previousMeeting: { date: '2024-02-01', approved: true },
      nextMeeting: { date: '2024-06-13', time: '13:00' },
    });
  });

  it('reads all 18 attendees with names wrapped across lines', () => {
    expect(people(m)).toEqual([
      'PRO: Elisabeth Gabrielsson',
      'PRO: Ingrid Hjalmarson',
      'SKPF: Berit Örnevall',
      'SKPF: Gudrun Hammar',
      'SKPF: Ulla Jönsson',
      'SKPF: Owe Landgren',
      'SPF Seniorerna: Christina Gabriella Zaunders',
      'SPF Seniorerna: Ewa Kardell',
      'SPF Seniorerna: Ritva Elg',
      'Förvaltningen: Anders Ahlsson',
      'Förvaltningen: Stefan Strandfeldt',
      'Förvaltningen: Pär Eriksson',
      'Förvaltningen: Malin Håkansson',
      'Förvaltningen: Janne Kautto',
      'Förvaltningen: Fanny Reuter',
      'Förvaltningen: Matilda Hultgren',
      'Förvaltningen: Anna Raczko',
      'Förvaltningen: William Stampe',
    ]);
  });

  it('reads the seven agenda items with wrapped titles and several presenters', () => {
    expect(items(m)).toEqual([
      '1 | Inledning | ',
      '2 | Mötesanteckningar från sammanträdet den 1 februari 2024 | ',
      '3 | Dialog/bevakningslista | Anders Ahlsson',
      '4 | Översyn av vården för patienter med invasivt andningsstöd i hemmet | Stefan Strandfeldt + Pär Eriksson',
      '5 | Prehospital framtidsplan | Malin Håkansson + Janne Kautto',
      '6 | Information om arbetet med målbild för hälso- och sjukvården | Fanny Reuter + Matilda Hultgren + Anna Raczko',
      '7 | Övriga frågor | ',
    ]);
  });

  it('drops page markers and takes pages from them', () => {
    expect(m.text).not.toMatch(/^\s*3 \(5\)\s*$/m);
    const prehospital = m.agendaItems[4]!;
    expect(prehospital.page).toBe(3);
    expect(m.agendaItems[0]!.page).toBe(1);
  });

  it('keeps "1177 fungerar …" as a paragraph, not an agenda item', () => {
    expect(m.agendaItems[4]!.paragraphs.some((p) => p.text.startsWith('1177 fungerar enligt rådet'))).toBe(true);
  });

  it('reads bullet sub-headings of the bevakningslista', () => {
    expect(m.agendaItems[2]!.paragraphs.filter((p) => p.kind === 'subheading').map((p) => p.text)).toEqual([
      'Statliga sektorsbidrag 2024',
      'Politikermöte 14 juni',
      'Underlag yttrande över motion om äldrevaccinationsprogram',
    ]);
  });
});
