import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { sameText } from '../../bench/corpus/recovery.js';
import { TOPIC_TEXTS } from '../../bench/corpus/topic-texts.js';
import type { CorpusTruth } from '../../bench/corpus/truth.schema.js';
import { slimMeetings, type SlimMeeting } from '../../bench/suite/quality/slim-meeting.js';
import { buildJudgedQueries, inflect, type JudgedQuery } from '../../bench/suite/quality/relevance.js';
import { passageKey } from '../../shapes/keys.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { enrichMinutes } from '../../ingest/nlp/enrich.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import { parseMinutes } from '../../ingest/parse/parse-minutes.js';
import { textDocument } from '../fixtures/sample-minutes.js';

const taxonomy = loadTaxonomy();
let truth: CorpusTruth;
let meetings: SlimMeeting[];
let queries: JudgedQuery[];

/** Bodies whose minutes number their items their own way: "3" (samples), "KPR § 7" (protokoll), "§ 7" on a web page; Örebro's committee members ask about gists. */
const BODIES = ['hsn-pensionarsradet', 'eskilstuna-kpr', 'jonkoping-rpr', 'orebro-aldrenamnden'];

beforeAll(async () => {
  // All text: the relevance builder only needs the parsed passages, not the PDF path. Seed 7: committee
  // members there ask about gists the councils also raise (the last test needs one).
  const corpus = generateCorpus({ meetings: 16, bodies: BODIES.length, bodyKeys: BODIES, years: 2, seed: 7, pdfShare: 0, oneLineShare: 0 });
  truth = corpus.truth;
  const full: AnnotatedMeeting[] = [];
  for (const f of corpus.files) full.push(await enrichMinutes(parseMinutes(textDocument(f.text, `/corpus/${f.file}`))));
  meetings = slimMeetings(truth, full);
  queries = buildJudgedQueries(truth, meetings, taxonomy);
});

const passageText = (key: string): string => {
  for (const m of meetings) for (const p of m.passages) if (passageKey(m.id, p.ordinal) === key) return p.text;
  throw new Error(`no passage ${key}`);
};

const exactOf = (q: JudgedQuery): string[] => [...q.relevant].filter(([, g]) => g === 2).map(([k]) => k);
const says = (text: string, gist: string): boolean => text.toLowerCase().includes(gist.toLowerCase());

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

  it('grades the passage that states a planted topic or voices the concern 2, and nothing else', () => {
    const vardplatser = queries.find((q) => q.id.startsWith('topic:vardplatser:'));
    const planted = truth.files.flatMap((f) => f.items.flatMap((i) => i.statements)).filter((s) => s.topics.includes('vardplatser'));
    if (vardplatser && planted.length > 0) {
      const exact = exactOf(vardplatser).map(passageText);
      expect(exact.length).toBeGreaterThan(0);
      for (const text of exact) expect(planted.some((s) => sameText(text, s.text))).toBe(true);
    }
    for (const q of queries.filter((x) => x.kind === 'concern')) {
      const theme = q.id.slice('concern:'.length);
      const raised = truth.files.flatMap((f) => f.concerns).filter((c) => c.theme === theme);
      const exact = exactOf(q).map(passageText);
      expect(exact.length, q.id).toBeGreaterThan(0);
      for (const text of exact) expect(raised.some((c) => sameText(text, c.text)) || says(text, q.text), q.id).toBe(true);
    }
  });

  // Layouts print item numbers their own way ("§ 7" for a planted "7"): a judgment keyed on the
  // number string loses every passage of those layouts.
  it('judges every layout: each planted concern found in its meeting is graded 2 for its theme', () => {
    const byFile = new Map(meetings.map((m) => [m.file, m]));
    const layouts = new Set<string>();
    for (const f of truth.files) {
      const m = byFile.get(f.file)!;
      for (const c of f.concerns) {
        const q = queries.find((x) => x.id === `concern:${c.theme}`)!;
        const p = m.passages.find((x) => sameText(x.text, c.text));
        expect(p, c.id).toBeDefined();
        expect(q.relevant.get(passageKey(m.id, p!.ordinal)), `${f.layout} ${c.id}`).toBe(2);
        layouts.add(f.layout);
      }
    }
    expect(layouts).toEqual(new Set(['council-notes', 'protokoll', 'web']));
  });

  it('grades a committee member asking about a gist 2 for that gist, though the truth records no council concern', () => {
    const asked = truth.files.flatMap((f) =>
      f.items.flatMap((i) =>
        i.statements
          .filter((s) => s.kind === 'information' && s.speaker.type === 'person')
          .flatMap((s) =>
            s.topics.flatMap((topic) => (TOPIC_TEXTS[topic]?.concerns ?? []).filter((g) => says(s.text, g)).map((g) => ({ f, s, g }))),
          ),
      ),
    );
    const judged = asked.filter(({ g }) => queries.some((q) => q.kind === 'concern' && q.text === g));
    expect(judged.length).toBeGreaterThan(0);
    for (const { f, s, g } of judged) {
      expect(f.concerns.some((c) => c.text === s.text)).toBe(false);
      const q = queries.find((x) => x.kind === 'concern' && x.text === g)!;
      const m = meetings.find((x) => x.file === f.file)!;
      const p = m.passages.find((x) => sameText(x.text, s.text))!;
      expect(q.relevant.get(passageKey(m.id, p.ordinal)), s.text).toBe(2);
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
