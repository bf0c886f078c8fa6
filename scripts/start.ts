/**
 * npm start: the main job on a fresh machine. Starts (or reuses) the embedded Neo4j — or uses
 * NEO4J_URI — fetches the embedding model when it is missing and the Hub answers, makes sure the schema
 * is there, ingests the sample minutes into an empty graph, builds the client when it is missing or
 * older than its sources, and serves the app on 127.0.0.1.
 *
 * `npm start -- --demo`: the demo corpus (scripts/demo-corpus.ts) in a data folder of its own,
 * `<RADSLAG_DATA_DIR>/demo`, with its own embedded Neo4j store, so the demo never mixes with real
 * minutes; the server then says `demo: true` on /api/health.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGraphConfig } from '../graph/db/config.js';
import { connectGraph } from '../graph/db/connect.js';
import { embedderConfigFromEnv } from '../ingest/annotate/embedder-env.js';
import { embeddingCacheDir } from '../pipeline/embedding-cache-dir.js';
import { embedderConfigForGraph } from '../pipeline/cli/fetch-missing-model.js';
import { IngestSession } from '../pipeline/ingest-session.js';
import { collectFiles } from '../pipeline/cli/collect-files.js';
import { analysisLine, summaryLine } from '../pipeline/cli/report.js';
import { startServer } from '../server/main.js';
import { ingestInOrder } from '../pipeline/pipelined.js';
import { writeDemoCorpus } from './demo-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES_DIR = resolve(process.env.RADSLAG_SAMPLES ?? join(ROOT, 'data/minutes'));
const CLIENT_DIR = join(ROOT, 'client');
const DIST = join(CLIENT_DIR, 'dist');

const say = (line: string): void => console.log(line);

const { values: flags } = parseArgs({ options: { demo: { type: 'boolean', default: false } }, strict: true });
const demo = flags.demo === true;
if (demo) {
  // Set before anything reads the environment: the graph's and the server's settings both follow it.
  process.env.RADSLAG_DATA_DIR = join(loadGraphConfig().dataDir, 'demo');
  process.env.RADSLAG_DEMO = '1';
  if (process.env.NEO4J_URI) say('• Demoläget använder en egen inbyggd Neo4j; NEO4J_URI används inte.');
  delete process.env.NEO4J_URI;
} else {
  delete process.env.RADSLAG_DEMO;
}
const DEMO_CORPUS_DIR = join(loadGraphConfig().dataDir, 'corpus');

say(demo ? 'Rådslag startar i demoläge …' : 'Rådslag startar …');
const config = loadGraphConfig();
const graph = await connectGraph(config);
say(`• Neo4j: ${graph.uri}${graph.embedded ? ` (inbyggd, data i ${graph.embedded.dataDir})` : ''}`);
let closing = false;
const shutdown = async (code = 0): Promise<void> => {
  if (closing) return;
  closing = true;
  await server?.close().catch(() => undefined);
  await graph.close().catch(() => undefined);
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

let server: { url: string; close(): Promise<void> } | undefined;
try {
  const cacheDir = embeddingCacheDir(config);
  // A fresh machine with network gets the transformer model now (RADSLAG_MODEL_FETCH=0: never); offline it says so and goes on lexical.
  const embedderConfig = await embedderConfigForGraph(graph.executor, embedderConfigFromEnv(), {
    lang: 'sv',
    say: (line) => say(`• ${line}`),
  });
  const session = await IngestSession.open(graph.executor, { cacheDir, embedderConfig });
  const embedder = session.annotator.embedder!;
  say(`• Inbäddning: ${embedder.id} (${embedder.dimensions} dimensioner, cache i ${cacheDir})`);
  if (session.annotator.notice) say(`  ${session.annotator.notice.sv}`);

  const meetings = Number((await graph.executor.read<{ n: number }>('MATCH (m:Meeting) RETURN count(m) AS n'))[0]?.n ?? 0);
  if (meetings === 0) {
    let dir = SAMPLES_DIR;
    if (demo) {
      const written = await writeDemoCorpus(DEMO_CORPUS_DIR);
      say(`• Tom demograf: skrev ${written.files} protokoll (exemplen och genererade testprotokoll) i ${DEMO_CORPUS_DIR}`);
      dir = DEMO_CORPUS_DIR;
    }
    say(`• Läser in protokollen i ${dir}`);
    const { files } = await collectFiles([dir]);
    for await (const outcome of ingestInOrder(
      session,
      files.map((file) => resolve(file)),
    ))
      say(`  ${summaryLine(outcome)}`);
    const analysis = await session.finish();
    if (analysis) say(`  ${analysisLine(analysis)}`);
  } else {
    say(`• Grafen har ${meetings} möten (läs in fler med npm run ingest -- <mapp>)`);
  }

  // The explorer is built when its sources are here and newer than the build; the API runs either way.
  if (existsSync(join(CLIENT_DIR, 'index.html')) && clientIsStale()) {
    say('• Bygger webbklienten …');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the client build failed (npm run build)');
  }

  const started = await startServer({ executor: graph.executor, session, embedder, clientDir: DIST });
  server = started;
  say(`\nRådslag körs på ${started.url}  (API: ${started.url}/api/docs)  — avsluta med Ctrl-C`);
} catch (e) {
  console.error(`Rådslag kunde inte starta: ${(e as Error).message}`);
  await shutdown(1);
}

/** True when client/dist is missing or older than any file under client/src, shapes/api or client/index.html. */
function clientIsStale(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const sources = [join(CLIENT_DIR, 'src'), join(ROOT, 'shapes', 'api'), join(CLIENT_DIR, 'index.html')].filter(existsSync);
  return sources.some((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) > built);
}
