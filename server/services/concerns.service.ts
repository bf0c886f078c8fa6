import { listConcernGroups, type ConcernGroupFilter, type ConcernRecord } from '../../graph/concerns.repository.js';
import type { GraphReader } from '../../graph/write/ports.js';
import type { Concern, ConcernGroup, ConcernsQuery } from '../contract/index.js';

export const mapConcern = (c: ConcernRecord): Concern => ({ ...c });

export async function concernGroups(executor: GraphReader, query: ConcernsQuery & Pick<ConcernGroupFilter, 'meetingIds'>): Promise<ConcernGroup[]> {
  return listConcernGroups(executor, query);
}
