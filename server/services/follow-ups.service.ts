import { pageFollowUps } from '../../graph/read/follow-ups.repository.js';
import { VersionCache } from '../../graph/db/version-cache.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { FollowUpsQuery, FollowUpsResponse } from '../../shapes/api/index.js';

/** Pages kept while the graph stands, as the concerns' are: the tracker is opened again and again. */
const pages = new VersionCache<FollowUpsResponse>(200);

/** One page; counts are over the owner/date filter, before the status filter, so the tabs show what each holds. */
export function followUps(executor: GraphReader, query: FollowUpsQuery): Promise<FollowUpsResponse> {
  return pages.get(executor, JSON.stringify(query), () => readPage(executor, query));
}

async function readPage(executor: GraphReader, query: FollowUpsQuery): Promise<FollowUpsResponse> {
  const { items, total, counts } = await pageFollowUps(executor, {
    status: query.status,
    owner: query.owner,
    from: query.from,
    to: query.to,
    body: query.body,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items, total, page: query.page, pageSize: query.pageSize, counts };
}
