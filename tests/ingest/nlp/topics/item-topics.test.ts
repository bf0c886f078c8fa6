import { describe, expect, it } from 'vitest';
import { itemTopics, leadingTopics } from '../../../../ingest/nlp/topics/item-topics.js';

const passage = (...topics: Array<[string, number]>) => ({ topics: topics.map(([slug, score]) => ({ slug, score })), heading: false });
const heading = (...topics: Array<[string, number]>) => ({ ...passage(...topics), heading: true });
const slugs = (topics: ReadonlyArray<{ slug: string }>): string[] => topics.map((t) => t.slug);

describe('leadingTopics', () => {
  it('keeps the topics a passage is about and drops the ones it mentions in passing', () => {
    expect(
      slugs(
        leadingTopics([
          { slug: 'vaccination', score: 0.66 },
          { slug: 'aldre', score: 0.45 },
        ]),
      ),
    ).toEqual(['vaccination']);
  });

  it('keeps topics of like weight together', () => {
    expect(
      slugs(
        leadingTopics([
          { slug: 'vaccination', score: 0.46 },
          { slug: 'aldre', score: 0.45 },
        ]),
      ),
    ).toEqual(['vaccination', 'aldre']);
  });

  it('gives nothing for a passage without topics', () => {
    expect(leadingTopics([])).toEqual([]);
  });
});

describe('itemTopics', () => {
  it('does not make a passing mention in a long item one of its topics', () => {
    const topics = itemTopics(
      [{ slug: 'beredskap', score: 0.98 }],
      [
        passage(['beredskap', 0.7]),
        passage(['beredskap', 0.72], ['akutsjukvard', 0.63]),
        passage(['akutsjukvard', 0.62]),
        passage(['beredskap', 0.48]),
      ],
    );
    expect(slugs(topics)).toEqual(['beredskap']);
  });

  it('keeps every topic of like weight, as in an item with a sub-heading per matter', () => {
    const topics = itemTopics(
      [],
      [heading(['vardval', 0.58]), passage(['vardval', 0.7]), heading(['1177', 0.8], ['tillganglighet', 0.53]), passage(['1177', 0.43])],
    );
    expect(slugs(topics).sort()).toEqual(['1177', 'vardval']);
  });

  it('keeps a topic the title names even when the passages say more about others', () => {
    const topics = itemTopics(
      [{ slug: 'tillganglighet', score: 0.55 }],
      [passage(['vard-i-hemmet', 0.9]), passage(['vardplatser', 0.9]), passage(['vard-i-hemmet', 0.8])],
    );
    expect(slugs(topics)).toContain('tillganglighet');
  });

  it('gives nothing to an item without topics', () => {
    expect(itemTopics([], [passage(), passage()])).toEqual([]);
  });
});
