import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { sameText } from '../../bench/corpus/recovery.js';
import type { CorpusTruth } from '../../bench/corpus/truth.schema.js';
import { slimMeeting, type SlimMeeting } from '../../bench/suite/quality/slim-meeting.js';
import { buildJudgedQueries, inflect, type JudgedQuery } from '../../bench/suite/quality/relevance.js';
import { passageKey } from '../../shapes/keys.js';
import { enrichMinutes } from '../../ingest/nlp/enrich.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { parseMinutes } from '../../ingest/parse/parse-minutes.js';
import { textDocument } from '../fixtures/sample-minutes.js';

const taxonomy = loadTaxonomy();
let truth: CorpusTruth;
let meetings: SlimMeeting[];
let queries: JudgedQuery[];

beforeAll(async () => {
  // All text: the relevance builder only needs the parsed passages, not the PDF path.
  const corpus = generateCorpus({ meetings: 12, bodies: 1, years: 2, seed: 5, pdfShare: 0 });
  truth = corpus.truth;
  meetings = [];
  for (const f of corpus.files) meetings.push(slimMeeting(await enrichMinutes(parseMinutes(textDocument(f.text, `/corpus/${f.file}`)))));
  queries = buildJudgedQueries(truth, meetings, taxonomy);
});

const passageText = (key: string): string => {
  for (const m of meetings) for (const p of m.passages) if (passageKey(m.id, p.ordinal) === key) return p.text;
  throw new Error(`no passage ${key}`);
};

describe('buildJudgedQueries', () => {
  it('makes topic and concern queries, each with passages that exist', () => {
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['topic-alias', 'topic-inflected', 'concern']));
    for (const q of queries) {
      expect(q.relevant.size, q.id).toBeGreaterThan(0);
      expect(
        [...q.relevant.values()].every((g) => g === 1 || g === 2),
        q.id,
      ).toBe(true);
      for (const key of q.relevant.keys()) expect(() => passageText(key)).not.toThrow();
    }
  });

  it('phrases topic queries as users would: never the label, inflected forms not in the taxonomy', () => {
    for (const q of queries.filter((x) => x.kind !== 'concern')) {
      const topic = taxonomy.topics.find((t) => q.id === `topic:${t.slug}:alias` || q.id === `topic:${t.slug}:inflected`)!;
      expect(q.text.toLowerCase()).not.toBe(topic.label_sv.toLowerCase());
      if (q.kind === 'topic-inflected') expect(topic.keywords).not.toContain(q.text);
    }
  });

  it('grades the passage that states a planted topic or raises a planted concern 2', () => {
    const vardplatser = queries.find((q) => q.id.startsWith('topic:vardplatser:'));
    const planted = truth.files.flatMap((f) => f.items.flatMap((i) => i.statements)).filter((s) => s.topics.includes('vardplatser'));
    if (vardplatser && planted.length > 0) {
      const exact = [...vardplatser.relevant].filter(([, g]) => g === 2).map(([k]) => passageText(k));
      expect(exact.length).toBeGreaterThan(0);
      for (const text of exact) expect(planted.some((s) => sameText(text, s.text))).toBe(true);
    }
    for (const q of queries.filter((x) => x.kind === 'concern')) {
      const theme = q.id.slice('concern:'.length);
      const raised = truth.files.flatMap((f) => f.concerns).filter((c) => c.theme === theme);
      const exact = [...q.relevant].filter(([, g]) => g === 2).map(([k]) => passageText(k));
      expect(exact.length, q.id).toBeGreaterThan(0);
      for (const text of exact)
        expect(
          raised.some((c) => sameText(text, c.text)),
          q.id,
        ).toBe(true);
    }
  });
});

describe('inflect', () => {
  it('gives a definite form', () => {
    expect(inflect('vårdplats')).toBe('vårdplatsen');
    expect(inflect('närakut')).toBe('närakuten');
    expect(inflect('kompetens')).toBe('kompetensen');
    expect(inflect('vårdcentrale')).toBe('vårdcentralen');
  });
});
