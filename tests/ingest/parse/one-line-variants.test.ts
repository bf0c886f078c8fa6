import { describe, expect, it } from 'vitest';
import { enrichMinutes } from '../../../ingest/nlp/enrich.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { relineate } from '../../../ingest/parse/relineate.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { textDocument } from '../../fixtures/sample-minutes.js';

/**
 * Minutes whose pages came as one line each, as PDF tools and web transcripts give them: the
 * page's number at its head, a running foot at its end, the presenter's name and a council's
 * question run into the text, and an attendance list without its line breaks. The fixtures are
 * written here, in the structure of such documents; the people and places are made up.
 */

const FOOT = 'Pensionärsrådet Ljusnarsberg – minnesanteckningar';

const anteckningar = [
  [
    '1 Ljusnarsbergs kommun Omsorgsförvaltningen Minnesanteckningar Kommunala pensionärsrådet, Ljusnarsbergs kommun',
    'Datum och tid: 12.9.2022, kl. 9.30–11.30 Plats: Kommunhuset, sal Orsa',
    'Närvarande Henrik Dalberg (S) ordförande, Sofia Lindh (M), Gösta Ek, PRO Kopparberg, vice ordförande',
    'Berit Holm, PRO Kopparberg Alva Nyberg, SPF Seniorerna Kopparberg Tove Rask, SKPF Kopparberg Kent Lund, ersättare',
    'Maja Forsell, äldrechef Jonas Berg, sekreterare',
    'Punkt 1. Mötets öppnande Ordförande Henrik Dalberg öppnar mötet och hälsar alla välkomna.',
    'Punkt 2. Information från förvaltningen Maja Forsell Hemtjänstens bemanning Personalomsättningen i hemtjänsten har minskat under året.',
    'Rådets fråga om nattpatrullens bemanning Maja förklarar att två nya tjänster har tillsatts sedan förra mötet.',
    'Ett utkast till ny biståndsplan tas fram under hösten.',
    FOOT,
  ].join(' '),
  [
    '2 Punkt 3. Färdtjänst Gösta Ek berättar att ansökningarna om färdtjänst har blivit fler i år.',
    'Punkt 4. Övriga frågor Inga övriga frågor. Nästa möte: 14.11.2022 kl. 9.30 Vid anteckningarna Jonas Berg',
    FOOT,
  ].join(' '),
].join('\f');

const webPage = [
  [
    '1 Gå direkt till sidans innehåll Region Västerhamn Politik och påverkan Meny Sök på webbplatsen',
    'Den här webbplatsen använder kakor. Genom att fortsätta godkänner du att vi använder kakor. OK Läs mer Dela Skriv ut',
    'Funktionshinderrådet – sammanträde Klockan 10:00 Plats Regionhuset, sal Ek Deltagare Visa deltagare',
    'Ledamöter Karin Sjö (S), ordförande Per Alm, DHR, vice ordförande Lisa Berg, Synskadades Riksförbund',
    'Olof Hed, Hörselskadades Riksförbund Nina Ros, FUB Sven Ahl, Reumatikerförbundet Tjänstepersoner Eva Lind, samordnare Tomas Ek, sekreterare',
    'Ärenden § 5 Mötets öppnande - Ordförande Karin Sjö öppnar mötet och hälsar alla välkomna.',
    '§ 6 Hjälpmedel Handläggare: Eva Lind Nya rutiner - Förskrivningen av hjälpmedel ses över under våren.',
    'Rådets fråga angående väntetiden för rullstolar Eva svarar att väntetiden har kortats till tre veckor.',
  ].join(' '),
  [
    '2 § 7 Övriga frågor - Inga övriga frågor anmäls. Kontakta oss Region Västerhamn Telefon: 010-100 00 00',
    'Om webbplatsen Tillgänglighetsredogörelse Senast uppdaterad: 2023-04-02',
  ].join(' '),
].join('\f');

const parse = (text: string, path: string) => parseMinutes(textDocument(text, path));
const names = (m: { attendees: Array<{ name: string }> }): string[] => m.attendees.map((a) => a.name);
const speakerOf = (meeting: AnnotatedMeeting, opening: string): string | null => {
  const passage = meeting.passages.find((p) => p.text.startsWith(opening));
  if (!passage) return null;
  return passage.speaker.type === 'person' ? passage.speaker.name : passage.speaker.type;
};

describe('anteckningar with one line per page', () => {
  const m = parse(anteckningar, 'tests/ljusnarsberg-kpr.txt');

  it('reads the head once the page number before it is gone', () => {
    expect(m.linesRestored).toBe(true);
    expect(m.kind).toBe('motesanteckningar');
    expect(m.body).toBe('Kommunala pensionärsrådet');
    expect(m.municipality).toBe('Ljusnarsbergs kommun');
    expect(m.startTime).toBe('09:30');
    expect(m.secretary).toBe('Jonas Berg');
  });

  it('reads every person of a list that lost its breaks, organisations written before the next name included', () => {
    expect(names(m)).toEqual([
      'Henrik Dalberg',
      'Sofia Lindh',
      'Gösta Ek',
      'Berit Holm',
      'Alva Nyberg',
      'Tove Rask',
      'Kent Lund',
      'Maja Forsell',
      'Jonas Berg',
    ]);
    expect(m.attendees.find((a) => a.name === 'Alva Nyberg')?.organisation).toBe('SPF Seniorerna Kopparberg');
  });

  it('finds the item that opens the second page, and the presenter under a heading', () => {
    expect(m.agendaItems.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Information från förvaltningen'],
      ['3', 'Färdtjänst'],
      ['4', 'Övriga frågor'],
    ]);
    expect(m.agendaItems[1]!.presenters).toEqual(['Maja Forsell']);
    // "Ordförande Henrik Dalberg öppnar …" is a sentence, not a presenter.
    expect(m.agendaItems[0]!.presenters).toEqual([]);
  });

  it('takes the running foot out of the text, and tells the body by it when nothing else does', () => {
    expect(m.text).not.toContain(FOOT);
    const paragraphs = m.agendaItems.flatMap((i) => i.paragraphs.map((p) => p.text));
    expect(paragraphs).toContain('Rådets fråga om nattpatrullens bemanning');
    expect(paragraphs.some((p) => p.startsWith('Maja förklarar att två nya tjänster'))).toBe(true);
  });

  it('gives the presenter, the council and the one who answers their own passages', async () => {
    const meeting = await enrichMinutes(m);
    expect(speakerOf(meeting, 'Hemtjänstens bemanning Personalomsättningen')).toBe('Maja Forsell');
    expect(speakerOf(meeting, 'Rådets fråga om nattpatrullens')).toBe('body');
    expect(speakerOf(meeting, 'Maja förklarar')).toBe('Maja Forsell');
  });
});

/** Unnumbered items, a letterhead and title as long as a sentence, and an attendance list grouped under headings. */
const groupedList = [
  [
    'Mörtfors kommun Vård och omsorg Anteckningar från kommunala pensionärsrådets möte i Mörtfors',
    'Datum: Onsdagen den 8 mars 2023 Tid: kl. 13.00–15.00 Plats: Kommunhuset, Mörtfors, sal Ljungan',
    'Närvarande: Politiker Greta Ulvsand (S), ordförande Nils Brandt (M), ersättare Per Olof Rydh (C)',
    'PRO Mörtfors Ingela Sand, vice ordförande Bertil Frost Maj Ekstam Harald Borg, ersättare',
    'SPF Seniorerna Mörtfors Ruth Lindvall Ester Hage, ersättare SKPF Mörtfors Elof Granqvist',
    'RPG Vera Tallgren Sigrid Malm Tjänstepersoner Hanna Vikberg, äldreomsorgschef Tor Ekdahl, sekreterare',
    'Välkommen Ordförande Greta Ulvsand öppnar mötet och hälsar alla välkomna. Hemtjänsten Hanna Vikberg berättar',
    'att hemtjänsten har fått fler brukare under vintern. Nästa möte: 10.5.2023 kl. 13.00 Vid pennan Tor Ekdahl',
  ].join(' '),
].join('\f');

describe('anteckningar without numbered items, their attendance grouped under headings, one line per page', () => {
  const m = parse(groupedList, 'tests/mortfors-kpr.txt');

  it('reads the head although the letterhead and title ran together into a line as long as a sentence', () => {
    expect(m.place).toBe('Kommunhuset, Mörtfors, sal Ljungan');
    expect(m.startTime).toBe('13:00');
    expect(m.attendees.length).toBeGreaterThan(0);
  });

  it('cuts names printed one to a line into people, and gives each the heading they stand under', () => {
    expect(m.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Greta Ulvsand', 'S'],
      ['Nils Brandt', 'M'],
      ['Per Olof Rydh', 'C'],
      ['Ingela Sand', 'PRO Mörtfors'],
      ['Bertil Frost', 'PRO Mörtfors'],
      ['Maj Ekstam', 'PRO Mörtfors'],
      ['Harald Borg', 'PRO Mörtfors'],
      ['Ruth Lindvall', 'SPF Seniorerna Mörtfors'],
      ['Ester Hage', 'SPF Seniorerna Mörtfors'],
      ['Elof Granqvist', 'SKPF Mörtfors'],
      ['Vera Tallgren', 'RPG'],
      ['Sigrid Malm', 'RPG'],
      ['Hanna Vikberg', null],
      ['Tor Ekdahl', null],
    ]);
    const role = (name: string) => m.attendees.find((a) => a.name === name)?.role;
    expect([role('Greta Ulvsand'), role('Ingela Sand'), role('Maj Ekstam'), role('Harald Borg'), role('Hanna Vikberg')]).toEqual([
      'ordförande',
      'vice ordförande',
      null,
      'ersättare',
      'äldreomsorgschef',
    ]);
  });

  it("keeps an organisation with a place after a name as that person's, not as another person", () => {
    const flat = [
      'Datum: 8.3.2023 Plats: Kommunhuset, sal Ljungan',
      'Närvarande: Ulla Brand (S) ordförande Olle Hage SKPF Norra Mörtfors, Eva Sand (M) ersättare Rune Frost PRO Södra Mörtfors,',
      'Lisa Ek (V) ersättare, Bo Ahl (KD), Kai Berg, sekreterare 1. Mötets öppnande Ordföranden öppnar mötet och hälsar alla välkomna till dagens möte här.',
      '2. Information från förvaltningen Kai Berg berättar att hemtjänsten har fått fler brukare under vintern och att',
      'bemanningen har ökat i samma takt. Rådet frågar hur nattpatrullen ska bemannas under sommaren.',
      '3. Övriga frågor Inga övriga frågor anmäls. Vid pennan Kai Berg',
    ].join(' ');
    const read = parse(flat, 'tests/mortfors-kpr-2.txt');
    expect(read.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ulla Brand', 'S'],
      ['Olle Hage', 'SKPF Norra Mörtfors'],
      ['Eva Sand', 'M'],
      ['Rune Frost', 'PRO Södra Mörtfors'],
      ['Lisa Ek', 'V'],
      ['Bo Ahl', 'KD'],
      ['Kai Berg', null],
    ]);
  });
});

describe('a web meeting page with one line per page', () => {
  const m = parse(webPage, 'tests/vasterhamn-funktionshinderradet.txt');

  it('reads the page as the platform printed it', () => {
    expect(m.layout).toBe('web');
    expect(m.body).toBe('Funktionshinderrådet');
    expect(m.agendaItems.map((i) => [i.number, i.title])).toEqual([
      ['§ 5', 'Mötets öppnande'],
      ['§ 6', 'Hjälpmedel'],
      ['§ 7', 'Övriga frågor'],
    ]);
  });

  it('reads members whose organisation stands before the next name', () => {
    expect(names(m)).toEqual(['Karin Sjö', 'Per Alm', 'Lisa Berg', 'Olof Hed', 'Nina Ros', 'Sven Ahl', 'Eva Lind', 'Tomas Ek']);
    expect(m.attendees.find((a) => a.name === 'Lisa Berg')?.organisation).toBe('Synskadades Riksförbund');
    expect(m.warnings.filter((w) => w.code === 'unrecognised_attendee')).toEqual([]);
  });

  it('takes the names after "Handläggare:" as the presenter, and a dash as a list item', () => {
    const item = m.agendaItems[1]!;
    expect(item.presenters).toEqual(['Eva Lind']);
    expect(item.paragraphs.some((p) => p.kind === 'bullet' && p.text.startsWith('Förskrivningen av hjälpmedel'))).toBe(true);
    expect(m.agendaItems[0]!.paragraphs[0]!.text).toBe('Ordförande Karin Sjö öppnar mötet och hälsar alla välkomna.');
  });
});

describe('a web meeting page printed line by line', () => {
  const text = [
    'Hoppa över navigering',
    'Region Västerhamn',
    'Meny',
    'Logga in',
    'Din position: Startsida > Nämnder och råd > Pensionärsrådet > Möte 2023-02-10',
    'Pensionärsrådet Möte 2023-02-10',
    'Datum 2023-02-10',
    'Deltagare',
    'Beslutande ledamöter:',
    'Lars Vik (S) (Ordförande)',
    'Britt Sand (PRO)',
    'Övriga närvarande:',
    'Agnes Strand (Regiondirektör)',
    'Dagordning',
    '•',
    '1',
    'Mötets öppnande',
    '•',
    '2',
    'Vårdplatser',
    'Protokoll',
    '•',
    'Ordförande Lars Vik öppnar mötet.',
    '•',
    'Föredragande: Agnes Strand',
    'Vårdplatsläget',
    'Beläggningen har legat över målet hela vintern.',
    'Rådets fråga angående hur patienter som väntar på plats informeras',
    'Agnes svarar att en broschyr tas fram.',
    'Kontakta oss',
    'Om webbplatsen',
  ].join('\n');
  const m = parse(text, 'tests/vasterhamn-pr.txt');

  it('takes a labelled presenter out of the item text', () => {
    expect(m.agendaItems.map((i) => i.title)).toEqual(['Mötets öppnande', 'Vårdplatser']);
    expect(m.agendaItems[1]!.presenters).toEqual(['Agnes Strand']);
    expect(m.agendaItems[1]!.paragraphs.map((p) => p.text).join(' ')).not.toContain('Föredragande');
  });

  it('attributes the presentation to the presenter', async () => {
    const meeting = await enrichMinutes(m);
    expect(speakerOf(meeting, 'Beläggningen har legat')).toBe('Agnes Strand');
    expect(speakerOf(meeting, 'Agnes svarar')).toBe('Agnes Strand');
  });
});

describe('page edges of flattened pages', () => {
  // A page long enough, and with enough labels and headings in it, to be told as one that lost its breaks.
  const REPORT =
    'Förvaltningen redovisar läget i verksamheten under det gångna kvartalet. Antalet ansökningar har ökat något. ' +
    'Väntetiderna har varit oförändrade. Personalen har fått utbildning i de nya rutinerna under våren. ' +
    'Ett nytt verksamhetssystem införs efter sommaren och rådet får en genomgång vid nästa möte. ' +
    'Frågor om taxorna besvaras skriftligt.';
  const page = (n: number, end: string, foot: string): string =>
    `${n} Beslutande Anna Berg (S), Olle Ek (M) Plats och tid: Rådhuset kl. 13.00 § ${n} Rapport ${REPORT} ${end} ${foot}`.trim();

  it('takes a foot that every page repeats as a running foot, and not a sentence two pages end with by chance', () => {
    const withFoot = relineate(
      [
        page(1, 'Rapporten tas emot.', 'Justerandes sign Utdragsbestyrkande'),
        page(2, 'Rådet tackar för informationen.', 'Justerandes sign Utdragsbestyrkande'),
      ].join('\f'),
    );
    expect(withFoot.restored).toBe(true);
    expect(withFoot.running?.texts).toEqual(['Justerandes sign Utdragsbestyrkande']);
    const byChance = relineate(
      [page(1, 'Den första rapporten läggs till handlingarna.', ''), page(2, 'Den andra rapporten läggs till handlingarna.', '')].join(
        '\f',
      ),
    );
    expect(byChance.restored).toBe(true);
    expect(byChance.running?.texts).toEqual([]);
    expect(byChance.text.match(/läggs till handlingarna\./gu)).toHaveLength(2);
  });

  it('drops a page number where it is the page’s own, and keeps a number that is not', () => {
    const pages = relineate([page(1, '', ''), page(2, '', ''), page(7, '', '')].join('\f')).text.split('\f');
    expect(pages.map((p) => p.trimStart().split(/\s+/u)[0])).toEqual(['Beslutande', 'Beslutande', '7']);
  });
});
