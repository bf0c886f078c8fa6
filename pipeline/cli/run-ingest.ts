import { stat, writeFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { loadGraphConfig } from '../../graph/db/config.js';
import { connectGraph, type GraphConnection } from '../../graph/db/connect.js';
import { deleteMeetingsBySource, listMeetingSources } from '../../graph/write/delete-meetings.js';
import type { EmbedderConfigInput } from '../../ingest/embed/embedder.js';
import { embedderConfigFromEnv } from '../../ingest/annotate/embedder-env.js';
import { IngestSession, type IngestOutcome } from '../ingest-session.js';
import { embeddingCacheDir } from '../embedding-cache-dir.js';
import { ingestInOrder } from '../pipelined.js';
import { resolveMaxBytes } from '../../ingest/read/limits.js';
import { collectFiles } from './collect-files.js';
import { EXIT } from './exit-codes.js';
import { createProgress } from './progress.js';
import { embedderConfigForGraph } from './fetch-missing-model.js';
import { analysisLine, embeddingLine, summaryLine, tally, tallyLine, warningLines } from './report.js';

export interface RunOptions {
  dryRun: boolean;
  /** Write the annotated records to this file as a JSON array. */
  json?: string;
  /** List each file's parse warnings under its summary line. */
  verbose?: boolean;
  maxBytes?: number;
  /** Remove meetings whose source file under the given folders no longer exists. */
  prune?: boolean;
  /** A file for a meeting the graph holds from another file replaces it (`--replace`); else it is refused. */
  replace?: boolean;
  embedder?: EmbedderConfigInput;
  /** Meetings per write transaction (default DEFAULT_WRITE_BATCH). */
  batchSize?: number;
  /** The meeting's date (`--date`): only with exactly one file, never a folder. */
  date?: string;
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** Runs the pipeline over the inputs and prints the report; resolves to the exit code. */
export async function runIngest(inputs: readonly string[], opts: RunOptions): Promise<number> {
  let maxBytes: number;
  try {
    maxBytes = resolveMaxBytes({ maxBytes: opts.maxBytes }); // a bad RADSLAG_MAX_FILE_MB is a usage error
  } catch (e) {
    say((e as Error).message);
    return EXIT.usage;
  }
  if (opts.prune && opts.dryRun) {
    say('--prune changes the graph; it cannot be combined with --dry-run.');
    return EXIT.usage;
  }
  if (opts.date !== undefined && (inputs.length !== 1 || (await isFolder(inputs[0]!)))) {
    say('--date sets the date of one meeting: give exactly one file, not several or a folder.');
    return EXIT.usage;
  }
  const { files, problems } = await collectFiles(inputs);
  if (files.length === 0 && problems.length === 0 && !opts.prune) {
    say(`No .pdf, .txt or .text files found in: ${inputs.join(', ')}`);
    return EXIT.usage;
  }

  let graph: GraphConnection | null = null;
  try {
    const sessionOptions = {
      read: { maxBytes },
      keepRecords: opts.json !== undefined,
      otherDocument: opts.replace ? ('replace' as const) : ('refuse' as const),
      embedderConfig: { ...embedderConfigFromEnv(), ...opts.embedder },
    };
    let session: IngestSession;
    if (opts.dryRun) {
      session = await IngestSession.offline(sessionOptions);
    } else {
      const config = loadGraphConfig();
      graph = await connectGraph(config);
      say(`Graph: ${graph.uri}${graph.embedded ? ' (embedded Neo4j)' : ''}`);
      const cacheDir = embeddingCacheDir(config);
      say(`Embedding cache: ${cacheDir}`);
      // Only a run that embeds fetches: a missing model comes now when the Hub answers, else lexical as before.
      const embedderConfig = await embedderConfigForGraph(graph.executor, sessionOptions.embedderConfig, { lang: 'en', say });
      session = await IngestSession.open(graph.executor, { ...sessionOptions, embedderConfig, cacheDir });
      const notice = session.annotator.notice;
      if (notice) say(notice.en);
    }

    const results: IngestOutcome[] = problems.map(({ path, error }) => ({ ok: false, path, error }));
    const progress = createProgress(files.length);
    for (const result of results) progress.log(summaryLine(result));
    let graphLost = false;
    // Stored as an absolute path: the same file is the same source whatever the working directory.
    for await (const result of ingestInOrder(
      session,
      files.map((file) => resolve(file)),
      opts.batchSize,
      opts.date === undefined ? {} : { date: opts.date },
    )) {
      results.push(result);
      progress.log(summaryLine(result));
      if (opts.verbose) for (const line of warningLines(result)) progress.log(line);
      progress.tick(basename(result.path));
      // Without the graph every further file would fail the same way: stop, and say how to go on.
      if (!result.ok && result.error.code === 'graph_unavailable') {
        graphLost = true;
        break;
      }
    }
    progress.stop();
    if (graphLost) {
      const done = results.filter((r) => r.ok).length;
      say(
        `The graph became unavailable; stopped after ${results.length} of ${files.length + problems.length} files (${done} written). Run the same command again when it is back: written meetings are skipped as unchanged.`,
      );
      console.log(tallyLine(tally(results)));
      return EXIT.graphFailed;
    }

    console.log(tallyLine(tally(results)));
    if (session.annotator.embedder) console.log(embeddingLine(session.annotator.embeddingLookups));
    // Pruning first, so the cross-meeting step also redoes the bodies that lost a meeting.
    if (opts.prune && graph) {
      const pruned = await prune(graph, inputs, files);
      session.touch(pruned.bodies);
      console.log(
        pruned.ids.length ? `Pruned ${pruned.ids.length} meeting(s) whose file is gone: ${pruned.ids.join(', ')}` : 'Nothing to prune.',
      );
    }
    const analysis = await session.finish();
    if (analysis) console.log(analysisLine(analysis));
    if (opts.json !== undefined) {
      const records = results.flatMap((r) => (r.ok && r.record ? [r.record] : []));
      try {
        await writeFile(opts.json, `${JSON.stringify(records, null, 2)}\n`);
        console.log(`Wrote ${records.length} record(s) to ${opts.json}`);
      } catch (e) {
        say(`Cannot write ${opts.json}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        return EXIT.fileFailed;
      }
    }
    return results.some((r) => !r.ok) ? EXIT.fileFailed : EXIT.ok;
  } catch (e) {
    // Only the graph itself gets here (not reachable, embedded server cannot start, embedder mismatch).
    say(`Cannot ingest: ${(e as Error).message}`);
    return EXIT.graphFailed;
  } finally {
    await graph?.close();
  }
}

const isFolder = (input: string): Promise<boolean> =>
  stat(input).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Meetings whose source lies under one of the input folders but was not found this run, and their bodies. */
async function prune(
  graph: GraphConnection,
  inputs: readonly string[],
  found: readonly string[],
): Promise<{ ids: string[]; bodies: string[] }> {
  const roots = inputs.map((i) => resolve(i));
  const present = new Set(found.map((f) => resolve(f)));
  const stored = await listMeetingSources(graph.executor);
  const gone = stored.filter((s) => {
    const abs = resolve(s.path);
    return roots.some((root) => abs === root || abs.startsWith(root + sep)) && !present.has(abs);
  });
  if (gone.length === 0) return { ids: [], bodies: [] };
  const ids = await deleteMeetingsBySource(
    graph.executor,
    gone.map((s) => s.path),
  );
  return { ids, bodies: [...new Set(gone.flatMap((s) => (s.bodyKey === null ? [] : [s.bodyKey])))] };
}
