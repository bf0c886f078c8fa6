import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../ingest/parse/join.js';
import { findDate, findTimeRange, resolveYear } from '../../../language/dates.js';

describe('joinLines', () => {
  it.each([
    ['slutenvårdskap-', 'acitet per invånare', 'slutenvårdskapacitet per invånare'],
    ['hälso-', 'och sjukvårdsförvaltningen', 'hälso- och sjukvårdsförvaltningen'],
    ['välja hem-', 'eller sjukhusvård', 'välja hem- eller sjukhusvård'],
    ['sin ASIH-', 'kapacitet', 'sin ASIH-kapacitet'],
    ['En sam-', 'lad vårdinformationsmiljö', 'En samlad vårdinformationsmiljö'],
    ['Region', 'Stockholm', 'Region Stockholm'],
  ])('%s + %s', (a, b, joined) => {
    expect(joinLines(a, b)).toBe(joined);
  });
});

describe('Swedish dates', () => {
  it('keeps every month of "11 april februari 2024" for the caller to settle', () => {
    expect(findDate('Torsdagen den 11 april februari 2024')).toMatchObject({ day: 11, months: [4, 2], year: 2024, weekday: 4 });
  });

  it('resolves a year-less date before or after a reference', () => {
    expect(resolveYear(2, 6, '2025-04-10', 'before')).toBe('2025-02-06');
    expect(resolveYear(12, 6, '2025-04-10', 'before')).toBe('2024-12-06');
    expect(resolveYear(1, 20, '2025-11-10', 'after')).toBe('2026-01-20');
  });

  it('reads time ranges in the forms minutes use', () => {
    expect(findTimeRange('Kl. 13:00-14:30')).toEqual({ start: '13:00', end: '14:30' });
    expect(findTimeRange('kl 9.30–12')).toEqual({ start: '09:30', end: '12:00' });
    expect(findTimeRange('Klockan 13.00')).toEqual({ start: '13:00', end: null });
  });
});
