import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphReader } from '../../../graph/db/ports.js';
import { hybridSearch, type RankedHit } from '../../../graph/search/hybrid-search.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { SearchFilters, SearchMode } from '../../../shapes/api/index.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { SAMPLE_BODY_KEY } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';
import { detailsOf, fixtureEmbedder, itemName } from './search-fixtures.js';

/**
 * The filters of the one search path (graph/search/passage-filters.ts), in every mode, against what
 * the graph records of each passage: its meeting's date and body, its topics, who speaks or is
 * mentioned in it, who presented its item, and whom those people represent.
 */
const g = useSampleGraph();

/**
 * A second council that took up part of the 2024 meeting's ambulance item the same day: a body to
 * tell apart. Part only, so that vector mode can still rank every passage (at most 100).
 */
const OTHER_BODY = 'tillganglighetsradet';
function otherCouncil(m: AnnotatedMeeting): AnnotatedMeeting {
  return {
    ...m,
    id: `${m.minutes.date}_${OTHER_BODY}`,
    bodyKey: OTHER_BODY,
    minutes: {
      ...m.minutes,
      body: 'Tillgänglighetsrådet',
      source: { ...m.minutes.source, path: `${m.minutes.source.path}.other`, sha256: 'f'.repeat(64) },
    },
    passages: m.passages.filter((p) => p.itemOrdinal === 5).slice(0, 6),
    concerns: [],
    followUps: [],
  };
}

interface PassageFacts {
  item: string;
  date: string | null;
  body: string;
  topics: string[];
  /** People and organisations the passage is spoken by or mentions. */
  people: string[];
  organisations: string[];
}
interface Facts {
  passages: Map<string, PassageFacts>;
  presenters: Map<string, string[]>;
  represents: Map<string, string[]>;
}

async function readFacts(executor: GraphReader): Promise<Facts> {
  const passages = await executor.read<PassageFacts & { key: string }>(
    `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p:Passage)
     RETURN p.key AS key, i.key AS item, toString(m.date) AS date, m.bodyKey AS body,
            [(p)-[:ABOUT]->(t:Topic) | t.slug] AS topics,
            [(p)-[:SPOKEN_BY|MENTIONS]->(x:Person) | x.key] AS people,
            [(p)-[:SPOKEN_BY|MENTIONS]->(o:Organisation) | o.key] AS organisations`,
  );
  const pairs = (cypher: string) => executor.read<{ from: string; to: string[] }>(cypher);
  const presenters = await pairs('MATCH (x:Person)-[:PRESENTED]->(i:AgendaItem) RETURN i.key AS from, collect(x.key) AS to');
  const represents = await pairs('MATCH (x:Person)-[:REPRESENTS]->(o:Organisation) RETURN x.key AS from, collect(o.key) AS to');
  return {
    passages: new Map(passages.map(({ key, ...f }) => [key, f])),
    presenters: new Map(presenters.map((r) => [r.from, r.to])),
    represents: new Map(represents.map((r) => [r.from, r.to])),
  };
}

/** What the filters promise (shapes/api/search.ts), written out over the facts. */
function passes(facts: Facts, key: string, f: SearchFilters): boolean {
  const p = facts.passages.get(key)!;
  const any = (have: readonly string[], wanted: readonly string[] | undefined) => !wanted?.length || have.some((x) => wanted.includes(x));
  const presenters = facts.presenters.get(p.item) ?? [];
  const representedBy = (people: readonly string[]) => people.flatMap((person) => facts.represents.get(person) ?? []);
  return (
    (f.from === undefined || (p.date !== null && p.date >= f.from)) &&
    (f.to === undefined || (p.date !== null && p.date <= f.to)) &&
    (f.body === undefined || p.body === f.body) &&
    any(p.topics, f.topics) &&
    any([...p.people, ...presenters], f.people) &&
    any([...p.organisations, ...representedBy([...p.people, ...presenters])], f.organisations)
  );
}

const CASES: SearchFilters[] = [
  { from: '2025-01-01' },
  { to: '2024-12-31' },
  { from: '2024-04-11', to: '2024-04-11' },
  { body: OTHER_BODY },
  { body: SAMPLE_BODY_KEY },
  { topics: ['vardplatser'] },
  { topics: ['vardplatser', 'prehospital'] },
  { people: ['karin nilsson'] },
  { people: ['anders ahlsson'] },
  { people: ['karin nilsson', 'malin håkansson'] },
  { organisations: ['förvaltningen'] },
  { organisations: ['skpf'] },
  { organisations: ['pro', 'förvaltningen'] },
  { organisations: ['förvaltningen'], to: '2024-12-31', body: OTHER_BODY },
  { people: ['anders ahlsson'], topics: ['vardplatser'], from: '2025-01-01' },
];

let facts: Facts;
beforeAll(async () => {
  await writeMeeting(g.executor, g.sample2024);
  await writeMeeting(g.executor, g.sample2025);
  await writeMeeting(g.executor, otherCouncil(g.sample2024));
  facts = await readFacts(g.executor);
});

const search = async (q: string, mode: SearchMode, filters: SearchFilters = {}, depth?: number): Promise<RankedHit[]> =>
  (await hybridSearch(g.executor, fixtureEmbedder, { q, mode, depth, ...filters })).hits;

/** Deep enough for every passage either ranking can find here (vector mode ranks at most 100). */
const EVERYTHING = { fulltext: 1000, vector: 100 } as const;
const DEPTH = 10;

describe('search filters', () => {
  it('has a graph the cases can tell apart', () => {
    expect(facts.passages.size).toBeLessThanOrEqual(EVERYTHING.vector);
    for (const f of CASES) {
      const passing = [...facts.passages.keys()].filter((key) => passes(facts, key, f)).length;
      if (f.organisations?.[0] !== 'skpf') expect(passing, JSON.stringify(f)).toBeGreaterThan(0);
      expect(passing, JSON.stringify(f)).toBeLessThan(facts.passages.size);
    }
  });

  for (const mode of ['fulltext', 'vector'] as const) {
    it(`${mode}: a filtered ranking is the whole ranking's passing passages, best first, as deep as asked`, async () => {
      for (const q of ['vård', 'ambulans']) {
        const whole = await search(q, mode, {}, EVERYTHING[mode]);
        for (const f of CASES) {
          const expected = whole.filter((h) => passes(facts, h.passageKey, f)).slice(0, DEPTH);
          expect(await search(q, mode, f, DEPTH), `${q} ${JSON.stringify(f)}`).toEqual(expected);
        }
      }
    });
  }

  it('hybrid: every hit passes, and a filter that lets some full-text hit through leaves hits', async () => {
    for (const q of ['vård', 'ambulans']) {
      const text = await search(q, 'fulltext', {}, EVERYTHING.fulltext);
      for (const f of CASES) {
        const hits = await search(q, 'hybrid', f);
        expect(
          hits.every((h) => passes(facts, h.passageKey, f)),
          `${q} ${JSON.stringify(f)}`,
        ).toBe(true);
        if (text.some((h) => passes(facts, h.passageKey, f))) expect(hits.length, `${q} ${JSON.stringify(f)}`).toBeGreaterThan(0);
      }
    }
  });

  it('fills a filtered ranking from beyond the unfiltered depth', async () => {
    const head = await search('vård', 'fulltext', {}, DEPTH);
    const f: SearchFilters = { people: ['karin nilsson'] };
    const filtered = await search('vård', 'fulltext', f, DEPTH);
    expect(filtered.length).toBeGreaterThan(head.filter((h) => passes(facts, h.passageKey, f)).length);
  });

  it('finds people and organisations where they speak, are mentioned or presented', async () => {
    const items = async (q: string, mode: SearchMode, f: SearchFilters) =>
      new Set((await detailsOf(g.executor, await search(q, mode, f))).map(itemName));
    // Karin Nilsson presented 2025 item 4 only.
    expect(await items('vårdval', 'fulltext', { people: ['karin nilsson'] })).toEqual(new Set(['2025#4']));
    for (const mode of ['fulltext', 'vector', 'hybrid'] as const) {
      // SKPF's people presented nothing and are mentioned nowhere in these fixtures.
      expect(await search('vård', mode, { organisations: ['skpf'] }), mode).toEqual([]);
      // The ambulance item was presented by two people of the administration.
      expect(await items('ambulans', mode, { organisations: ['förvaltningen'] }), mode).toContain('2024#5');
    }
  });

  it('tells councils apart by body', async () => {
    const other = await detailsOf(g.executor, await search('ambulans', 'hybrid', { body: OTHER_BODY }));
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((d) => d.meeting.id === `2024-04-11_${OTHER_BODY}`)).toBe(true);
    const samples = await detailsOf(g.executor, await search('ambulans', 'hybrid', { body: SAMPLE_BODY_KEY }));
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.some((d) => d.meeting.id.endsWith(OTHER_BODY))).toBe(false);
  });
});
