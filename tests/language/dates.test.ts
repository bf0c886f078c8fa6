import { describe, expect, it } from 'vitest';
import { daysBetween, findDate, findDateInName, findDates, findTimeRange, isoOf, resolveYear, WORD_DATE } from '../../language/dates.js';

/** The date a text names, as `YYYY-MM-DD`, or `--MM-DD` when it has no year. */
function read(text: string): string | null {
  const d = findDate(text);
  if (!d) return null;
  return isoOf(d) ?? `--${String(d.months[0]).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

describe('findDate reads every common Swedish form', () => {
  it.each([
    ['20 maj 2014', '2014-05-20'],
    ['tisdag den 20 maj 2014', '2014-05-20'],
    ['tisdagen den 20 maj 2014', '2014-05-20'],
    ['Tisdag, 20 maj, 2014', '2014-05-20'],
    ['20 maj, 2014', '2014-05-20'],
    ['2014-05-20', '2014-05-20'],
    ['20/5 2014', '2014-05-20'],
    ['20/5/2014', '2014-05-20'],
    ['20/5-2014', '2014-05-20'],
    ['20.5.2014', '2014-05-20'],
    ['Datum och tid: 12.3.2024, kl. 14.00–16.00', '2024-03-12'],
    ['den 3 jan 2020', '2020-01-03'],
    ['4 feb. 2021', '2021-02-04'],
    ['7 sept 2022', '2022-09-07'],
    ['7 sep 2022', '2022-09-07'],
    ['1 okt 2022', '2022-10-01'],
    ['den 1:a mars 2023', '2023-03-01'],
    ['TORSDAG 5 DECEMBER 2019', '2019-12-05'],
    ['den 26 februari 2019 kl. 13:00-16:00', '2019-02-26'],
    ['tisdagen den 20 maj 2014 kl 13.30–15.30', '2014-05-20'],
    ['Möte 2023-01-17, kl. 14.00', '2023-01-17'],
    ['Sammanträde 2007-08-21', '2007-08-21'],
    ['den 29 februari 2024', '2024-02-29'],
    ['Sammanträde 2019-02-26kl. 13:00–16:00', '2019-02-26'],
    ['tisdag 20 maj 2014kl. 13', '2014-05-20'],
    ['Tid 20.5.2014kl.13.30', '2014-05-20'],
  ])('%s → %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it.each([
    ['den 13 juni', '--06-13'],
    ['16/9 kl 13.00', '--09-16'],
    ['torsdag 20 februari', '--02-20'],
  ])('without a year: %s → %s (the year comes from the meeting)', (text, dayMonth) => {
    expect(read(text)).toBe(dayMonth);
    expect(findDate(text)!.year).toBeNull();
  });

  it('keeps the weekday written with the date, and only that one', () => {
    expect(findDate('Tisdag, 20 maj, 2014')).toMatchObject({ weekday: 2, index: 0 });
    expect(findDate('torsdag 20 februari')).toMatchObject({ weekday: 4 });
    expect(findDate('Tisdag. Mötet hölls 20 maj 2014')).toMatchObject({ weekday: null });
    expect(findDate('Torsdagen den 11 april februari 2024')).toMatchObject({ day: 11, months: [4, 2], year: 2024, weekday: 4 });
  });

  it('gives each mention its span in the text', () => {
    const text = 'Justeras den 24 januari 2023, anslag 2023-01-25 och 16/9.';
    expect(findDates(text).map((d) => text.slice(d.index, d.end))).toEqual(['24 januari 2023', '2023-01-25', '16/9']);
  });

  it.each([
    ['2 under 2025.'],
    ['Telefon: 0176-710 00'],
    ['tel 0372-78 90 00'],
    ['070-123 45 67'],
    ['08-123 456 78'],
    ['MÖTESANTECKNINGAR HSN 2025-0125'],
    ['Dnr KS 2019/123'],
    ['Dnr ÄN 2024/00041'],
    ['RV/2021/1422'],
    ['§ 12'],
    ['§§ 22–25'],
    ['Paragrafer 7-13'],
    ['kl 13.30–15.30'],
    ['kl. 10.12'],
    ['13:00'],
    ['omkring 3400–3500 patienter'],
    ['6,5 miljoner kronor'],
    ['31/2 2024'],
    ['den 32 maj 2024'],
    ['2024-13-01'],
    ['version 1.2.3'],
    ['HSN 2025-0125kl'],
    ['2014-05-20klinik'],
  ])('%s is no date', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('reads a day and month with a number that is no year after it', () => {
    expect(read('den 3 maj 1000 deltagare')).toBe('--05-03');
  });
});

describe('WORD_DATE', () => {
  it('tells the part of a combined field that holds the date', () => {
    expect(['Måndag 3 mars 2025 kl. 13.00–15.30', 'Stadshuset', 'sal B'].map((p) => WORD_DATE.test(p))).toEqual([true, false, false]);
  });
});

describe('findDateInName', () => {
  it.each([
    ['arkiv/norrtalje-pensionarsradet-2020-12-07.txt', '2020-12-07'],
    ['2020-12-07_kpr.pdf', '2020-12-07'],
    ['kpr_20201207.pdf', '2020-12-07'],
    ['20201207.txt', '2020-12-07'],
    ['kpr-7-dec-2020.pdf', '2020-12-07'],
    ['protokoll_7_december_2020.pdf', '2020-12-07'],
    ['C:\\arkiv\\2024-04-11-hsn-2023-1145-pensionarsradet.txt', '2024-04-11'],
  ])('%s → %s', (name, iso) => {
    expect(findDateInName(name)).toBe(iso);
  });

  it.each([['tierp-pensionarsradet-anteckningar.txt'], ['hsn-2023-1145.pdf'], ['kpr-16-9.txt'], ['20201399.pdf'], ['mote.2020']])(
    '%s has no date',
    (name) => {
      expect(findDateInName(name)).toBeNull();
    },
  );
});

describe('date arithmetic', () => {
  it('resolves a year-less date before or after a reference, across the new year', () => {
    expect(resolveYear(2, 6, '2025-04-10', 'before')).toBe('2025-02-06');
    expect(resolveYear(12, 6, '2025-04-10', 'before')).toBe('2024-12-06');
    expect(resolveYear(1, 20, '2025-11-10', 'after')).toBe('2026-01-20');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2023-01-17', '2023-01-24')).toBe(7);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-01-24', '2023-01-17')).toBe(-7);
  });
});

describe('findTimeRange', () => {
  it.each([
    ['Kl. 13:00-14:30', '13:00', '14:30'],
    ['kl 9.30–12', '09:30', '12:00'],
    ['Klockan 13.00', '13:00', null],
    ['den 26 februari 2019 kl. 13:00-16:00', '13:00', '16:00'],
    ['tisdagen den 20 maj 2014 kl 13.30–15.30', '13:30', '15:30'],
    ['Torsdag 5 december 2019 kl. 9.00 -11.30', '09:00', '11:30'],
    ['Datum och tid: 12.3.2024, kl. 14.00–16.00', '14:00', '16:00'],
    // The date's own numbers ("05-20") are not a time range.
    ['2014-05-20 kl 13-15', '13:00', '15:00'],
    ['2014-05-20 kl 13', '13:00', null],
  ])('%s → %s–%s', (text, start, end) => {
    expect(findTimeRange(text)).toEqual({ start, end });
  });
});
