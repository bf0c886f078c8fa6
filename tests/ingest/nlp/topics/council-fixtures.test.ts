import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../../language/topics/taxonomy.js';
import { TopicTagger, aggregateTopics } from '../../../../ingest/nlp/topics/topic-tagger.js';

// Other councils' layouts (tests/fixtures/councils) with the topics a reader gives each meeting.
const DIR = fileURLToPath(new URL('../../../fixtures/councils/', import.meta.url));
const truth = JSON.parse(readFileSync(`${DIR}truth.json`, 'utf8')) as { file: string; topics: string[] }[];

let tagger: TopicTagger;
beforeAll(async () => {
  tagger = await TopicTagger.create(loadTaxonomy());
});

/**
 * The tagger alone, without the parser: the text's paragraphs (blank-line blocks; bullets and
 * § marks start one in web exports) tagged and aggregated as a meeting's passages are.
 */
function fileTopics(file: string): Set<string> {
  const paragraphs = readFileSync(`${DIR}${file}`, 'utf8')
    .split(/\n\s*\n|\n(?=[•§])/)
    .filter((p) => p.trim() !== '');
  return new Set(aggregateTopics(paragraphs.map((p) => tagger.tag(p))).map((t) => t.slug));
}

describe("topics of other councils' minutes", () => {
  it.each(truth.map((t) => [t.file, t.topics] as const))('%s: finds the topics a reader gives it', (file, topics) => {
    const found = fileTopics(file);
    const missing = topics.filter((slug) => !found.has(slug));
    // A topic named only by a word that is everywhere in these councils' minutes ("äldre") may be missed.
    expect(missing.length, `missing ${missing.join(', ')}`).toBeLessThanOrEqual(1);
  });

  it('finds nearly every topic over all the files', () => {
    const wanted = truth.flatMap((t) => t.topics.map((slug) => [t.file, slug] as const));
    const found = new Map(truth.map((t) => [t.file, fileTopics(t.file)]));
    const hits = wanted.filter(([file, slug]) => found.get(file)!.has(slug)).length;
    expect(hits / wanted.length).toBeGreaterThanOrEqual(0.95);
  });
});
