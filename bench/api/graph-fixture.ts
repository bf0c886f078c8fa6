import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { connectGraph, type GraphConnection } from '../../graph/db/connect.js';
import { LexicalEmbedder } from '../../ingest/embed/lexical-embedder.js';
import { IngestSession } from '../../pipeline/ingest-session.js';
import { commitInOrder } from '../../pipeline/pipelined.js';
import { textDocument } from '../../tests/fixtures/sample-minutes.js';
import { makeTempDir } from '../../tests/fixtures/temp-dir.js';
import { generateCorpus } from '../corpus/generate-corpus.js';

/** A graph of synthetic meetings in an embedded Neo4j, ingested through the real pipeline. */
export interface GraphFixture {
  graph: GraphConnection;
  session: IngestSession;
  meetings: number;
  /** True when an earlier run's store was reused (`--reuse`) and nothing was ingested now. */
  reused: boolean;
  ingest: IngestRecord;
  /** Node counts by label, to say what the figures were measured against. */
  nodes: Record<string, number>;
  close(): Promise<void>;
}

/** What the ingest did; stored next to a reusable store so a later run can report it. */
export interface IngestRecord {
  meetings: number;
  written: number;
  failed: number;
  seconds: number;
  bodies: number;
  years: number;
  embedderId: string;
}

export interface GraphFixtureOptions {
  meetings: number;
  /** Keep the store under `<root>/api-graph-<N>/` and reuse it when a completed one is there. */
  reuse: boolean;
  /** Default `.bench`. */
  root?: string;
  log?: (message: string) => void;
}

/** Meetings per body and year in the corpus: the generator allows four to eight. */
const PER_YEAR = 6;
const YEARS = 10;
/** Neo4j sized for a 10,000-meeting graph (≈ 450,000 passages with vectors) on a 24 GiB machine. */
const MEMORY = { heap: '2g', pageCache: '1g' };

/**
 * Builds (or reuses) the benchmark graph. Meetings come from the synthetic corpus generator (many
 * councils over ten years, as a region's archive would hold), TXT only since PDF reading is not what
 * the API benchmark measures; each is annotated with the lexical embedder and written by
 * IngestSession, which then runs the cross-meeting analysis as a real ingest does.
 */
export async function prepareGraphFixture(options: GraphFixtureOptions): Promise<GraphFixture> {
  const log = options.log ?? ((m: string) => console.error(m));
  const keep = options.reuse ? path.resolve(options.root ?? '.bench', `api-graph-${options.meetings}`) : null;
  const temp = keep ? null : await makeTempDir('radslag-bench-api-');
  const dir = keep ?? temp!.dir;
  const marker = path.join(dir, 'ingest.json');
  const reusable = keep !== null && existsSync(marker);
  if (keep && !reusable) await rm(keep, { recursive: true, force: true }); // a half-built store is not trusted
  await mkdir(dir, { recursive: true });

  let graph: GraphConnection | undefined;
  try {
    graph = await connectGraph(
      { mode: 'embedded', neo4jDir: path.join(dir, 'neo4j'), database: 'neo4j', dataDir: dir },
      { embedded: { memory: MEMORY, log } },
    );
    const embedder = new LexicalEmbedder();
    const session = await IngestSession.open(graph.executor, { embedder });
    const ingest = reusable
      ? (JSON.parse(await readFile(marker, 'utf8')) as IngestRecord)
      : await ingestCorpus(session, options.meetings, embedder.id, log);
    if (!reusable && keep) await writeFile(marker, `${JSON.stringify(ingest, null, 2)}\n`);
    const nodes = Object.fromEntries(
      await graph.executor.read<[string, number]>('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label', {}, (row) => [
        String(row.label),
        Number(row.n),
      ]),
    );
    const opened = graph;
    return {
      graph: opened,
      session,
      meetings: options.meetings,
      reused: reusable,
      ingest,
      nodes,
      close: async () => {
        try {
          await opened.close();
        } finally {
          await temp?.remove();
        }
      },
    };
  } catch (error) {
    await graph?.close();
    await temp?.remove();
    throw error;
  }
}

async function ingestCorpus(session: IngestSession, meetings: number, embedderId: string, log: (m: string) => void): Promise<IngestRecord> {
  const bodies = Math.max(1, Math.ceil(meetings / (PER_YEAR * YEARS)));
  const years = Math.min(YEARS, Math.max(1, Math.ceil(meetings / (bodies * PER_YEAR))));
  const started = performance.now();
  const { files } = generateCorpus({ meetings, bodies, years, seed: 1, pdfShare: 0 });
  log(`bench:api — generated ${files.length} meetings of ${bodies} bodies over ${years} years; ingesting…`);
  let written = 0;
  const failures: string[] = [];
  let reported = 0;
  // As the CLI ingests: the next documents are annotated (Node's core) while a batch is written (Neo4j's).
  for await (const outcome of commitInOrder(session, files, (file) => session.prepareDocument(textDocument(file.text, file.file)))) {
    if (outcome.ok) written++;
    else failures.push(`${outcome.path}: ${outcome.error.code} ${outcome.error.message}`);
    const done = written + failures.length;
    if (done - reported >= Math.max(10, files.length / 20)) {
      reported = done;
      const seconds = (performance.now() - started) / 1000;
      log(`  ${done}/${files.length} meetings (${(done / seconds).toFixed(1)}/s)`);
    }
  }
  await session.finish();
  for (const f of failures.slice(0, 5)) log(`  failed: ${f}`);
  return { meetings, written, failed: failures.length, seconds: (performance.now() - started) / 1000, bodies, years, embedderId };
}
