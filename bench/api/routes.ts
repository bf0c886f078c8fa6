import type { GraphExecutor } from '../../graph/db/executor.js';
import { loadTaxonomy } from '../../language/topics/taxonomy.js';
import type { RouteMix } from './load.js';

/** What the route mixes rotate through: keys that exist in the benchmark's graph. */
export interface GraphSample {
  meetingIds: string[];
  topicSlugs: string[];
  personKeys: string[];
  organisationKeys: string[];
}

/**
 * Queries an analyst would type: single terms, compounds, multi-word phrases and one long question,
 * so the full-text side sees both selective and broad terms and the vector side varied texts.
 */
export const SEARCH_QUERIES: readonly string[] = [
  'vårdplatser',
  'nära vård',
  'ambulans',
  'kompetensförsörjning sjuksköterskor',
  'digitala vårdbesök 1177',
  'äldre med omfattande behov',
  'vaccination influensa',
  'anhörigstöd',
  'trygghet i hemmet',
  'färdtjänst tillgänglighet',
  'hemsjukvård kommunen',
  'väntetider akutmottagningen',
  'beredskap kris',
  'budget underskott',
  'patientsäkerhet avvikelser',
  'hur går arbetet med den nya vårdcentralen och när öppnar den',
];

/**
 * Queries no one has asked before, so every request runs the whole search (rankings are kept per
 * query while the graph stands): pairs of the taxonomy's one-word keywords and aliases, such as
 * "vårdplatser hemtjänst", and a number of pairs well beyond what a run can send.
 */
export function distinctSearchQueries(count: number): string[] {
  const words = [
    ...new Set(
      loadTaxonomy()
        .topics.flatMap((t) => [...t.keywords, ...t.aliases])
        .filter((w) => !/\s/.test(w))
        .map((w) => w.toLocaleLowerCase('sv-SE')),
    ),
  ].sort();
  const queries: string[] = [];
  // Index i = a + k·n pairs word a with word (7a + k) mod n: over k = 0…n-1 that is every word once,
  // so the n² indices give each ordered pair once, and consecutive queries mix far-apart words.
  const n = words.length;
  for (let i = 0; queries.length < count && i < n * n; i++) {
    const a = words[i % n]!;
    const b = words[(7 * i + Math.floor(i / n)) % n]!;
    if (a !== b) queries.push(`${a} ${b}`);
  }
  return queries;
}

/** Topic sets for trend charts: one topic, the usual pair, and a wider comparison. */
const TREND_TOPIC_SETS: readonly (readonly string[])[] = [
  ['nara-vard'],
  ['nara-vard', 'vardplatser'],
  ['prehospital', 'akutsjukvard', 'tillganglighet'],
  ['aldre', 'anhoriga', 'vard-i-hemmet', 'kompetensforsorjning'],
  ['digitalisering', '1177'],
  ['ekonomi'],
];

/** The node types the explorer view asks for by default (client/src/views/GraphView.tsx). */
const EXPLORER_TYPES = 'Meeting,Person,Organisation,Topic,AgendaItem';

/** Reads the keys the mixes need: every meeting id (for rotation) and a spread of other nodes. */
export async function sampleGraph(executor: GraphExecutor): Promise<GraphSample> {
  const column = (cypher: string) => executor.read<string>(cypher, {}, (row) => String(row.k));
  const [meetingIds, topicSlugs, personKeys, organisationKeys] = await Promise.all([
    column('MATCH (m:Meeting) RETURN m.id AS k ORDER BY k'),
    column('MATCH (t:Topic) RETURN t.slug AS k ORDER BY k'),
    column('MATCH (p:Person) RETURN p.key AS k ORDER BY k LIMIT 500'),
    column('MATCH (o:Organisation) RETURN o.key AS k ORDER BY k LIMIT 100'),
  ]);
  return { meetingIds, topicSlugs, personKeys, organisationKeys };
}

/** `count` items spread evenly over `xs` (every one when there are fewer), in a stable order. */
export function spread<T>(xs: readonly T[], count: number): T[] {
  if (xs.length <= count) return [...xs];
  return Array.from({ length: count }, (_, i) => xs[Math.floor((i * xs.length) / count)]!);
}

const query = (params: Record<string, string>): string => new URLSearchParams(params).toString();

/** The four routes the issue sets aims for, each with its rotation of inputs. */
export function benchRouteMixes(sample: GraphSample): RouteMix[] {
  const known = new Set(sample.topicSlugs);
  const trendSets = TREND_TOPIC_SETS.map((set) => set.filter((s) => known.has(s))).filter((set) => set.length > 0);
  const meetings = spread(sample.meetingIds, 500);
  const focus = [
    ...spread(sample.meetingIds, 200).map((id) => `Meeting:${id}`),
    ...spread(sample.topicSlugs, 20).map((slug) => `Topic:${slug}`),
    ...spread(sample.personKeys, 60).map((key) => `Person:${key}`),
    ...spread(sample.organisationKeys, 20).map((key) => `Organisation:${key}`),
  ];
  const distinct = distinctSearchQueries(6000).map((q) => `/api/search?${query({ q, mode: 'hybrid' })}`);
  return [
    { name: 'search (hybrid)', paths: SEARCH_QUERIES.map((q) => `/api/search?${query({ q, mode: 'hybrid' })}`) },
    // Warmed with queries from the far end of the list, so the timed requests are all first asks.
    { name: 'search (hybrid, never asked before)', paths: distinct.slice(0, -100), warmUp: distinct.slice(-100) },
    { name: 'trends (quarter)', paths: trendSets.map((set) => `/api/trends?${query({ topics: set.join(','), granularity: 'quarter' })}`) },
    { name: 'meeting detail', paths: meetings.map((id) => `/api/meetings/${encodeURIComponent(id)}`) },
    // The explorer's request for a focused node: depth 1, the view's default node types and limit of 200.
    {
      name: 'graph subgraph',
      paths: focus.map((f) => `/api/graph?${query({ focus: f, depth: '1', limit: '200', types: EXPLORER_TYPES })}`),
    },
  ];
}
