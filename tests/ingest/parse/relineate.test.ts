import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { relineate } from '../../../ingest/parse/relineate.js';
import { sampleText, textDocument } from '../../fixtures/sample-minutes.js';

/** The lines with text, as the rest of the parser will see them. */
const printed = (text: string): string[] => text.split(/\n|\f/u).filter((l) => l.trim() !== '');

/** A printed document with each page run together into one line, as text viewers give it. */
const flatten = (text: string): string =>
  text
    .split('\f')
    .map((page) => page.replace(/\s+/gu, ' ').trim())
    .join('\f');

describe('relineate', () => {
  it('leaves text that kept its line breaks as it is', () => {
    for (const year of [2024, 2025] as const) {
      const text = sampleText(year);
      expect(relineate(text)).toEqual({ text, restored: false, sourceLines: [] });
    }
  });

  // Pages run together into one line, as a PDF tool or a web copy gives them, and the lines they must get back.
  it.each([
    {
      what: 'breaks a protokoll page before its labels, keeping each value on its label’s line',
      page:
        'ÅSBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (2) Socialnämnden Sammanträdesdatum 2024-02-06 Plats och tid Rådhuset, sal Ån, tisdagen den 6 februari 2024 kl. 13.00–15.00 ' +
        'Beslutande Anna Berg (S), ordförande Per Lind (M) Ej tjänstgörande ersättare Eva Ek (C) Övriga deltagande Lisa Holm, sekreterare Utses att justera Per Lind ' +
        'Justeringens plats och tid Rådhuset, 2024-02-13 Underskrifter Sekreterare .................. Paragrafer 12–14 Lisa Holm Ordförande .................. Anna Berg ' +
        'ANSLAG/BEVIS Protokollet är justerat. Organ Socialnämnden',
      lines: [
        'ÅSBY KOMMUN',
        'SAMMANTRÄDESPROTOKOLL',
        '1 (2)',
        'Socialnämnden',
        'Sammanträdesdatum 2024-02-06',
        'Plats och tid Rådhuset, sal Ån, tisdagen den 6 februari 2024 kl. 13.00–15.00',
        'Beslutande Anna Berg (S), ordförande Per Lind (M)',
        'Ej tjänstgörande ersättare Eva Ek (C)',
        'Övriga deltagande Lisa Holm, sekreterare',
        'Utses att justera Per Lind',
        'Justeringens plats och tid Rådhuset, 2024-02-13',
        'Underskrifter',
        'Sekreterare ..................',
        'Paragrafer 12–14 Lisa Holm',
        'Ordförande ..................',
        'Anna Berg',
        'ANSLAG/BEVIS',
        'Protokollet är justerat.',
        'Organ Socialnämnden',
      ],
    },
    {
      what: 'starts § items on their own line with the title, but not § references in the text',
      page:
        'Sammanträdesdatum 2024-02-06 § 12 Val av justerare Beslut Nämnden utser Per Lind att justera protokollet. § 13 Dnr SN 2024/0031 Hemtjänstens tider ' +
        'Ärendebeskrivning Förvaltningen redovisar tiderna enligt 4 kap. 1 § SoL. Ett ärende anmäls under § 14. Beslut Nämnden tackar för informationen. ' +
        'Övriga deltagande Sara Ek, controller § 14 Jan Berg, kvalitetsstrateg. § 14 Meddelanden Inga meddelanden har kommit in till nämnden.',
      lines: [
        'Sammanträdesdatum 2024-02-06',
        '§ 12 Val av justerare',
        'Beslut',
        'Nämnden utser Per Lind att justera protokollet.',
        '§ 13 Hemtjänstens tider',
        'Dnr SN 2024/0031',
        'Ärendebeskrivning',
        'Förvaltningen redovisar tiderna enligt 4 kap. 1 § SoL. Ett ärende anmäls under § 14.',
        'Beslut',
        'Nämnden tackar för informationen.',
        'Övriga deltagande Sara Ek, controller § 14 Jan Berg, kvalitetsstrateg.',
        '§ 14 Meddelanden',
        'Inga meddelanden har kommit in till nämnden.',
      ],
    },
    {
      what: 'ends an item’s title where its text begins, and takes the next item number where a list ends',
      page:
        'Ekby kommun Minnesanteckningar Pensionärsrådet (KPR) Tid: tisdagen den 3 mars 2015 kl 10–12 Närvarande: Ola Ek (S) ordförande, Kim Ås (PRO Ekby), ' +
        'Eva Lund (sekreterare) Förhinder: Bo Berg (M) 1) Mötets öppnande Ordföranden hälsar välkommen. 2) Hemtjänst i egen regi och LOV Kim Ås frågar om ' +
        'valfriheten. Svaret är att alla får välja utförare. 3) Nästa möte Tisdag 2015-05-05 kl 10.00. Vid pennan Eva Lund Justeras Kim Ås',
      lines: [
        'Ekby kommun',
        'Minnesanteckningar Pensionärsrådet (KPR)',
        'Tid: tisdagen den 3 mars 2015 kl 10–12',
        'Närvarande: Ola Ek (S) ordförande, Kim Ås (PRO Ekby), Eva Lund (sekreterare)',
        'Förhinder: Bo Berg (M)',
        '1) Mötets öppnande',
        'Ordföranden hälsar välkommen.',
        '2) Hemtjänst i egen regi och LOV',
        'Kim Ås frågar om valfriheten. Svaret är att alla får välja utförare.',
        '3) Nästa möte',
        'Tisdag 2015-05-05 kl 10.00.',
        'Vid pennan Eva Lund',
        'Justeras Kim Ås',
      ],
    },
    {
      what: 'sets a web page’s chrome and bullets apart',
      page:
        'Hoppa över navigering Region Ekland Politik Pensionärsrådet Möte 2023-03-01 Dela Skriv ut Vi använder kakor för att förbättra webbplatsen. Acceptera ' +
        'Pensionärsrådet Möte 2023-03-01 Tid 10:00–12:00 Plats Regionhuset • 1 Mötets öppnande • 2 Val av justerare • 3 Färdtjänst • Ordföranden öppnar mötet. ' +
        '• § 2 Val av justerare • Kim Ås utses att justera protokollet. • Färdtjänsten har fått en ny beställningscentral. Rådet vill ha uppföljning.',
      lines: [
        'Hoppa över navigering',
        'Region Ekland Politik Pensionärsrådet Möte 2023-03-01',
        'Dela',
        'Skriv ut',
        'Vi använder kakor för att förbättra webbplatsen.',
        'Acceptera',
        'Pensionärsrådet Möte 2023-03-01',
        'Tid 10:00–12:00',
        'Plats Regionhuset',
        '• 1 Mötets öppnande',
        '• 2 Val av justerare',
        '• 3 Färdtjänst',
        '• Ordföranden öppnar mötet.',
        '• § 2 Val av justerare',
        '• Kim Ås utses att justera protokollet.',
        '• Färdtjänsten har fått en ny beställningscentral. Rådet vill ha uppföljning.',
      ],
    },
  ])('$what', ({ page, lines }) => {
    const result = relineate(page);
    expect(result.restored).toBe(true);
    expect(printed(result.text)).toEqual(lines);
  });

  it('drops a viewer’s page index and keeps pages and source lines', () => {
    const text = `2 ÖBY KOMMUN PROTOKOLL 2 (3) ${'Rådet diskuterar färdtjänsten. '.repeat(14)}§ 5 Övriga frågor Inga övriga frågor.\nEn rad till.\f3 ÖBY KOMMUN PROTOKOLL 3 (3) § 6 Avslutning ${'Ordföranden tackar alla. '.repeat(12)}`;
    const result = relineate(text);
    const lines = result.text.split(/\n|\f/u);
    expect(lines).toHaveLength(result.sourceLines.length);
    expect(result.text.split('\f')).toHaveLength(2);
    expect(printed(result.text)[0]).toBe('ÖBY KOMMUN');
    const at = (line: string): number => result.sourceLines[lines.indexOf(line)]!;
    expect(at('§ 5 Övriga frågor')).toBe(1);
    expect(at('En rad till.')).toBe(2);
    expect(at('§ 6 Avslutning')).toBe(3);
  });

  it('groups a long run of sentences into paragraphs, never inside an abbreviation or a clock time', () => {
    const sentence = 'Förvaltningen redovisar läget kl. 13.00 och bl.a. väntetiderna för hemtjänst i kommunens ytterområden. ';
    const text = `PROTOKOLL Beslutande Anna Berg (S) Övriga deltagande Lisa Holm Sammanträdesdatum 2024-02-06 § 1 Information ${sentence.repeat(12)}`;
    const lines = printed(relineate(text).text);
    expect(lines.slice(0, 5)).toEqual([
      'PROTOKOLL',
      'Beslutande Anna Berg (S)',
      'Övriga deltagande Lisa Holm',
      'Sammanträdesdatum 2024-02-06',
      '§ 1 Information',
    ]);
    const paragraphs = lines.slice(5);
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const p of paragraphs) {
      expect(p.endsWith('ytterområden.')).toBe(true);
      expect(p.length).toBeLessThan(600);
    }
    expect(paragraphs.join(' ')).toBe(sentence.repeat(12).trim());
  });

  describe.each([
    'sollentuna-kpr-minnesanteckningar.txt',
    'hudiksvall-pensionarsradet-motesanteckningar.txt',
    'norrtalje-kpr-protokoll.txt',
    'vasteras-aldrenamnden-protokoll.txt',
    'gavle-funktionshinderradet-protokoll.txt',
    'region-vasterbotten-rpr-protokoll.txt',
    'ljungby-pensionarsradet-protokoll.txt',
  ])('%s with each page run into one line', (file) => {
    const text = readFileSync(new URL(`../../fixtures/councils/${file}`, import.meta.url), 'utf8');
    const printedMinutes = parseMinutes(textDocument(text, file));
    const flatMinutes = parseMinutes(textDocument(flatten(text), file));

    it('is restored and reads back the same agenda items, body and kind', () => {
      expect(flatMinutes.linesRestored).toBe(true);
      expect(flatMinutes.agendaItems.map((i) => [i.number, i.title])).toEqual(printedMinutes.agendaItems.map((i) => [i.number, i.title]));
      expect({ body: flatMinutes.body, kind: flatMinutes.kind, layout: flatMinutes.layout }).toEqual({
        body: printedMinutes.body,
        kind: printedMinutes.kind,
        layout: printedMinutes.layout,
      });
    });
  });
});
