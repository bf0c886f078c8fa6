import { describe, expect, it } from 'vitest';
import { en, sv } from '../../client/src/i18n/messages.js';
import {
  formatDate,
  formatDateSource,
  formatPeriod,
  initialLang,
  isInferredDate,
  pickLabel,
  translate,
} from '../../client/src/i18n/translate.js';

describe('messages', () => {
  it('has an English text for every Swedish key and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) expect(names(en[key]), key).toEqual(names(sv[key]));
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('sv', 'common.item', { number: 3 })).toBe('Punkt 3');
    expect(translate('en', 'common.item', { number: 3 })).toBe('Item 3');
    expect(translate('sv', 'common.item')).toBe('Punkt {number}');
  });

  it('starts in Swedish unless English was chosen before', () => {
    expect(initialLang(null)).toBe('sv');
    expect(initialLang('de')).toBe('sv');
    expect(initialLang('en')).toBe('en');
  });

  it('picks the label of the language, then the other, then the fallback', () => {
    expect(pickLabel('en', { label_sv: 'Vårdplatser', label_en: 'Hospital beds' }, 'x')).toBe('Hospital beds');
    expect(pickLabel('en', { label_sv: 'Vårdplatser', label_en: null }, 'x')).toBe('Vårdplatser');
    expect(pickLabel('sv', {}, 'vardplatser')).toBe('vardplatser');
  });

  it('formats calendar dates without shifting the day, and periods as readers say them', () => {
    expect(formatDate('sv', '2025-04-10')).toBe('10 april 2025');
    expect(formatDate('en', '2025-04-10')).toBe('10 April 2025');
    expect(formatPeriod('sv', '2025-Q2', '2025-04-10', 'quarter')).toBe('kv. 2 2025');
    expect(formatPeriod('en', '2025-Q2', '2025-04-10', 'quarter')).toBe('Q2 2025');
    expect(formatPeriod('en', '2025', '2025-04-10', 'year')).toBe('2025');
  });

  it('says "odaterat" / "undated" for a meeting without a date, in either language and style', () => {
    expect(formatDate('sv', null)).toBe('odaterat');
    expect(formatDate('en', null)).toBe('undated');
    expect(formatDate('sv', undefined, 'short')).toBe('odaterat');
    expect(formatDate('sv', '')).toBe('odaterat');
    // A dated meeting is never called undated.
    expect(formatDate('sv', '2024-10-10', 'short')).not.toBe('odaterat');
  });

  it('names where a date came from, and only an inferred one is worth a note on the meeting page', () => {
    expect(formatDateSource('sv', 'filename')).toBe('datum från filnamnet');
    expect(formatDateSource('en', 'metadata')).toBe("date from the file's metadata");
    expect(formatDateSource('sv', 'override')).toBe('datum angivet vid uppladdningen');
    expect(formatDateSource('sv', null)).toBeNull();
    expect(isInferredDate('text')).toBe(false);
    expect(isInferredDate(null)).toBe(false);
    expect(['filename', 'metadata', 'override'].every((s) => isInferredDate(s as 'filename'))).toBe(true);
  });
});
