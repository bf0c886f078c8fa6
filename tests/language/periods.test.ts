import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../language/periods.js';

const end = (text: string, reference = '2025-04-10'): string | null => findPeriod(text, reference)?.end ?? null;

describe('findPeriod', () => {
  it('reads a month as its last day, in the year it next ends', () => {
    expect(end('kan läsas i maj')).toBe('2025-05-31');
    expect(end('redovisas i februari')).toBe('2026-02-28');
    expect(end('senast i april')).toBe('2025-04-30');
    expect(end('återkommer i mars 2024')).toBe('2024-03-31');
    expect(end('i slutet av februari 2028')).toBe('2028-02-29');
  });

  it('reads a season as its last month', () => {
    expect(end('delas efter beslut hösten 2025')).toBe('2025-11-30');
    expect(end('ses över under hösten')).toBe('2025-11-30');
    expect(end('klart till sommaren', '2025-09-01')).toBe('2026-08-31');
    expect(end('redovisas i höst')).toBe('2025-11-30');
    expect(end('vintern 2025')).toBe('2026-02-28');
    expect(end('uppföljning efter sommaren')).toBe('2025-09-30');
  });

  it('reads next year and its beginning', () => {
    expect(end('redovisas i början av nästa år')).toBe('2026-03-31');
    expect(end('genomförs nästa år')).toBe('2026-12-31');
  });

  it('takes the first period named', () => {
    expect(end('kan läsas i maj, och slutversionen delas hösten 2025')).toBe('2025-05-31');
  });

  it('finds none where none is named', () => {
    expect(end('i vår kommun')).toBeNull();
    expect(end('hösten har varit svår')).toBeNull();
    expect(end('Maja informerar')).toBeNull();
    expect(end('mötet hölls den 3 maj')).toBeNull();
  });
});
