/**
 * npm start: the main job on a fresh machine. Starts (or reuses) the embedded Neo4j — or uses
 * NEO4J_URI — makes sure the schema is there, ingests the sample minutes into an empty graph and
 * stays up until Ctrl-C. (The API server and the explorer join here when they land.)
 */
import { join, resolve } from 'node:path';
import { connectGraph } from '../graph/connect.js';
import { IngestSession } from '../ingest/pipeline/ingest-session.js';
import { collectFiles } from '../ingest/cli/collect-files.js';
import { analysisLine, summaryLine } from '../ingest/cli/report.js';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES_DIR = resolve(process.env.RADSLAG_SAMPLES ?? join(ROOT, 'data/minutes'));

const say = (line: string): void => console.log(line);

say('Rådslag startar …');
const graph = await connectGraph();
say(`• Neo4j: ${graph.uri}${graph.embedded ? ` (inbyggd, data i ${graph.embedded.dataDir})` : ''}`);
let closing = false;
const shutdown = async (code = 0): Promise<void> => {
  if (closing) return;
  closing = true;
  await graph.close().catch(() => undefined);
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const session = await IngestSession.open(graph.executor);
  const embedder = session.annotator.embedder!;
  say(`• Inbäddning: ${embedder.id} (${embedder.dimensions} dimensioner)`);
  if (session.annotator.notice) say(`  ${session.annotator.notice.sv}`);

  const meetings = Number((await graph.executor.read<{ n: number }>('MATCH (m:Meeting) RETURN count(m) AS n'))[0]?.n ?? 0);
  if (meetings === 0) {
    say(`• Tom graf: läser in exempelprotokollen i ${SAMPLES_DIR}`);
    const { files } = await collectFiles([SAMPLES_DIR]);
    for (const file of files) say(`  ${summaryLine(await session.ingestPath(resolve(file)))}`);
    const analysis = await session.finish();
    if (analysis) say(`  ${analysisLine(analysis)}`);
  } else {
    say(`• Grafen har ${meetings} möten (läs in fler med npm run ingest -- <mapp>)`);
  }

  say(`\nRådslag körs: grafen finns på ${graph.uri} (Neo4j Browser eller cypher-shell) — avsluta med Ctrl-C`);
  await new Promise(() => undefined);
} catch (e) {
  console.error(`Rådslag kunde inte starta: ${(e as Error).message}`);
  await shutdown(1);
}
