/**
 * npm run bench:graph [-- --meetings 1000 --calls 100]
 * Loads a corpus of sample variants (new dates, shuffled items) into a fresh embedded Neo4j and
 * prints the write stage's rate (annotation done beforehand, not timed) and the read models'
 * latency. Aims: write ≥ 50 meetings/s; every read model under 50 ms at p95.
 */
import { parseArgs } from 'node:util';
import { analyseAcrossMeetings } from '../graph/analysis/apply-analysis.js';
import { syncTopics } from '../graph/analysis/sync-topics.js';
import { connectGraph } from '../graph/db/connect.js';
import { getNeighbourhood } from '../graph/read/explorer.repository.js';
import { getMeeting, listMeetings } from '../graph/read/meetings.repository.js';
import { getOrganisation } from '../graph/read/organisations.repository.js';
import { getPerson, listPeople } from '../graph/read/people.repository.js';
import { ensureSchema } from '../graph/db/schema.js';
import { hybridSearch } from '../graph/search/hybrid-search.js';
import { hydrateHits } from '../graph/search/hit-details.js';
import { topicTrend } from '../graph/read/topics.repository.js';
import { writeMeeting } from '../graph/write/write-meeting.js';
import { LexicalEmbedder } from '../ingest/embed/lexical-embedder.js';
import type { AnnotatedMeeting } from '../shapes/annotated-meeting.schema.js';
import { loadTaxonomy } from '../language/topics/taxonomy.js';
import { Annotator } from '../ingest/annotate/annotator.js';
import { textDocument } from '../tests/fixtures/sample-minutes.js';
import { makeTempDir } from '../tests/fixtures/temp-dir.js';
import { sampleVariants } from './corpus/sample-variants.js';
import { ms, percentile, printTable, rate, timeCalls } from './table.js';

const { values } = parseArgs({ options: { meetings: { type: 'string', default: '1000' }, calls: { type: 'string', default: '100' } } });
const N = Number(values.meetings);
const CALLS = Number(values.calls);

const { dir, remove } = await makeTempDir('radslag-bench-graph-');
const graph = await connectGraph(
  { mode: 'embedded', neo4jDir: `${dir}/neo4j`, database: 'neo4j', dataDir: dir },
  { embedded: { memory: { heap: '1g', pageCache: '512m' } } },
);
try {
  const embedder = new LexicalEmbedder();
  const annotator = await Annotator.create({ embedder });
  let t = performance.now();
  const meetings: AnnotatedMeeting[] = [];
  for (const v of sampleVariants(N)) meetings.push(await annotator.annotate(textDocument(v.text, v.name)));
  const annotateSeconds = (performance.now() - t) / 1000;

  await ensureSchema(graph.executor, { dimensions: embedder.dimensions, embedderId: embedder.id });
  await syncTopics(graph.executor, loadTaxonomy());
  t = performance.now();
  for (const m of meetings) await writeMeeting(graph.executor, m);
  const writeSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const analysis = await analyseAcrossMeetings(graph.executor);
  const analysisSeconds = (performance.now() - t) / 1000;
  const passages = meetings.reduce((n, m) => n + m.passages.length, 0);

  console.log(`bench:graph — ${N} meetings (${passages} passages), embedded Neo4j 5.26, Node ${process.version}`);
  printTable(
    ['stage', 'items', 'seconds', 'per second'],
    [
      ['annotate (parse+enrich+embed, not part of write)', String(N), annotateSeconds.toFixed(1), rate(N, annotateSeconds)],
      ['write (one transaction per meeting)', String(N), writeSeconds.toFixed(1), rate(N, writeSeconds)],
      [`cross-meeting analysis (${analysis.echoes} echoes)`, String(N), analysisSeconds.toFixed(1), rate(N, analysisSeconds)],
    ],
  );

  const ids = meetings.map((m) => m.id);
  const people = [...new Set(meetings.flatMap((m) => m.people.map((p) => p.key)))];
  const openings = meetings.slice(0, 50).map((m) => m.passages[3]!.text.split(/\s+/).slice(0, 8).join(' '));
  // A ranking and its first 20 passages read back: what a caller gets to show.
  const search = async (q: string, mode: 'fulltext' | 'vector') => {
    const { hits } = await hybridSearch(graph.executor, embedder, { q, mode });
    return hydrateHits(
      graph.executor,
      hits.slice(0, 20).map((h) => h.passageKey),
    );
  };
  const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7919) % xs.length]!;
  const readModels: Array<[string, (i: number) => Promise<unknown>]> = [
    ['listMeetings (page of 20)', (i) => listMeetings(graph.executor, { limit: 20, offset: (i * 20) % N })],
    ['getMeeting', (i) => getMeeting(graph.executor, pick(ids, i))],
    [
      'topicTrend (3 topics, per year)',
      () => topicTrend(graph.executor, { slugs: ['nara-vard', 'vardplatser', 'prehospital'], granularity: 'year' }),
    ],
    [
      'topicTrend (2 topics, per meeting)',
      () => topicTrend(graph.executor, { slugs: ['nara-vard', 'vardplatser'], granularity: 'meeting' }),
    ],
    ['listPeople', () => listPeople(graph.executor, { limit: 50 })],
    ['getPerson', (i) => getPerson(graph.executor, pick(people, i))],
    ['getOrganisation (PRO)', () => getOrganisation(graph.executor, 'pro')],
    [
      'getNeighbourhood (meeting, depth 1)',
      (i) => getNeighbourhood(graph.executor, { label: 'Meeting', key: pick(ids, i), depth: 1, limit: 200 }),
    ],
    ['search, full-text "vårdplatser"', () => search('vårdplatser', 'fulltext')],
    ['search, full-text "ambulans äldre"', () => search('ambulans äldre', 'fulltext')],
    ["search, vector (a passage's opening)", (i) => search(pick(openings, i), 'vector')],
  ];
  const rows: string[][] = [];
  for (const [name, fn] of readModels) {
    const times = await timeCalls(fn, CALLS);
    rows.push([name, ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))]);
  }
  console.log('');
  printTable(['read model', 'p50 ms', 'p95 ms', 'max ms'], rows);
} finally {
  await graph.close();
  await remove();
}
