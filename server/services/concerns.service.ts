import { pageConcernGroups } from '../../graph/read/concerns.repository.js';
import { VersionCache } from '../../graph/db/version-cache.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { ConcernsQuery, ConcernsResponse } from '../../shapes/api/index.js';

/**
 * Forming the groups reads every concern (a few hundred milliseconds at 10,000 meetings), and the
 * page is what leadership opens again and again: pages are kept while the graph stands.
 */
const pages = new VersionCache<ConcernsResponse>(200);

/** One page of concern groups; the graph filters, orders, counts and pages (graph/read/concerns.repository.ts). */
export function concernGroups(executor: GraphReader, query: ConcernsQuery): Promise<ConcernsResponse> {
  return pages.get(executor, JSON.stringify(query), () => readPage(executor, query));
}

async function readPage(executor: GraphReader, query: ConcernsQuery): Promise<ConcernsResponse> {
  const { total, groups } = await pageConcernGroups(executor, {
    topic: query.topic,
    from: query.from,
    to: query.to,
    recurring: query.recurring,
    organisation: query.organisation,
    body: query.body,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: groups, total, page: query.page, pageSize: query.pageSize };
}
