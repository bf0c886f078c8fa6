import { bumpGraphVersion } from '../db/graph-version.js';
import { rebuildBodyChain } from './body-chain.js';
import type { GraphExecutorLike } from '../db/ports.js';
import { readFootprint, refreshSharedFacts, removeMeetingContent, removeMeetingNode, removeOrphans } from './remove-meeting.js';

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
    const ids = rows.map((row) => String(row.id));
    const bodies = new Set<string>();
    const candidates = { personKeys: new Set<string>(), organisationKeys: new Set<string>(), bodyKeys: new Set<string>() };
    for (const id of ids) {
      const footprint = await readFootprint(tx, id);
      if (!footprint) continue;
      await removeMeetingContent(tx, footprint);
      await removeMeetingNode(tx, id);
      if (footprint.bodyKey) bodies.add(footprint.bodyKey);
      footprint.personKeys.forEach((key) => candidates.personKeys.add(key));
      footprint.organisationKeys.forEach((key) => candidates.organisationKeys.add(key));
      footprint.bodyKeys.forEach((key) => candidates.bodyKeys.add(key));
    }
    await refreshSharedFacts(tx, [...candidates.personKeys]);
    await removeOrphans(tx, {
      personKeys: [...candidates.personKeys],
      organisationKeys: [...candidates.organisationKeys],
      bodyKeys: [...candidates.bodyKeys],
    });
    for (const body of bodies) await rebuildBodyChain(tx, body);
    if (ids.length > 0) await bumpGraphVersion(tx);
    return ids;
  });
}
