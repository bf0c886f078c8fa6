import { bumpGraphVersion } from '../db/graph-version.js';
import { rebuildBodyChain } from './body-chain.js';
import type { GraphExecutorLike } from '../db/ports.js';
import { refreshSharedFacts, removeMeetings, removeOrphans } from './remove-meeting.js';

export interface StoredSource {
  meetingId: string;
  bodyKey: string | null;
  path: string;
  sha256: string;
}

/** Every meeting's source file, for `--prune` to compare with the files on disk. */
export async function listMeetingSources(executor: GraphExecutorLike): Promise<StoredSource[]> {
  const rows = await executor.read(
    'MATCH (m:Meeting) RETURN m.id AS meetingId, m.bodyKey AS bodyKey, m.sourcePath AS path, m.sourceSha256 AS sha256 ORDER BY m.sourcePath, m.id',
  );
  return rows.map((row) => ({
    meetingId: String(row.meetingId),
    bodyKey: row.bodyKey === null ? null : String(row.bodyKey),
    path: String(row.path),
    sha256: String(row.sha256),
  }));
}

/**
 * Deletes the meetings read from these source paths, with everything they own, in one
 * transaction; orphaned people, organisations and bodies go too (rule in remove-meeting.ts),
 * and the affected bodies' chains are rebuilt. Returns the ids deleted.
 */
export async function deleteMeetingsBySource(executor: GraphExecutorLike, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  return executor.write(async (tx) => {
    const rows = await tx.run('MATCH (m:Meeting) WHERE m.sourcePath IN $paths RETURN m.id AS id ORDER BY id', { paths: [...paths] });
    const removed = await removeMeetings(
      tx,
      rows.map((row) => String(row.id)),
    );
    await refreshSharedFacts(tx, removed.personKeys);
    await removeOrphans(tx, removed);
    for (const body of removed.chains) await rebuildBodyChain(tx, body);
    if (removed.ids.length > 0) await bumpGraphVersion(tx);
    return removed.ids;
  });
}
