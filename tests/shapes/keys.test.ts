import { describe, expect, it } from 'vitest';
import { agendaItemKey, bodyKey, meetingId, normaliseKey, organisationKey, personKey, slugify } from '../../shapes/keys.js';

describe('graph keys', () => {
  it('normalises names: NFC, collapsed whitespace, Swedish lower case, diacritics kept', () => {
    expect(personKey('  Anders \n Ahlsson ')).toBe('anders ahlsson');
    expect(personKey('Berit O\u0308rnevall'.normalize('NFD'))).toBe('berit örnevall');
    expect(personKey('Åsa Öberg')).not.toBe(personKey('Asa Oberg'));
    expect(organisationKey('SPF Seniorerna')).toBe(normaliseKey('spf  seniorerna'));
  });

  it('slugs fold å/ä/ö and drop punctuation, for ids', () => {
    expect(slugify('Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen')).toBe(
      'samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen',
    );
    expect(bodyKey('  Rådet för 1177 / Äldre! ')).toBe('radet-for-1177-aldre');
  });

  it('builds meeting and owned-node keys from stable parts', () => {
    const id = meetingId('2025-04-10', 'pensionarsradet');
    expect(id).toBe('2025-04-10_pensionarsradet');
    expect(agendaItemKey(id, 3)).toBe('2025-04-10_pensionarsradet#3');
  });
});
