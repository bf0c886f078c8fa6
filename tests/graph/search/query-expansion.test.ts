import { describe, expect, it } from 'vitest';
import { defaultAbbreviationTable } from '../../../language/abbreviations.js';
import { TaxonomySchema } from '../../../language/topics/taxonomy.js';
import { expandQuery } from '../../../graph/search/query-expansion.js';

describe('expandQuery', () => {
  it('widens a topic named by an inflected word with its aliases and keywords, not with the word itself', () => {
    const expanded = expandQuery('vårdplatser');
    expect(expanded.words).toEqual(['vårdplatser']);
    expect(expanded.topics).toEqual(['vardplatser']);
    expect(expanded.topicNames).toEqual(['vardplatser']);
    expect(expanded.expansions).toEqual(expect.arrayContaining(['slutenvårdsplatser', 'vårdplats']));
    expect(expanded.expansions).not.toContain('vårdplatser');
  });

  it('gives an abbreviation its long form and a long form its abbreviation', () => {
    expect(expandQuery('ASIH').expansions).toContain('avancerad sjukvård i hemmet');
    expect(expandQuery('avancerad sjukvård i hemmet').expansions).toContain('asih');
  });

  it('names no topic outright when the query says more than the topics', () => {
    const expanded = expandQuery('väntetiderna på akutmottagningarna för äldre');
    expect(expanded.topics).toEqual(['akutsjukvard', 'tillganglighet', 'aldre']);
    expect(expanded.topicNames).toEqual([]);
  });

  it('widens a sentence only with abbreviations, a short query or a topic name of any length with the topics it names', () => {
    const sentence = expandQuery('väntetiderna på akutmottagningarna för äldre');
    expect(sentence.topics).toEqual(['akutsjukvard', 'tillganglighet', 'aldre']);
    expect(sentence.expansions).toEqual([]);
    expect(expandQuery('väntetider på ASIH för äldre').expansions).toEqual(['avancerad sjukvård i hemmet']);
    // Two words, two topics: both widen it.
    const two = expandQuery('vårdplatser hemsjukvård');
    expect(two.topicNames).toEqual([]);
    expect(two.expansions).toEqual(expect.arrayContaining(['slutenvårdsplatser', 'sjukvård i hemmet']));
    // Three words that are one topic's alias.
    const alias = expandQuery('nära vård i kommunen');
    expect(alias.topicNames).toEqual(['nara-vard']);
    expect(alias.expansions).toEqual(expect.arrayContaining(['närakut', 'fast vårdkontakt']));
  });

  it('reads each taxonomy it is given, and gives the same answer when asked again', () => {
    const topic = { label_en: 'Libraries', description: '', weakKeywords: [], parent: null };
    const own = TaxonomySchema.parse({
      version: 1,
      topics: [{ ...topic, slug: 'bibliotek', label_sv: 'Bibliotek', aliases: ['bokbussen'], keywords: ['bibliotek', 'boklån'] }],
    });
    const other = TaxonomySchema.parse({
      version: 1,
      topics: [{ ...topic, slug: 'lasning', label_sv: 'Läsning', aliases: ['läsfrämjande'], keywords: ['bibliotek'] }],
    });
    const abbreviations = defaultAbbreviationTable();
    const first = expandQuery('bibliotek', { taxonomy: own, abbreviations });
    expect(first.topics).toEqual(['bibliotek']);
    expect(first.expansions).toEqual(['bokbussen', 'boklån']);
    expect(expandQuery('bibliotek', { taxonomy: own, abbreviations })).toEqual(first);
    expect(expandQuery('bibliotek', { taxonomy: other, abbreviations }).topics).toEqual(['lasning']);
  });
});
