import { pageConcernGroups, type ConcernRecord } from '../../graph/concerns.repository.js';
import type { GraphReader } from '../../graph/write/ports.js';
import type { Concern, ConcernsQuery, ConcernsResponse } from '../contract/index.js';

export const mapConcern = (c: ConcernRecord): Concern => ({ ...c });

/** One page of concern groups; the graph filters, orders, counts and pages (graph/concerns.repository.ts). */
export async function concernGroups(executor: GraphReader, query: ConcernsQuery): Promise<ConcernsResponse> {
  const { total, groups } = await pageConcernGroups(executor, {
    topic: query.topic,
    from: query.from,
    to: query.to,
    recurring: query.recurring,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: groups, total, page: query.page, pageSize: query.pageSize };
}
