import { describe, expect, it } from 'vitest';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { writeMeetings } from '../../../graph/write/write-meetings.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { annotate } from '../../fixtures/annotated/annotate.js';
import { buildMinutes } from '../../fixtures/annotated/build-minutes.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';
import { snapshotGraph } from '../graph-snapshot.js';

const g = useSchemaGraph({ fresh: 'clear' });

const meeting = (date: string, previousMeetingDate: string | null, body?: string): AnnotatedMeeting =>
  annotate(
    buildMinutes({
      date,
      body,
      previousMeetingDate,
      attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
      items: [{ title: 'Inledning', paragraphs: [`Mötet den ${date} öppnas.`] }],
    }),
  );

const JAN = meeting('2025-01-10', null);
const FEB = meeting('2025-02-14', '2025-01-10');
const MAR = meeting('2025-03-20', '2025-02-14');
const MAY = meeting('2025-05-05', '2025-04-01'); // approves a meeting that is not in the graph
const OTHER = meeting('2025-02-01', '2025-01-10', 'Annat råd'); // same dates, another body

const dateOf = (id: unknown) => String(id).slice(0, 10);

async function writeAll(meetings: AnnotatedMeeting[]) {
  for (const m of meetings) await writeMeeting(g.executor, m);
}

async function links(type: 'FOLLOWS' | 'APPROVES_NOTES_OF') {
  const rows = await g.executor.read(`MATCH (a:Meeting)-[:${type}]->(b:Meeting) RETURN a.id AS from, b.id AS to ORDER BY from`);
  return rows.map((row) => `${dateOf(row.from)}→${dateOf(row.to)}`);
}

describe('per-body chronology', () => {
  it('chains each body\u2019s meetings later→earlier, never across bodies', async () => {
    await writeAll([JAN, FEB, MAR, MAY, OTHER]);
    expect(await links('FOLLOWS')).toEqual(['2025-02-14→2025-01-10', '2025-03-20→2025-02-14', '2025-05-05→2025-03-20']);
  });

  it('gives the same graph whatever order the files arrive in', async () => {
    await writeAll([JAN, FEB, MAR, MAY, OTHER]);
    const inOrder = await snapshotGraph(g.executor);
    for (const order of [
      [MAY, MAR, OTHER, FEB, JAN],
      [FEB, MAY, JAN, OTHER, MAR],
    ]) {
      await g.graph.clear();
      await writeAll(order);
      expect(await snapshotGraph(g.executor)).toEqual(inOrder);
    }
  });

  it('gives the same graph when the meetings come in batches (one statement for new ones), in any order', async () => {
    await writeAll([JAN, FEB, MAR, MAY, OTHER]);
    const inOrder = await snapshotGraph(g.executor);
    // A batch of new meetings is written in one statement, each linked as it comes: MAR then FEB
    // between JAN and MAY already in the graph must end as one chain, as one meeting at a time does.
    for (const [first, batch] of [
      [[], [MAY, MAR, OTHER, FEB, JAN]],
      [
        [JAN, MAY],
        [MAR, FEB, OTHER],
      ],
    ] as const) {
      await g.graph.clear();
      await writeAll([...first]);
      const entries = await writeMeetings(g.executor, [...batch]);
      expect(entries.map((e) => (e.ok ? e.result.status : 'failed'))).toEqual(batch.map(() => 'created'));
      expect(await snapshotGraph(g.executor)).toEqual(inOrder);
    }
  });

  it('links APPROVES_NOTES_OF to the previous meeting of the same body, also when it arrives later', async () => {
    await writeAll([MAR, FEB, OTHER]);
    expect(await links('APPROVES_NOTES_OF')).toEqual(['2025-03-20→2025-02-14']);
    await writeAll([JAN, MAY]);
    expect(await links('APPROVES_NOTES_OF')).toEqual(['2025-02-14→2025-01-10', '2025-03-20→2025-02-14']);
  });

  it('keeps two councils of one name in two municipalities apart: two bodies, two chains', async () => {
    const council = (date: string, municipality: string) =>
      annotate(
        buildMinutes({
          date,
          body: 'Kommunala pensionärsrådet',
          municipality,
          attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
          items: [{ title: 'Inledning', paragraphs: [`Mötet den ${date} öppnas.`] }],
        }),
      );
    await writeAll([
      council('2025-01-10', 'Norrtälje kommun'),
      council('2025-01-10', 'Österåkers kommun'),
      council('2025-02-14', 'Österåkers kommun'),
      council('2025-02-14', 'Norrtälje kommun'),
    ]);

    const bodies = await g.executor.read(
      `MATCH (b:Body) RETURN b.key AS key, b.name AS name, b.municipality AS municipality, b.displayName AS displayName,
              COLLECT { MATCH (b)<-[:OF_BODY]-(m) RETURN m.id ORDER BY m.id } AS meetings ORDER BY key`,
    );
    expect(bodies).toEqual([
      {
        key: 'kommunala-pensionarsradet-norrtalje-kommun',
        name: 'Kommunala pensionärsrådet',
        municipality: 'Norrtälje kommun',
        displayName: 'Kommunala pensionärsrådet, Norrtälje kommun',
        meetings: ['2025-01-10_kommunala-pensionarsradet-norrtalje-kommun', '2025-02-14_kommunala-pensionarsradet-norrtalje-kommun'],
      },
      {
        key: 'kommunala-pensionarsradet-osterakers-kommun',
        name: 'Kommunala pensionärsrådet',
        municipality: 'Österåkers kommun',
        displayName: 'Kommunala pensionärsrådet, Österåkers kommun',
        meetings: ['2025-01-10_kommunala-pensionarsradet-osterakers-kommun', '2025-02-14_kommunala-pensionarsradet-osterakers-kommun'],
      },
    ]);
    const chain = await g.executor.read('MATCH (a:Meeting)-[:FOLLOWS]->(b:Meeting) RETURN a.id AS later, b.id AS earlier ORDER BY later');
    expect(chain).toEqual([
      { later: '2025-02-14_kommunala-pensionarsradet-norrtalje-kommun', earlier: '2025-01-10_kommunala-pensionarsradet-norrtalje-kommun' },
      {
        later: '2025-02-14_kommunala-pensionarsradet-osterakers-kommun',
        earlier: '2025-01-10_kommunala-pensionarsradet-osterakers-kommun',
      },
    ]);
  });

  it('moves a meeting re-read with its municipality to the new body; the old body goes when left empty', async () => {
    const kpr = (date: string, municipality: string | null) =>
      annotate(
        buildMinutes({
          date,
          body: 'Kommunala pensionärsrådet',
          municipality,
          path: `/arkiv/kpr-${date}.txt`,
          attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
          items: [{ title: 'Inledning', paragraphs: [`Mötet den ${date} öppnas.`] }],
        }),
      );
    const bodies = async () =>
      g.executor.read(
        'MATCH (b:Body) RETURN b.key AS key, COLLECT { MATCH (b)<-[:OF_BODY]-(m) RETURN m.id ORDER BY m.id } AS meetings ORDER BY key',
      );
    await writeAll([kpr('2025-01-10', null), kpr('2025-02-14', null)]);
    expect(await links('FOLLOWS')).toEqual(['2025-02-14→2025-01-10']);

    expect((await writeMeeting(g.executor, kpr('2025-01-10', 'Norrtälje kommun'))).status).toBe('replaced');
    expect(await bodies()).toEqual([
      { key: 'kommunala-pensionarsradet', meetings: ['2025-02-14_kommunala-pensionarsradet'] },
      { key: 'kommunala-pensionarsradet-norrtalje-kommun', meetings: ['2025-01-10_kommunala-pensionarsradet-norrtalje-kommun'] },
    ]);
    expect(await links('FOLLOWS')).toEqual([]);

    expect((await writeMeeting(g.executor, kpr('2025-02-14', 'Norrtälje kommun'))).status).toBe('replaced');
    expect(await bodies()).toEqual([
      {
        key: 'kommunala-pensionarsradet-norrtalje-kommun',
        meetings: ['2025-01-10_kommunala-pensionarsradet-norrtalje-kommun', '2025-02-14_kommunala-pensionarsradet-norrtalje-kommun'],
      },
    ]);
    expect(await links('FOLLOWS')).toEqual(['2025-02-14→2025-01-10']);
  });

  it('relinks the neighbours when a meeting is inserted between two others', async () => {
    await writeAll([JAN, MAR]);
    expect(await links('FOLLOWS')).toEqual(['2025-03-20→2025-01-10']);
    await writeAll([FEB]);
    expect(await links('FOLLOWS')).toEqual(['2025-02-14→2025-01-10', '2025-03-20→2025-02-14']);
  });
});
