import { findEchoes, resolveFollowUps, type CrossMeetingOptions } from './cross-meeting.js';
import { agendaItemKey, concernKey, followUpKey, passageKey } from '../../shapes/keys.js';
import type { GraphExecutorLike } from '../db/ports.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import { concernGroups } from './concern-groups.js';
import { loadDigests } from './load-digests.js';

const CLEAR = `
MATCH (m:Meeting) WHERE m.bodyKey IN $bodyKeys
WITH collect(m.id) AS ids
CALL (ids) { MATCH (c:Concern)-[e:ECHOES]->() WHERE c.meetingId IN ids DELETE e }
CALL (ids) { MATCH (f:FollowUp)-[r:ADDRESSED_IN]->() WHERE f.meetingId IN ids DELETE r }`;

const ECHOES = `
UNWIND $rows AS row
MATCH (a:Concern {key: row.from}), (b:Concern {key: row.to})
MERGE (a)-[e:ECHOES]->(b)
SET e.score = row.score, e.sharedTopics = row.sharedTopics`;

const GROUPS = `
UNWIND $rows AS row
MATCH (c:Concern {key: row.key})
SET c.groupKey = row.groupKey, c.groupSize = toInteger(row.groupSize)`;

const STATUSES = `
UNWIND $rows AS row
MATCH (f:FollowUp {key: row.key})
SET f.status = row.status, f.evidenceScore = row.score, f.evidenceText = row.text
WITH f, row WHERE row.item IS NOT NULL
MATCH (i:AgendaItem {key: row.item})
MERGE (f)-[r:ADDRESSED_IN]->(i)
SET r.score = row.score, r.passageKey = row.passage, r.evidence = row.text`;

export interface AnalysisResult {
  meetings: number;
  echoes: number;
  followUps: { open: number; addressed: number; overdue: number };
}

/**
 * The post-ingest step across meetings (DESIGN.md: small steps over the whole graph, not inside the
 * per-file pipeline): for each body touched, relinks concerns raised again (ECHOES), stores each
 * concern's group (concern-groups.ts), and decides every
 * follow-up's status, with ADDRESSED_IN pointing at the later agenda item that answers it. Replaces
 * what an earlier run decided, in one transaction, so it is idempotent.
 */
export async function analyseAcrossMeetings(
  executor: GraphExecutorLike,
  bodyKeys: readonly string[] | null = null,
  options: CrossMeetingOptions = {},
): Promise<AnalysisResult> {
  const digests = await loadDigests(executor, bodyKeys);
  const bodies = [...new Set(digests.map((d) => d.bodyKey))];
  const echoes = findEchoes(digests, options).map((e) => ({
    from: concernKey(e.from.meetingId, e.from.ordinal),
    to: concernKey(e.to.meetingId, e.to.ordinal),
    score: e.score,
    sharedTopics: e.sharedTopics,
  }));
  const groups = concernGroups(digests, echoes);
  const resolutions = resolveFollowUps(digests, options);
  const statuses = resolutions.map((r) => ({
    key: followUpKey(r.meetingId, r.ordinal),
    status: r.status,
    item: r.evidence ? agendaItemKey(r.evidence.meetingId, r.evidence.itemOrdinal) : null,
    passage: r.evidence?.passageOrdinal ? passageKey(r.evidence.meetingId, r.evidence.passageOrdinal) : null,
    score: r.evidence?.score ?? null,
    text: r.evidence?.text ?? null,
  }));
  await executor.write(async (tx) => {
    await tx.run(CLEAR, { bodyKeys: bodies });
    if (echoes.length) await tx.run(ECHOES, { rows: echoes });
    if (groups.length) await tx.run(GROUPS, { rows: groups });
    if (statuses.length) await tx.run(STATUSES, { rows: statuses });
    await bumpGraphVersion(tx);
  });
  const count = (s: string): number => resolutions.filter((r) => r.status === s).length;
  return {
    meetings: digests.length,
    echoes: echoes.length,
    followUps: { open: count('open'), addressed: count('addressed'), overdue: count('overdue') },
  };
}
