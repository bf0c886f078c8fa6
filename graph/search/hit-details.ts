import type { Actor, ItemRef, MeetingRef } from '../../shapes/api/index.js';
import type { GraphReader } from '../db/ports.js';

/** A ranked passage with what a result list shows of it. */
export interface HitDetails {
  passage: { key: string; ordinal: number; text: string; kind: string };
  speaker: Actor;
  item: ItemRef;
  meeting: MeetingRef;
}

/** HitDetails as a statement returns it: one flat list, in HIT_DETAILS's order. */
export type HitRow = [
  passageKey: string,
  ordinal: number,
  text: string,
  kind: string,
  speakerType: string,
  speakerKey: string | null,
  speakerName: string | null,
  itemKey: string,
  itemOrdinal: number,
  itemNumber: string,
  itemTitle: string,
  meetingId: string,
  date: string | null,
  meetingTitle: string | null,
];

/**
 * A passage's details as a result list shows them, for the passage key `key`, as `hit` (a HitRow):
 * the one reading of them, in a ranking's statement (hybrid-search.ts) and in hydrateHits. A passage
 * gone since it was ranked has no row. A flat list rather than nested maps: a page of a hundred
 * passages as maps cost Node 4.9 ms of CPU to unpack and convert, as lists 1.9 ms (every map key is a
 * string to decode; docs/benchmarks.md, issue 15, tenth round). The date comes as text: the driver
 * turns a date value into year, month and day with 64-bit integer objects.
 */
export const HIT_DETAILS = `MATCH (p:Passage {key: key})
       MATCH (m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_PASSAGE]->(p)
       OPTIONAL MATCH (p)-[:SPOKEN_BY]->(sp)
       WITH [p.key, p.ordinal, p.text, p.kind, coalesce(p.speakerType, 'unknown'), sp.key, coalesce(sp.name, p.speakerName),
             i.key, i.ordinal, i.number, i.title, m.id, toString(m.date), m.title] AS hit`;

export function toHitDetails(row: HitRow): HitDetails {
  const [key, ordinal, text, kind, type, speakerKey, name, itemKey, itemOrdinal, number, title, id, date, meetingTitle] = row;
  return {
    passage: { key, ordinal, text, kind },
    speaker: { type, key: speakerKey, name },
    item: { key: itemKey, ordinal: itemOrdinal, number, title },
    meeting: { id, date, title: meetingTitle },
  };
}

/** Details by passage key. */
export const byPassageKey = (rows: readonly HitRow[]): Map<string, HitDetails> => new Map(rows.map((row) => [row[0], toHitDetails(row)]));

/**
 * What a result list shows of the passages `keys` name, by key, in one row. A key whose passage is
 * gone (the graph changed since it was ranked) is simply missing from the map.
 */
export async function hydrateHits(executor: GraphReader, keys: readonly string[]): Promise<Map<string, HitDetails>> {
  if (keys.length === 0) return new Map();
  const [row] = await executor.read<{ hits: HitRow[] }>(`UNWIND $keys AS key\n       ${HIT_DETAILS}\n       RETURN collect(hit) AS hits`, {
    keys: [...new Set(keys)],
  });
  return byPassageKey(row?.hits ?? []);
}
