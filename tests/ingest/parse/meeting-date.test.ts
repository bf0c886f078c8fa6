import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyDates, type DateRole } from '../../../ingest/parse/date-roles.js';
import { toLines } from '../../../ingest/parse/lines.js';
import { findMeetingDate, type MeetingDate } from '../../../ingest/parse/meeting-date.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import type { ParseWarning } from '../../../shapes/minutes.schema.js';
import type { SourceDocument } from '../../../shapes/source-document.js';
import { textDocument } from '../../fixtures/sample-minutes.js';

const FILLER = Array.from({ length: 16 }, (_, i) => `Rad ${i + 1} i en lång text om äldreomsorgen i kommunen.`);

/** The roles of the dates in `text`; `late` puts it after a page of prose, out of the document's head. */
function roles(text: string, late = false): Array<[string, DateRole]> {
  const lines = toLines(late ? [...FILLER, '', text].join('\n') : text);
  return classifyDates(lines).map((r) => {
    const line = lines.find((l) => l.no === r.line)!;
    return [line.text.slice(r.mention.index, r.mention.end), r.role];
  });
}

function meetingDate(
  text: string,
  source: Partial<Pick<SourceDocument, 'path' | 'info'>> = {},
): MeetingDate & { codes: string[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const found = findMeetingDate(
    toLines(text),
    { path: source.path ?? 'minnesanteckningar.txt', ...(source.info ? { info: source.info } : {}) },
    warnings,
  );
  return { ...found, codes: warnings.map((w) => w.code), warnings };
}

describe('the role of a date, from the words before it', () => {
  it.each<[string, DateRole]>([
    ['Datum Torsdagen den 10 april 2025', 'meeting'],
    ['Datum: 2025-09-15', 'meeting'],
    ['Sammanträdesdatum 2023-01-17', 'meeting'],
    ['Plats och tid Stadshuset, sal Roslagen, Estunavägen 14, tisdagen den 17 januari 2023 kl 13.30–15.30', 'meeting'],
    ['Tid och plats: Måndag 3 mars 2025 kl. 13.00–15.30, Stadshuset, sal B', 'meeting'],
    ['Dag och tid Torsdag 5 december 2019 kl. 9.00-11.30', 'meeting'],
    ['Tid: tisdagen den 20 maj 2014 kl 13.30–15.30', 'meeting'],
    ['Möte 2023-01-17, kl. 10.00', 'meeting'],
    ['Din position: Hem > Politik > Sammanträde 2007-08-21', 'meeting'],
    ['Justeringens plats och tid Stadshuset, 2023-05-30 kl. 15.00', 'adjustment'],
    ['Justeringsdatum 2023-05-30', 'adjustment'],
    ['Justerat 2023-05-30', 'adjustment'],
    ['Ordföranden föreslår att justeringen sker tisdagen den 24 januari 2023.', 'adjustment'],
    ['Datum för anslags uppsättande 2023-05-31', 'posting'],
    ['Anslaget tas ned 2024-04-19', 'posting'],
    ['Mötesanteckningar från föregående möte den 1 februari 2024 godkänns', 'previous'],
    ['Protokollet från sammanträdet den 22 november 2022 gås igenom.', 'previous'],
    ['Protokollet från den 7 juni 2022 läggs till handlingarna.', 'previous'],
    ['Anteckningarna från mötet den 20 februari 2024 godkänns.', 'previous'],
    ['Nästa möte: 16/9 kl 13.00 i sal Dellen.', 'next'],
    ['Nästa sammanträde hålls tisdagen den 14 mars 2023 kl 13.30.', 'next'],
    ['Senast uppdaterad: 2022-10-10', 'updated'],
    ['Synpunkter lämnas senast den 10 februari 2023.', 'text'],
    ['Färdtjänst får nytt telefonnummer från den 1 mars 2023.', 'text'],
    ['Beslutsunderlag: Tjänsteskrivelse 2024-03-06', 'text'],
    ['Målbildsworkshop hålls den 13 maj.', 'text'],
  ])('%s → %s', (text, role) => {
    expect(roles(text, true).map(([, r]) => r)).toEqual([role]);
  });

  it('reads a value on the line under its label, and a label split over two lines', () => {
    expect(roles('Kommunala pensionärsrådet      Sammanträdesdatum\n                               2023-01-17')).toEqual([
      ['2023-01-17', 'meeting'],
    ]);
    expect(roles('Datum\n2022-09-30\nKlockan\n09:00', true)).toEqual([['2022-09-30', 'meeting']]);
    expect(roles('Justeringens     Kommunhuset, sal B     Paragrafer 42-49\nplats och tid    13 december 2019 kl. 13.15', true)).toEqual([
      ['13 december 2019', 'adjustment'],
    ]);
    expect(
      roles('Datum för anslags   2023-01-25      Datum för anslags   2023-02-16\nuppsättande                          nedtagande', true),
    ).toEqual([
      ['2023-01-25', 'posting'],
      ['2023-02-16', 'posting'],
    ]);
  });

  it('takes a title line, a council line or a bare date as the meeting date only in the head', () => {
    for (const head of [
      'Protokoll från sammanträde 2022-09-13',
      'Minnesanteckningar från mötet den 12 mars 2024',
      'Kommunala pensionärsrådet 10 april 2014',
      'Mötesanteckningar – Pensionärsrådet\nTisdag, 10 juni, 2025',
    ]) {
      expect(
        roles(head).map(([, r]) => r),
        head,
      ).toEqual(['meeting']);
      expect(
        roles(head, true).map(([, r]) => r),
        head,
      ).not.toContain('meeting');
    }
  });

  it('reads a title in the middle of a page run into one line, but not over the previous meeting', () => {
    const page = (date: string): string =>
      `Västerviks kommun Mötesanteckningar – Pensionärsrådet ${date}Kl. 13.00–14.30, Stadshuset Närvarande Eila Malm (S), Bo Ek (M) 1) Inledning Ordföranden öppnar mötet. 2) Anteckningar från föregående möte Anteckningarna från mötet den 9 februari 2021 gås igenom.`;
    expect(roles(page('Tisdag, 29 november, 2022 '))).toEqual([
      ['Tisdag, 29 november, 2022', 'meeting'],
      ['9 februari 2021', 'previous'],
    ]);
    expect(meetingDate(page(''))).toMatchObject({ date: null, dateSource: null });
  });

  it('does not read diary numbers that look like dates', () => {
    expect(roles('MÖTESANTECKNINGAR HSN 2025-0125\nDnr KS 2019/123\nDnr SN 2019-12-03')).toEqual([]);
  });

  it('reads a date repeated in the running head of every page as the meeting date', () => {
    const pages = [1, 2, 3].map(
      (n) => `Äldrenämnden                2024-03-20\n\nParagraf ${n} handlar om budgeten och om personalen i hemtjänsten.`,
    );
    expect(roles([...FILLER, ...pages].join('\n')).map(([, r]) => r)).toEqual(['meeting', 'meeting', 'meeting']);
  });
});

describe('findMeetingDate', () => {
  const PROTOKOLL = [
    'PROTOKOLL',
    'Kommunala pensionärsrådet',
    '',
    'Justeringens plats och tid   Stadshuset, tisdagen den 24 januari 2023',
    'Plats och tid   Stadshuset, sal B, tisdagen den 17 januari 2023 kl 13.30–15.30',
    '',
    '§ 1 Föregående protokoll',
    'Protokollet från sammanträdet den 22 november 2022 läggs till handlingarna.',
    '',
    '§ 2 Färdtjänst',
    'Nya regler gäller från den 1 mars 2023. Synpunkter lämnas senast den 10 februari 2023.',
    '',
    'Nästa sammanträde hålls tisdagen den 14 mars 2023.',
    '',
    'ANSLAG/BEVIS',
    'Sammanträdesdatum   2023-01-17',
    'Datum för anslags uppsättande   2023-01-25',
    'Datum för anslags nedtagande    2023-02-16',
  ].join('\n');

  it("finds the meeting's date among the justering, posting, previous, next and text dates", () => {
    expect(meetingDate(PROTOKOLL)).toMatchObject({ date: '2023-01-17', dateSource: 'text', codes: [] });
  });

  it('settles two month names by the weekday and the meetings before and after, with a warning', () => {
    const text =
      'MÖTESANTECKNINGAR\nRådet\n\nDatum Torsdagen den 11 april februari 2024\n\n2 Mötesanteckningar från föregående möte den 1 februari 2024 godkänns.\n\nNästa möte i rådet hålls den 13 juni, kl. 13:00';
    const found = meetingDate(text);
    expect(found).toMatchObject({ date: '2024-04-11', dateSource: 'text', codes: ['conflicting_month'] });
    expect(found.warnings[0]!.message).toMatch(/2024-04-11 chosen over 2024-02-11: it is a torsdag as written/);
  });

  it('gives a year-less date the year of the same day written in full, or of the meetings around it', () => {
    expect(meetingDate('Kommunala pensionärsrådet 10 april\n\nSammanträdesdatum 2014-04-10')).toMatchObject({
      date: '2014-04-10',
      codes: [],
    });
    expect(meetingDate('Datum Tisdagen den 4 mars\n\nNästa möte hålls den 3 juni 2025.')).toMatchObject({
      date: '2025-03-04',
      codes: ['inferred_year'],
    });
    // A meeting in December whose next meeting is in January: the year before.
    expect(meetingDate('Datum: 9 december\n\nNästa möte: 2025-01-20')).toMatchObject({ date: '2024-12-09', codes: ['inferred_year'] });
    expect(meetingDate('Datum: 9 december', { info: { title: null, created: '2024-12-12' } })).toMatchObject({
      date: '2024-12-09',
      dateSource: 'text',
      codes: ['inferred_year'],
    });
  });

  it('warns when the weekday does not fit the date', () => {
    expect(meetingDate('Datum Måndagen den 10 april 2025').codes).toEqual(['weekday_mismatch']);
  });

  it('takes the date with the strongest cues when two meeting dates disagree, and says so', () => {
    const found = meetingDate(
      'Protokoll från sammanträde 2013-05-21\n\nSammanträdesdatum 2013-05-21\nPlats och tid Stadshuset, 2013-05-12 kl 13',
    );
    expect(found).toMatchObject({ date: '2013-05-21', codes: ['conflicting_dates'] });
    expect(found.warnings[0]!.message).toContain('2013-05-12');
  });

  it('infers the date shortly before the justering when no date is marked as the meeting’s, with a warning', () => {
    const text = [
      'KOMMUNALA PENSIONÄRSRÅDET',
      '',
      'Rådet sammanträdde 2023-01-17 i Stadshuset. Reglerna ändrades 2022-03-01.',
      '',
      'Justerat 2023-01-24',
      'Nästa möte 2023-03-14',
    ].join('\n');
    const found = meetingDate(text);
    expect(found).toMatchObject({ date: '2023-01-17', dateSource: 'text', codes: ['inferred_date'] });
    expect(found.warnings[0]!.message).toContain('7 days before the justering (2023-01-24)');
    // Nothing near the justering: no guess.
    expect(meetingDate('Reglerna ändrades 2022-03-01.\n\nJusterat 2023-01-24')).toMatchObject({
      date: null,
      codes: ['missing_date', 'no_date'],
    });
  });

  describe('when the text has no date', () => {
    const UNDATED = 'MINNESANTECKNINGAR\nPensionärsrådet\n\n1. Mötets öppnande\nOrdföranden öppnar mötet.';

    it('takes the file name, and says so', () => {
      for (const path of ['arkiv/kpr-pensionarsradet-2020-12-07.txt', '2020-12-07_kpr.pdf', 'kpr-20201207.txt', 'kpr-7-dec-2020.txt']) {
        const found = meetingDate(UNDATED, { path });
        expect(found, path).toMatchObject({ date: '2020-12-07', dateSource: 'filename', codes: ['missing_date', 'date_from_filename'] });
        expect(found.warnings[1]!.message, path).toContain(path.replace(/^.*\//, ''));
      }
    });

    it("then the PDF's creation date, and says so", () => {
      const found = meetingDate(UNDATED, { path: 'protokoll.pdf', info: { title: 'Protokoll KPR', created: '2020-12-09' } });
      expect(found).toMatchObject({ date: '2020-12-09', dateSource: 'metadata', codes: ['missing_date', 'date_from_metadata'] });
      expect(found.warnings[1]!.message).toMatch(/creation date/);
      expect(meetingDate(UNDATED, { path: 'kpr-2020-12-07.pdf', info: { title: null, created: '2020-12-09' } })).toMatchObject({
        date: '2020-12-07',
        dateSource: 'filename',
      });
    });

    it('leaves the meeting undated when nothing has a date', () => {
      expect(meetingDate(UNDATED, { path: 'protokoll.pdf', info: { title: null, created: null } })).toMatchObject({
        date: null,
        dateSource: null,
        codes: ['missing_date', 'no_date'],
      });
    });

    it('prefers the text to the file name', () => {
      expect(meetingDate('Datum: 2020-12-08', { path: 'kpr-2020-12-07.txt' })).toMatchObject({
        date: '2020-12-08',
        dateSource: 'text',
        codes: [],
      });
    });
  });

  it('is what parseMinutes records, date and source', () => {
    const m = parseMinutes(
      textDocument('MINNESANTECKNINGAR\nPensionärsrådet\n\n1. Mötets öppnande\nOrdföranden öppnar mötet.\n', 'kpr-2020-12-07.txt'),
    );
    expect(m).toMatchObject({ date: '2020-12-07', dateSource: 'filename' });
    expect(m.warnings.map((w) => w.code)).toContain('date_from_filename');
  });
});

const COUNCILS = fileURLToPath(new URL('../../fixtures/councils/', import.meta.url));
const Truth = z.array(
  z.object({ file: z.string(), date: z.string().nullable(), dateSource: z.enum(['text', 'filename', 'metadata', 'none']) }).passthrough(),
);
const truth = Truth.parse(JSON.parse(readFileSync(`${COUNCILS}truth.json`, 'utf8')));

describe('the date of every council fixture', () => {
  it.each(truth.map((t) => [t.file, t] as const))('%s', (file, t) => {
    const found = meetingDate(readFileSync(`${COUNCILS}${file}`, 'utf8'), { path: `${COUNCILS}${file}` });
    expect({ date: found.date, dateSource: found.dateSource ?? 'none' }).toEqual({ date: t.date, dateSource: t.dateSource });
  });
});
