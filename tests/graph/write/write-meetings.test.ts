import { describe, expect, it } from 'vitest';
import type { GraphError } from '../../../graph/db/errors.js';
import neo4j from 'neo4j-driver';
import { findFreePort } from '../../../graph/embedded/free-port.js';
import { GraphExecutor } from '../../../graph/db/executor.js';
import { EmbedderMismatchError, MeetingConflictError, MeetingValidationError } from '../../../graph/write/errors.js';
import type { GraphWriter } from '../../../graph/db/ports.js';
import { writeMeeting } from '../../../graph/write/write-meeting.js';
import { writeMeetings } from '../../../graph/write/write-meetings.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';
import { snapshotGraph } from '../graph-snapshot.js';

const g = useSampleGraph({ fresh: 'reset' });

/** Counts the write transactions the batch opens. */
function countingTransactions(inner: GraphWriter): GraphWriter & { transactions: number } {
  const counter = {
    transactions: 0,
    write: <T>(work: Parameters<GraphWriter['write']>[0]) => {
      counter.transactions++;
      return inner.write(work) as Promise<T>;
    },
  };
  return counter as GraphWriter & { transactions: number };
}

/** Fails every write transaction just before it would commit, after all of its statements ran. */
function failingAtCommit(inner: GraphWriter): GraphWriter & { transactions: number } {
  const failing = {
    transactions: 0,
    write: <T>(work: Parameters<GraphWriter['write']>[0]) => {
      failing.transactions++;
      return inner.write(async (tx) => {
        await work(tx);
        throw new Error('injected failure before commit');
      }) as Promise<T>;
    },
  };
  return failing as GraphWriter & { transactions: number };
}

describe('writeMeetings', () => {
  it('writes a batch in one transaction and ends in the same graph as one meeting at a time', async () => {
    await writeMeeting(g.executor, g.sample2024);
    await writeMeeting(g.executor, g.sample2025);
    const oneByOne = await snapshotGraph(g.executor);
    await g.reset();

    const counting = countingTransactions(g.executor);
    const entries = await writeMeetings(counting, [g.sample2024, g.sample2025]);
    expect(entries.map((e) => (e.ok ? e.result.status : 'failed'))).toEqual(['created', 'created']);
    expect(counting.transactions).toBe(1);
    expect(await snapshotGraph(g.executor)).toEqual(oneByOne);

    const again = await writeMeetings(g.executor, [g.sample2025, g.sample2024]);
    expect(again.map((e) => (e.ok ? e.result.status : 'failed'))).toEqual(['unchanged', 'unchanged']);
  });

  it('a batch of new meetings that fails before its commit leaves the graph as it was', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const before = await snapshotGraph(g.executor);
    const failing = failingAtCommit(g.executor);
    const fresh: AnnotatedMeeting = { ...g.sample2025, id: `${g.sample2025.id} extra`, minutes: { ...g.sample2025.minutes } };
    fresh.minutes.source = { ...fresh.minutes.source, path: `${fresh.minutes.source.path}.copy`, sha256: 'f'.repeat(64) };
    const entries = await writeMeetings(failing, [g.sample2025, fresh]);
    // the batch, then each meeting alone: every one rolled back
    expect(failing.transactions).toBe(3);
    expect(entries.every((e) => !e.ok)).toBe(true);
    expect(await snapshotGraph(g.executor)).toEqual(before);
  });

  it('a new meeting whose embedder does not fit rolls its batch of new meetings back; the others are then written alone', async () => {
    const other: AnnotatedMeeting = { ...g.sample2025, embedder: { id: 'another-model', dimensions: FIXTURE_DIMENSIONS } };
    const counting = countingTransactions(g.executor);
    const entries = await writeMeetings(counting, [g.sample2024, other]);
    expect(counting.transactions).toBe(3);
    expect(entries[0]).toMatchObject({ ok: true, result: { status: 'created' } });
    expect((entries[1] as { error: unknown }).error).toBeInstanceOf(EmbedderMismatchError);
    const alone = await snapshotGraph(g.executor);
    await g.reset();
    await writeMeeting(g.executor, g.sample2024);
    expect(alone).toEqual(await snapshotGraph(g.executor));
  });

  it('the same meeting twice in one batch: the second finds the first and is unchanged', async () => {
    const entries = await writeMeetings(g.executor, [g.sample2025, g.sample2025]);
    expect(entries.map((e) => (e.ok ? e.result.status : 'failed'))).toEqual(['created', 'unchanged']);
  });

  it('a meeting that fails validation fails alone, in its place', async () => {
    const broken: AnnotatedMeeting = {
      ...g.sample2025,
      passages: g.sample2025.passages.map((p, i) => (i === 0 ? { ...p, itemOrdinal: 99 } : p)),
    };
    const entries = await writeMeetings(g.executor, [g.sample2024, broken]);
    expect(entries[0]).toMatchObject({ ok: true, result: { status: 'created' } });
    expect(entries[1]!.ok).toBe(false);
    expect((entries[1] as { error: unknown }).error).toBeInstanceOf(MeetingValidationError);
    expect((await snapshotGraph(g.executor)).counts.Meeting).toBe(1);
  });

  it('a meeting that fails inside the transaction rolls the batch back, then the others are written one by one', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const before = await snapshotGraph(g.executor);
    const other: AnnotatedMeeting = { ...g.sample2025, embedder: { id: 'another-model', dimensions: FIXTURE_DIMENSIONS } };
    const edited2024: AnnotatedMeeting = {
      ...g.sample2024,
      minutes: { ...g.sample2024.minutes, title: `${g.sample2024.minutes.title ?? ''} (rättad)` },
    };
    const counting = countingTransactions(g.executor);
    const entries = await writeMeetings(counting, [edited2024, other]);
    // one batch transaction that rolled back, then one per meeting
    expect(counting.transactions).toBe(3);
    expect(entries[0]).toMatchObject({ ok: true, result: { status: 'replaced' } });
    expect((entries[1] as { error: unknown }).error).toBeInstanceOf(EmbedderMismatchError);
    const after = await snapshotGraph(g.executor);
    expect(after.counts.Meeting).toBe(1);
    expect(after).not.toEqual(before);
    const titles = await g.executor.read('MATCH (m:Meeting) RETURN m.title AS title');
    expect(titles).toEqual([{ title: edited2024.minutes.title }]);
  });

  it('another document for a meeting the graph holds is refused with the file that holds it; the batch’s others are written', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const before = await snapshotGraph(g.executor);
    // Same council, same day, different file: a sibling council the minutes do not tell apart, or a corrected version.
    const rival: AnnotatedMeeting = {
      ...g.sample2024,
      minutes: {
        ...g.sample2024.minutes,
        title: 'Ett annat råd samma dag',
        source: { ...g.sample2024.minutes.source, path: '/elsewhere/another.txt', sha256: 'a'.repeat(64) },
      },
    };
    await expect(writeMeeting(g.executor, rival)).rejects.toBeInstanceOf(MeetingConflictError);
    await expect(writeMeeting(g.executor, rival)).rejects.toThrow(
      `meeting ${g.sample2024.id} is already in the graph, read from ${g.sample2024.minutes.source.path}; /elsewhere/another.txt`,
    );
    expect(await snapshotGraph(g.executor)).toEqual(before);

    const entries = await writeMeetings(g.executor, [rival, g.sample2025]);
    expect((entries[0] as { error: unknown }).error).toBeInstanceOf(MeetingConflictError);
    expect(entries[1]).toMatchObject({ ok: true, result: { status: 'created' } });
    const titles = await g.executor.read('MATCH (m:Meeting {id: $id}) RETURN m.title AS title, m.sourcePath AS path', {
      id: g.sample2024.id,
    });
    expect(titles).toEqual([{ title: g.sample2024.minutes.title, path: g.sample2024.minutes.source.path }]);
  });

  it('the same bytes under another path are the same document: moved, not refused', async () => {
    await writeMeeting(g.executor, g.sample2024);
    const moved: AnnotatedMeeting = {
      ...g.sample2024,
      minutes: { ...g.sample2024.minutes, source: { ...g.sample2024.minutes.source, path: '/moved/minutes.txt' } },
    };
    await expect(writeMeeting(g.executor, moved)).resolves.toMatchObject({ status: 'replaced' });
    const paths = await g.executor.read('MATCH (m:Meeting) RETURN m.sourcePath AS path');
    expect(paths).toEqual([{ path: '/moved/minutes.txt' }]);
  });

  it('when the graph is gone every meeting of the batch says so, and none is retried', async () => {
    // A real driver against a loopback port nobody listens on.
    const port = await findFreePort();
    const nowhere = new GraphExecutor(
      neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { connectionTimeout: 2_000, maxTransactionRetryTime: 0 }),
      'neo4j',
    );
    try {
      const counting = countingTransactions(nowhere);
      const entries = await writeMeetings(counting, [g.sample2024, g.sample2025]);
      expect(counting.transactions).toBe(1);
      expect(entries.map((e) => (e.ok ? 'ok' : (e.error as GraphError).code))).toEqual(['graph_unavailable', 'graph_unavailable']);
    } finally {
      await nowhere.close();
    }
  });
});
