import type { GraphEdge, GraphNode, GraphResponse, MeetingTopTopic, NamedRef } from '../../shapes/api/index.js';
import { orNull } from '../db/repository-rows.js';
import type { GraphReader } from '../db/ports.js';
import { bodyRef, MEETING_MATCHES, meetingOrder } from '../db/meeting-filter.js';

/**
 * The explorer's starting picture when no node is in focus: the latest meetings with their body,
 * the topics they discussed and the people who presented. Topic and presenter links are drawn
 * meeting-level (`DISCUSSED {passages}`, `PRESENTED_AT`), summarising the AgendaItem/Passage paths
 * that would otherwise fill the picture. Meetings are added newest first until `limit` nodes.
 */

export interface OverviewParams {
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Only this council's meetings (its body key). */
  body?: string;
  /** Nodes at most; default 200. */
  limit?: number;
}

export type Overview = Omit<GraphResponse, 'center'>;

interface MeetingRow {
  id: string;
  date: string | null;
  title: string | null;
  body: NamedRef;
  topics: MeetingTopTopic[];
  presenters: NamedRef[];
}

export async function getOverview(executor: GraphReader, params: OverviewParams = {}): Promise<Overview> {
  const p = { limit: 200, ...params };
  const rows = (await executor.read(
    `MATCH (m:Meeting)-[:OF_BODY]->(b:Body)
     WHERE ${MEETING_MATCHES}
     WITH m, b ORDER BY ${meetingOrder('DESC')} LIMIT toInteger($limit)
     RETURN m.id AS id, m.date AS date, m.title AS title, ${bodyRef()} AS body,
       COLLECT {
         MATCH (m)-[:HAS_ITEM]->()-[:HAS_PASSAGE]->(:Passage)-[:ABOUT]->(t:Topic)
         WITH t, count(*) AS passages
         RETURN { slug: t.slug, label_sv: t.label_sv, label_en: t.label_en, passages: passages } ORDER BY passages DESC, t.slug
       } AS topics,
       COLLECT { MATCH (m)-[:HAS_ITEM]->()<-[:PRESENTED]-(x:Person) RETURN DISTINCT x { .key, .name } ORDER BY x.name } AS presenters
     ORDER BY ${meetingOrder('DESC')}`,
    { from: orNull(p.from), to: orNull(p.to), body: orNull(p.body), limit: p.limit },
  )) as unknown as MeetingRow[];

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  let truncated = false;
  for (const m of rows) {
    const wanted: GraphNode[] = [
      node('Meeting', m.id, [m.date, m.title].filter(Boolean).join(' '), 0, { date: m.date, title: m.title }),
      node('Body', m.body.key, m.body.name, 1, { name: m.body.name }),
      ...m.topics.map((t) => node('Topic', t.slug, t.label_sv ?? t.slug, 1, { label_sv: t.label_sv, label_en: t.label_en })),
      ...m.presenters.map((x) => node('Person', x.key, x.name, 1, { name: x.name })),
    ];
    const added = wanted.filter((n) => !nodes.has(n.id));
    if (nodes.size + added.length > p.limit) {
      truncated = true;
      break;
    }
    for (const n of added) nodes.set(n.id, n);
    const meetingId = `Meeting:${m.id}`;
    edges.push({ id: `${meetingId}>OF_BODY`, type: 'OF_BODY', source: meetingId, target: `Body:${m.body.key}`, properties: {} });
    for (const t of m.topics) {
      edges.push({
        id: `${meetingId}>DISCUSSED>${t.slug}`,
        type: 'DISCUSSED',
        source: meetingId,
        target: `Topic:${t.slug}`,
        properties: { passages: t.passages },
      });
    }
    for (const x of m.presenters) {
      edges.push({
        id: `Person:${x.key}>PRESENTED_AT>${m.id}`,
        type: 'PRESENTED_AT',
        source: `Person:${x.key}`,
        target: meetingId,
        properties: {},
      });
    }
  }
  return { nodes: [...nodes.values()], edges, truncated };
}

function node(label: GraphNode['label'], key: string, caption: string, depth: number, properties: Record<string, unknown>): GraphNode {
  const kept = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));
  return { id: `${label}:${key}`, label, key, caption, depth, properties: kept };
}
