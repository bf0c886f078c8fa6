import { Council } from '../../shapes/api/index.js';
import { rowsIn } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';

/**
 * Every council (Body) with its meetings: how many, how many undated, and the range of the dated
 * ones, most meetings first. A council with no meeting left (all removed) is not listed.
 */
export async function listCouncils(executor: GraphReader): Promise<Council[]> {
  const rows = await executor.read(
    `MATCH (b:Body)<-[:OF_BODY]-(m:Meeting)
     WITH b, count(m) AS meetings, count(CASE WHEN m.date IS NULL THEN 1 END) AS undated, min(m.date) AS firstDate, max(m.date) AS lastDate
     RETURN b.key AS key, b.name AS name, b.municipality AS municipality, coalesce(b.displayName, b.name) AS displayName,
            meetings, undated, firstDate, lastDate
     ORDER BY meetings DESC, displayName, key`,
  );
  return rowsIn(Council, rows);
}
