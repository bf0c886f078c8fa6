import { describe, expect, it } from 'vitest';
import { ConstraintError } from '../../../graph/db/errors.js';
import type { GraphExecutor } from '../../../graph/db/executor.js';
import { personKey } from '../../../shapes/keys.js';
import { ensureSchema } from '../../../graph/db/schema.js';
import { EmbedderMismatchError, MeetingValidationError } from '../../../graph/write/errors.js';
import type { GraphExecutorLike, StatementRunner } from '../../../graph/db/ports.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { annotate } from '../../fixtures/annotated/annotate.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { SAMPLE_2024_ID, SAMPLE_2025_ID } from '../../fixtures/annotated/samples.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';
import { snapshotGraph } from '../graph-snapshot.js';

const g = useSampleGraph({ fresh: 'clear' });

const SHARED_ATTENDEES = [
  'Anders Ahlsson',
  'Ingrid Hjalmarson',
  'Gudrun Hammar',
  'Owe Landgren',
  'Ewa Kardell',
  'Fanny Reuter',
  'William Stampe',
];

async function writeBoth(order: 'forward' | 'reverse' = 'forward') {
  const meetings = order === 'forward' ? [g.sample2024, g.sample2025] : [g.sample2025, g.sample2024];
  return [await writeMeeting(g.executor, meetings[0]!), await writeMeeting(g.executor, meetings[1]!)];
}

/** The 2025 sample as if its source had been edited: one paragraph reworded, item 5 and Sven Erik Wånell gone. */
function edited2025(): AnnotatedMeeting {
  const minutes = g.sample2025.minutes;
  const items = minutes.agendaItems
    .filter((item) => item.ordinal !== 5)
    .map((item) =>
      item.ordinal !== 3
        ? item
        : {
            ...item,
            paragraphs: item.paragraphs.map((p, i) => (i === 0 ? { ...p, text: 'Rådet frågar om antalet vårdplatser i regionen.' } : p)),
          },
    );
  return annotate({
    ...minutes,
    source: { ...minutes.source, sha256: 'f'.repeat(64) },
    attendees: minutes.attendees.filter((a) => a.name !== 'Sven Erik Wånell'),
    agendaItems: items,
  });
}

describe('writeMeeting with the two sample minutes', () => {
  it('writes two meetings of one body in chronological FOLLOWS order', async () => {
    const results = await writeBoth();
    expect(results.map((r) => r.status)).toEqual(['created', 'created']);
    const chain = await g.executor.read(
      'MATCH (later:Meeting)-[:FOLLOWS]->(earlier:Meeting) RETURN later.id AS later, earlier.id AS earlier',
    );
    expect(chain).toEqual([{ later: SAMPLE_2025_ID, earlier: SAMPLE_2024_ID }]);
    const bodies = await g.executor.read('MATCH (m:Meeting)-[:OF_BODY]->(b:Body) RETURN DISTINCT b.key AS body, count(m) AS meetings');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.meetings).toBe(2);
  });

  it('links attendees with their organisation, and a person at both meetings is one node', async () => {
    await writeBoth();
    const attendance = await g.executor.read(
      `MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
       RETURN m.id AS meeting, count(p) AS people, collect(p.name + '|' + a.organisationName) AS who`,
    );
    const byMeeting = Object.fromEntries(attendance.map((row) => [row.meeting, row]));
    expect(byMeeting[SAMPLE_2024_ID]!.people).toBe(g.sample2024.minutes.attendees.length);
    expect(byMeeting[SAMPLE_2025_ID]!.people).toBe(g.sample2025.minutes.attendees.length);
    expect(byMeeting[SAMPLE_2025_ID]!.who).toEqual(
      expect.arrayContaining(['Karin Nilsson|Förvaltningen', 'Sven Erik Wånell|PRO', 'Owe Landgren|SKPF']),
    );
    const remote = await g.executor.read(
      'MATCH (p:Person)-[a:ATTENDED {remote: true}]->(m:Meeting) RETURN p.name AS name, m.id AS meeting',
    );
    expect(remote).toEqual([{ name: 'Karin Nilsson', meeting: SAMPLE_2025_ID }]);

    const shared = await g.executor.read(
      `MATCH (p:Person) WHERE p.name IN $names
       RETURN p.name AS name, count { (p)-[:ATTENDED]->(:Meeting) } AS meetings`,
      { names: SHARED_ATTENDEES },
    );
    expect(shared).toHaveLength(SHARED_ATTENDEES.length);
    expect(shared.every((row) => row.meetings === 2)).toBe(true);
    const people = await g.executor.read('MATCH (p:Person) RETURN count(p) AS n');
    expect(people[0]!.n).toBe(18 + 9 - SHARED_ATTENDEES.length);
  });

  it('writes 13 agenda items in order with their presenters, the secretary, and passages under items', async () => {
    await writeBoth();
    const items = await g.executor.read(
      `MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)
       RETURN m.id AS meeting, i.ordinal AS ordinal, i.title AS title,
              COLLECT { MATCH (p:Person)-[:PRESENTED]->(i) RETURN p.name ORDER BY p.name } AS presenters
       ORDER BY m.date, i.ordinal`,
    );
    expect(items).toHaveLength(13);
    expect(items.filter((i) => i.meeting === SAMPLE_2024_ID)).toHaveLength(7);
    expect(items.find((i) => i.meeting === SAMPLE_2024_ID && i.ordinal === 4)!.presenters).toEqual(['Pär Eriksson', 'Stefan Strandfeldt']);
    expect(items.find((i) => i.meeting === SAMPLE_2025_ID && i.ordinal === 4)).toMatchObject({
      title: 'Förändringar genom Omställningsplan vårdval',
      presenters: ['Karin Nilsson'],
    });

    const secretaries = await g.executor.read('MATCH (p:Person)-[:SECRETARY_OF]->(m:Meeting) RETURN p.name AS name, count(m) AS meetings');
    expect(secretaries).toEqual([{ name: 'William Stampe', meetings: 2 }]);

    const passages = await g.executor.read(
      `MATCH (p:Passage) RETURN count(p) AS all, count { MATCH (p)<-[:HAS_PASSAGE]-(:AgendaItem)<-[:HAS_ITEM]-(:Meeting) } AS linked`,
    );
    const expected = g.sample2024.passages.length + g.sample2025.passages.length;
    const linked = await g.executor.read(
      'MATCH (:Meeting)-[:HAS_ITEM]->(:AgendaItem)-[:HAS_PASSAGE]->(p:Passage) RETURN count(DISTINCT p) AS n',
    );
    expect(passages[0]!.all).toBe(expected);
    expect(linked[0]!.n).toBe(expected);
  });

  it('keeps provenance: offsets and page on passages, source path and sha256 on the meeting, the embedder', async () => {
    await writeBoth();
    const [row] = await g.executor.read(
      `MATCH (m:Meeting {id: $id})-[:HAS_ITEM]->(:AgendaItem {ordinal: 3})-[:HAS_PASSAGE]->(p:Passage)
       RETURN m.sourcePath AS path, m.sourceSha256 AS sha, m.embedderId AS embedder, m.embedderDimensions AS dimensions,
              p.start AS start, p.end AS end, p.page AS page, p.text AS text, size(p.embedding) AS vector
       ORDER BY p.ordinal LIMIT 1`,
      { id: SAMPLE_2025_ID },
    );
    expect(row).toMatchObject({
      path: g.sample2025.minutes.source.path,
      sha: g.sample2025.minutes.source.sha256,
      dimensions: FIXTURE_DIMENSIONS,
      vector: FIXTURE_DIMENSIONS,
    });
    expect(g.sample2025.minutes.text.slice(row!.start as number, row!.end as number)).toBe(row!.text);
  });
});

describe('idempotence and order', () => {
  it('re-ingesting the same sources changes nothing and reports unchanged', async () => {
    await writeBoth();
    const before = await snapshotGraph(g.executor);
    const again = await writeBoth();
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await snapshotGraph(g.executor)).toEqual(before);
  });

  it('files in reverse order give the same graph, FOLLOWS chain included', async () => {
    await writeBoth('forward');
    const forward = await snapshotGraph(g.executor);
    await g.graph.clear();
    await writeBoth('reverse');
    expect(await snapshotGraph(g.executor)).toEqual(forward);
  });
});

describe('replacement of a changed source', () => {
  it('replaces items and passages, leaves nothing stale, and keeps shared people', async () => {
    await writeBoth();
    const result = await writeMeeting(g.executor, edited2025());
    expect(result.status).toBe('replaced');

    const items = await g.executor.read('MATCH (:Meeting {id: $id})-[:HAS_ITEM]->(i) RETURN count(i) AS n', { id: SAMPLE_2025_ID });
    expect(items[0]!.n).toBe(5);
    const allItems = await g.executor.read('MATCH (i:AgendaItem) RETURN count(i) AS n');
    expect(allItems[0]!.n).toBe(12);
    const passages = await g.executor.read('MATCH (p:Passage {meetingId: $id}) RETURN p.key AS key, p.text AS text', {
      id: SAMPLE_2025_ID,
    });
    const expectedKeys = edited2025().passages.map((p) => `${SAMPLE_2025_ID}#${p.ordinal}`);
    expect(passages.map((p) => p.key).sort()).toEqual(expectedKeys.sort());
    expect(passages.some((p) => String(p.text).startsWith('Rådet frågar om antalet vårdplatser'))).toBe(true);
    expect(passages.some((p) => String(p.text).includes('Rådets fråga angående status slutenvårdsplatser'))).toBe(false);
    const orphans = await g.executor.read('MATCH (p:Passage) WHERE NOT (p)<-[:HAS_PASSAGE]-() RETURN count(p) AS n');
    expect(orphans[0]!.n).toBe(0);

    // Sven Erik Wånell attended only the 2025 meeting: no meeting refers to him any more.
    const sven = await g.executor.read('MATCH (p:Person {key: $key}) RETURN p', { key: personKey('Sven Erik Wånell') });
    expect(sven).toEqual([]);
    // Shared people survive with their other meeting.
    const anders = await g.executor.read('MATCH (p:Person {key: $key})-[:ATTENDED]->(m) RETURN m.id AS id ORDER BY id', {
      key: personKey('Anders Ahlsson'),
    });
    expect(anders.map((r) => r.id)).toEqual([SAMPLE_2024_ID, SAMPLE_2025_ID]);
    // Fanny Reuter presented the dropped item 5 in 2025: that PRESENTED is gone, the 2024 one stays.
    const fanny = await g.executor.read('MATCH (:Person {key: $key})-[:PRESENTED]->(i) RETURN i.key AS key', {
      key: personKey('Fanny Reuter'),
    });
    expect(fanny.map((r) => r.key)).toEqual([`${SAMPLE_2024_ID}#6`]);
  });

  it('gives the same graph as writing the changed meeting into an empty graph', async () => {
    await writeBoth();
    await writeMeeting(g.executor, edited2025());
    const replaced = await snapshotGraph(g.executor);
    await g.graph.clear();
    await writeMeeting(g.executor, g.sample2024);
    await writeMeeting(g.executor, edited2025());
    expect(await snapshotGraph(g.executor)).toEqual(replaced);
  });

  it('retracts roles and REPRESENTS that only the old version supported', async () => {
    const withRole = annotate({
      ...g.sample2025.minutes,
      attendees: g.sample2025.minutes.attendees.map((a) => (a.name === 'Owe Landgren' ? { ...a, role: 'ordförande' } : a)),
    });
    await writeMeeting(g.executor, g.sample2024);
    await writeMeeting(g.executor, withRole);
    const roles = () => g.executor.read('MATCH (p:Person {key: $key}) RETURN p.roles AS roles', { key: personKey('Owe Landgren') });
    expect((await roles())[0]!.roles).toEqual(['ordförande']);

    const moved = annotate({
      ...g.sample2025.minutes,
      source: { ...g.sample2025.minutes.source, sha256: 'e'.repeat(64) },
      attendees: g.sample2025.minutes.attendees.map((a) => (a.name === 'Owe Landgren' ? { ...a, organisation: 'PRO' } : a)),
    });
    await writeMeeting(g.executor, moved);
    expect((await roles())[0]!.roles).toEqual([]);
    // Each REPRESENTS is backed by a meeting's fact: PRO by the edited 2025 meeting, SKPF by 2024.
    const represents = await g.executor.read(
      `MATCH (p:Person {key: $key})-[:REPRESENTS]->(o)
       RETURN o.key AS organisation, COLLECT { MATCH (m:Meeting) WHERE (p.key + '|' + o.key) IN m.representsFacts RETURN m.id ORDER BY m.id } AS meetings
       ORDER BY organisation`,
      { key: personKey('Owe Landgren') },
    );
    expect(represents).toEqual([
      { organisation: 'pro', meetings: [SAMPLE_2025_ID] },
      { organisation: 'skpf', meetings: [SAMPLE_2024_ID] },
    ]);
  });
});

describe('concerns, follow-ups and speakers', () => {
  /** The 2025 sample with a council concern and a follow-up owned by Anders Ahlsson, as the NLP stage would add. */
  const withFindings = (): AnnotatedMeeting => {
    const council = { type: 'body' as const, key: g.sample2025.bodyKey, name: 'Rådet' };
    const question = g.sample2025.passages.find((p) => p.text.startsWith('Rådets fråga angående status slutenvårdsplatser'))!;
    const promise = g.sample2025.passages.find((p) => p.text.startsWith('Frågan lyfts och diskuteras'))!;
    return {
      ...g.sample2025,
      passages: g.sample2025.passages.map((p) =>
        p.ordinal === question.ordinal ? { ...p, speaker: council, kind: 'council_question' } : p,
      ),
      concerns: [
        { ordinal: 1, itemOrdinal: 3, passageOrdinal: question.ordinal, text: question.text, gist: 'vårdplatser', topics: ['vardplatser'] },
      ],
      followUps: [
        {
          ordinal: 1,
          itemOrdinal: 3,
          passageOrdinal: promise.ordinal,
          text: promise.text,
          owner: { type: 'person', key: personKey('Anders Ahlsson'), name: 'Anders Ahlsson' },
          due: '2025-06-12',
          status: 'open',
        },
      ],
    };
  };

  it('links concerns, follow-ups and body speakers, and a replacement without them removes them', async () => {
    await writeMeeting(g.executor, withFindings());
    const [row] = await g.executor.read(
      `MATCH (c:Concern)-[:RAISED_IN]->(i:AgendaItem), (c)-[:ABOUT]->(t:Topic)
       MATCH (f:FollowUp)-[:PROMISED_IN]->(i), (f)-[:OWNED_BY]->(owner:Person)
       MATCH (:Passage {key: c.passageKey})-[:SPOKEN_BY]->(speaker:Body)
       RETURN i.ordinal AS item, t.slug AS topic, owner.name AS owner, f.due AS due, speaker.key AS speaker`,
    );
    expect(row).toEqual({ item: 3, topic: 'vardplatser', owner: 'Anders Ahlsson', due: '2025-06-12', speaker: g.sample2025.bodyKey });
    // topic links carry what search's topic indexes read: the topic, and a passage's score or a concern's key
    const links = await g.executor.read<{ from: string; right: boolean }>(
      `MATCH (s)-[a:ABOUT]->(t:Topic) WHERE s:Passage OR s:Concern
       RETURN labels(s)[0] AS from,
              a.topic = t.slug AND CASE WHEN s:Concern THEN a.concern = s.key ELSE a.score IS NOT NULL END AS right`,
    );
    expect(new Set(links.map((l) => l.from))).toEqual(new Set(['Passage', 'Concern']));
    expect(links.every((l) => l.right)).toBe(true);

    await writeMeeting(g.executor, {
      ...g.sample2025,
      minutes: { ...g.sample2025.minutes, source: { ...g.sample2025.minutes.source, sha256: 'd'.repeat(64) } },
    });
    const left = await g.executor.read('MATCH (n) WHERE n:Concern OR n:FollowUp RETURN count(n) AS n');
    expect(left[0]!.n).toBe(0);
    const spoken = await g.executor.read('MATCH ()-[r:SPOKEN_BY|OWNED_BY]->() RETURN count(r) AS n');
    expect(spoken[0]!.n).toBe(0);
  });
});

/**
 * Wraps the real g.executor so that, inside the real transaction, a statement that breaks a real
 * uniqueness constraint runs right after the passages are written: Neo4j itself fails the
 * transaction half-way through the meeting.
 */
function failingAfterPassages(real: GraphExecutor): GraphExecutorLike {
  return {
    read: real.read.bind(real),
    write: (work) =>
      real.write((tx) => {
        const faulty: StatementRunner = {
          run: async (cypher, params, map) => {
            const rows = await tx.run(cypher, params, map);
            if (cypher.includes('MERGE (p:Passage')) await tx.run('CREATE (:Meeting {id: $id})', { id: SAMPLE_2024_ID });
            return rows;
          },
        };
        return work(faulty);
      }),
  };
}

describe('a failure in the middle of a meeting', () => {
  it('leaves no part of a new meeting, and the next run completes', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const before = await snapshotGraph(g.executor);
    await expect(writeMeeting(failingAfterPassages(g.executor), g.sample2025)).rejects.toBeInstanceOf(ConstraintError);
    expect(await snapshotGraph(g.executor)).toEqual(before);

    expect((await writeMeeting(g.executor, g.sample2025)).status).toBe('created');
    expect((await snapshotGraph(g.executor)).counts.Meeting).toBe(2);
  });

  it('leaves the previous version of a replaced meeting whole', async () => {
    await writeBoth();
    const before = await snapshotGraph(g.executor);
    await expect(writeMeeting(failingAfterPassages(g.executor), edited2025())).rejects.toBeInstanceOf(ConstraintError);
    expect(await snapshotGraph(g.executor)).toEqual(before);
  });
});

describe('validation at the edge', () => {
  it('rejects a record whose references do not resolve, writing nothing', async () => {
    const broken: AnnotatedMeeting = {
      ...g.sample2025,
      passages: g.sample2025.passages.map((p, i) =>
        i === 0 ? { ...p, speaker: { type: 'person', key: 'nobody', name: 'Nobody' }, itemOrdinal: 99 } : p,
      ),
    };
    const error = await writeMeeting(g.executor, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeetingValidationError);
    expect((error as MeetingValidationError).issues.map((i) => i.code).sort()).toEqual(['unknown_item', 'unknown_person']);
    expect((await snapshotGraph(g.executor)).nodes).toEqual([]);
  });

  it('rejects vectors of another size than the vector index, before any meeting recorded an embedder', async () => {
    await ensureSchema(g.executor, { dimensions: FIXTURE_DIMENSIONS }); // records the size again after clear()
    const small = annotate(g.sample2024.minutes);
    const shrunk: AnnotatedMeeting = {
      ...small,
      passages: small.passages.map((p) => ({ ...p, embedding: p.embedding!.slice(0, 8) })),
      embedder: { id: 'small-model', dimensions: 8 },
    };
    await expect(writeMeeting(g.executor, shrunk)).rejects.toThrow(/32 dimensions.*"small-model" \(8 dimensions\).*npm run reindex/);
  });

  it('rejects vectors of another embedder than the graph holds, naming the reindex command', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const other: AnnotatedMeeting = {
      ...g.sample2025,
      embedder: { id: 'another-model', dimensions: FIXTURE_DIMENSIONS },
    };
    await expect(writeMeeting(g.executor, other)).rejects.toThrow(EmbedderMismatchError);
    await expect(writeMeeting(g.executor, other)).rejects.toThrow(/npm run reindex/);
    const meetings = await g.executor.read('MATCH (m:Meeting) RETURN count(m) AS n');
    expect(meetings[0]!.n).toBe(1);
  });
});
