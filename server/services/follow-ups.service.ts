import { listFollowUps, type FollowUpRow } from '../../graph/follow-ups.repository.js';
import type { GraphReader } from '../../graph/write/ports.js';
import type { FollowUp, FollowUpStatus, FollowUpsQuery, FollowUpsResponse } from '../contract/index.js';

const STATUSES: readonly FollowUpStatus[] = ['open', 'addressed', 'overdue'];

/** A status the analysis has not decided yet counts as open. */
export const mapFollowUp = (row: FollowUpRow): FollowUp => ({
  ...row,
  status: STATUSES.includes(row.status as FollowUpStatus) ? (row.status as FollowUpStatus) : 'open',
});

/** Counts are over the owner/date filter, before the status filter, so the tabs show what each holds. */
export async function followUps(executor: GraphReader, query: FollowUpsQuery): Promise<FollowUpsResponse> {
  const all = (await listFollowUps(executor, { owner: query.owner, from: query.from, to: query.to })).map(mapFollowUp);
  const counts = { open: 0, addressed: 0, overdue: 0 };
  for (const f of all) counts[f.status]++;
  return { items: query.status ? all.filter((f) => f.status === query.status) : all, counts };
}
