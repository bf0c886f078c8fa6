import { describe, expect, it } from 'vitest';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { writeMeetings } from '../../../graph/write/write-meetings.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { annotate } from '../../fixtures/annotated/annotate.js';
import { buildMinutes, type MinutesSpec } from '../../fixtures/annotated/build-minutes.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';
import { snapshotGraph } from '../graph-snapshot.js';

/**
 * Minutes with no date anywhere are written whole, as an undated meeting outside the body's
 * chronology, and are replaced like any other meeting when their date is set or their file edited.
 */

const g = useSchemaGraph({ fresh: 'clear' });

const UNDATED_PATH = '/fixtures/arkiv/protokoll-utan-datum.txt';

const dated = (date: string, previousMeetingDate: string | null = null): AnnotatedMeeting =>
  annotate(
    buildMinutes({
      date,
      previousMeetingDate,
      attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
      items: [{ title: 'Inledning', paragraphs: [`Mötet den ${date} öppnas.`] }],
    }),
  );

const undatedSpec = (overrides: Partial<MinutesSpec> = {}): MinutesSpec => ({
  date: null,
  path: UNDATED_PATH,
  attendees: [
    { name: 'Ada Ek', organisation: 'PRO' },
    { name: 'Bo Lind', organisation: 'SPF Seniorerna', remote: true },
  ],
  secretary: 'Ada Ek',
  previousMeetingDate: '2025-01-10',
  items: [
    {
      title: 'Vårdplatser',
      presenters: ['Bo Lind'],
      paragraphs: ['Bo Lind berättar om vårdplatser i sommar.', 'Rådet oroas över bristen på vårdplatser.'],
    },
    {
      title: 'Ambulans',
      paragraphs: ['Ambulansen kommer fram senare på landsbygden.', 'Förvaltningen återkommer med svar om ambulansens tider.'],
    },
  ],
  ...overrides,
});

/** The fixture enrichment finds no concerns or follow-ups: add one of each, as the NLP stage would. */
function withFindings(meeting: AnnotatedMeeting): AnnotatedMeeting {
  return {
    ...meeting,
    concerns: [
      {
        ordinal: 1,
        itemOrdinal: 1,
        passageOrdinal: 2,
        text: meeting.passages[1]!.text,
        gist: 'brist på vårdplatser',
        topics: ['vardplatser'],
      },
    ],
    followUps: [
      {
        ordinal: 1,
        itemOrdinal: 2,
        passageOrdinal: 4,
        text: meeting.passages[3]!.text,
        owner: { type: 'body', key: meeting.bodyKey, name: 'Rådet' },
        due: null,
        status: 'open',
      },
    ],
  };
}

const undated = (overrides: Partial<MinutesSpec> = {}) => withFindings(annotate(buildMinutes(undatedSpec(overrides))));

const JAN = dated('2025-01-10');
const FEB = dated('2025-02-14', '2025-01-10');
const UNDATED = undated();

async function follows(): Promise<string[]> {
  const rows = await g.executor.read("MATCH (a:Meeting)-[:FOLLOWS]->(b:Meeting) RETURN a.id + '→' + b.id AS link ORDER BY link");
  return rows.map((row) => String(row.link));
}

describe('an undated meeting', () => {
  it('is written whole: items, passages, vectors, topics, people, concerns and follow-ups', async () => {
    expect(UNDATED.id).toMatch(/^undated-[0-9a-f]{12}_testradet$/);
    for (const m of [JAN, FEB, UNDATED]) await writeMeeting(g.executor, m);

    const [meeting] = await g.executor.read(
      `MATCH (m:Meeting {id: $id})-[:OF_BODY]->(b:Body)
       RETURN m.date AS date, m.dateSource AS dateSource, m.sourcePath AS path, b.key AS body,
              COUNT { (m)-[:HAS_ITEM]->() } AS items,
              COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(p) WHERE size(p.embedding) = $dimensions } AS embedded,
              COUNT { (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->()-[:ABOUT]->(:Topic) } AS passageTopics,
              COUNT { (:Person)-[:ATTENDED]->(m) } AS attendees,
              COUNT { (:Person)-[:SECRETARY_OF]->(m) } AS secretaries,
              COUNT { (m)-[:HAS_ITEM]->()<-[:PRESENTED]-(:Person) } AS presented,
              COUNT { (m)-[:HAS_ITEM]->()<-[:RAISED_IN]-(:Concern)-[:ABOUT]->(:Topic {slug: 'vardplatser'}) } AS concerns,
              COUNT { (m)-[:HAS_ITEM]->()<-[:PROMISED_IN]-(:FollowUp)-[:OWNED_BY]->(b) } AS followUps`,
      { id: UNDATED.id, dimensions: FIXTURE_DIMENSIONS },
    );
    expect(meeting).toEqual({
      date: null,
      dateSource: null,
      path: UNDATED_PATH,
      body: 'testradet',
      items: 2,
      embedded: 4,
      passageTopics: UNDATED.passages.reduce((sum, p) => sum + p.topics.length, 0),
      attendees: 2,
      secretaries: 1,
      presented: 1,
      concerns: 1,
      followUps: 1,
    });
    expect(meeting!.passageTopics).toBeGreaterThanOrEqual(3);
    expect(await g.executor.read('MATCH (m:Meeting) WHERE m.date IS NOT NULL RETURN DISTINCT m.dateSource AS source')).toEqual([
      { source: 'text' },
    ]);
  });

  it('stands outside its body\u2019s chronology, and still approves the dated meeting it names', async () => {
    for (const m of [UNDATED, FEB, JAN]) await writeMeeting(g.executor, m);
    expect(await follows()).toEqual([`${FEB.id}→${JAN.id}`]);
    const approves = await g.executor.read(
      'MATCH (a:Meeting)-[:APPROVES_NOTES_OF]->(b:Meeting) RETURN a.id AS from, b.id AS to ORDER BY from',
    );
    expect(approves).toEqual([
      { from: FEB.id, to: JAN.id },
      { from: UNDATED.id, to: JAN.id },
    ]);
    // A rebuilt chain (a replaced meeting) leaves it outside too.
    await writeMeeting(g.executor, dated('2025-02-14', null));
    expect(await follows()).toEqual([`${FEB.id}→${JAN.id}`]);
    expect(await g.executor.read('MATCH (:Meeting {id: $id})-[r:FOLLOWS]-() RETURN r', { id: UNDATED.id })).toEqual([]);
  });

  it('is re-written idempotently, in any order, alone or in a batch', async () => {
    for (const m of [JAN, UNDATED, FEB]) expect((await writeMeeting(g.executor, m)).status).toBe('created');
    const first = await snapshotGraph(g.executor);
    for (const m of [UNDATED, JAN, FEB]) expect((await writeMeeting(g.executor, m)).status).toBe('unchanged');
    expect(await snapshotGraph(g.executor)).toEqual(first);

    await g.graph.clear();
    const batch = await writeMeetings(g.executor, [UNDATED, FEB, JAN]);
    expect(batch.map((entry) => entry.ok && entry.result.status)).toEqual(['created', 'created', 'created']);
    expect(await snapshotGraph(g.executor)).toEqual(first);
  });
});

describe('an undated meeting whose source comes again', () => {
  /** The graph the given meetings make in an empty graph: what a replacement must leave. */
  async function fresh(meetings: AnnotatedMeeting[]) {
    await g.graph.clear();
    for (const m of meetings) await writeMeeting(g.executor, m);
    return snapshotGraph(g.executor);
  }

  it('is replaced by the dated meeting when its date is set (same file, date given by the user)', async () => {
    const set = undated({ date: '2025-03-20', dateSource: 'override' });
    expect(set.minutes.source).toEqual(UNDATED.minutes.source);
    expect(set.id).toBe('2025-03-20_testradet');

    for (const m of [JAN, FEB, UNDATED]) await writeMeeting(g.executor, m);
    expect((await writeMeeting(g.executor, set)).status).toBe('replaced');
    const meetings = await g.executor.read('MATCH (m:Meeting) RETURN m.id AS id, m.dateSource AS dateSource ORDER BY id');
    expect(meetings).toEqual([
      { id: JAN.id, dateSource: 'text' },
      { id: FEB.id, dateSource: 'text' },
      { id: set.id, dateSource: 'override' },
    ]);
    const left = await g.executor.read('MATCH (n) WHERE n.meetingId = $id OR n.key STARTS WITH $id RETURN count(n) AS n', {
      id: UNDATED.id,
    });
    expect(left[0]!.n).toBe(0);
    expect(await follows()).toEqual([`${FEB.id}→${JAN.id}`, `${set.id}→${FEB.id}`]);
    expect((await writeMeeting(g.executor, set)).status).toBe('unchanged');

    const replaced = await snapshotGraph(g.executor);
    expect(replaced).toEqual(await fresh([JAN, FEB, set]));
  });

  it('is replaced by the new version when its file was edited (same path, new bytes, so a new id)', async () => {
    const edited = undated({
      attendees: [{ name: 'Ada Ek', organisation: 'PRO' }],
      items: [
        { title: 'Vårdplatser', paragraphs: ['Inget nytt om vårdplatser.', 'Rådet oroas över bristen på vårdplatser.'] },
        { title: 'Ambulans', paragraphs: ['Ambulansen kommer fram senare på landsbygden.', 'Mötet avslutas.'] },
      ],
    });
    expect(edited.id).not.toBe(UNDATED.id);
    expect(edited.minutes.source.path).toBe(UNDATED.minutes.source.path);

    for (const m of [JAN, UNDATED]) await writeMeeting(g.executor, m);
    expect((await writeMeeting(g.executor, edited)).status).toBe('replaced');
    const fromFile = await g.executor.read('MATCH (m:Meeting {sourcePath: $path}) RETURN m.id AS id', { path: UNDATED_PATH });
    expect(fromFile).toEqual([{ id: edited.id }]);
    // Bo Lind was only in the old version: no meeting refers to him any more.
    expect(await g.executor.read("MATCH (p:Person {key: 'bo lind'}) RETURN p")).toEqual([]);

    const replaced = await snapshotGraph(g.executor);
    expect(replaced).toEqual(await fresh([JAN, edited]));
  });

  it('is replaced in the same way inside a batch, and a dated meeting can go back to undated', async () => {
    const set = undated({ date: '2025-03-20', dateSource: 'override' });
    await writeMeetings(g.executor, [JAN, UNDATED]);
    const [entry] = await writeMeetings(g.executor, [set]);
    expect(entry).toMatchObject({ ok: true, result: { status: 'replaced', meetingId: set.id } });
    const [back] = await writeMeetings(g.executor, [UNDATED, FEB]);
    expect(back).toMatchObject({ ok: true, result: { status: 'replaced', meetingId: UNDATED.id } });
    expect(await snapshotGraph(g.executor)).toEqual(await fresh([JAN, UNDATED, FEB]));
  });
});
