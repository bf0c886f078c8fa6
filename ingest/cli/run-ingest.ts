import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { resolveMaxBytes } from '../read/limits.js';
import { collectFiles } from './collect-files.js';
import { EXIT } from './exit-codes.js';
import { ingestFile, type IngestOptions, type IngestResult } from './ingest-file.js';
import { createProgress } from './progress.js';
import { summaryLine, tally, tallyLine, warningLines } from './report.js';


export interface RunOptions extends Pick<IngestOptions, 'maxBytes'> {
  dryRun: boolean;
  /** Write the parsed records to this file as a JSON array. */
  json?: string;
  /** List each file's parse warnings under its summary line. */
  verbose?: boolean;
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** Runs the pipeline over the inputs and prints the report; resolves to the exit code. */
export async function runIngest(inputs: readonly string[], opts: RunOptions): Promise<number> {
  if (!opts.dryRun) {
    say('Writing to the graph is not available yet; run with --dry-run to read and parse only.');
    return EXIT.usage;
  }
  let maxBytes: number;
  try {
    maxBytes = resolveMaxBytes({ maxBytes: opts.maxBytes }); // a bad RADSLAG_MAX_FILE_MB is a usage error
  } catch (e) {
    say((e as Error).message);
    return EXIT.usage;
  }
  const { files, problems } = await collectFiles(inputs);
  if (files.length === 0 && problems.length === 0) {
    say(`No .pdf, .txt or .text files found in: ${inputs.join(', ')}`);
    return EXIT.usage;
  }

  const results: IngestResult[] = problems.map(({ path, error }) => ({ ok: false, path, error }));
  const progress = createProgress(files.length);
  for (const result of results) progress.log(summaryLine(result));
  for (const file of files) {
    const result = await ingestFile(file, { maxBytes });
    results.push(result);
    progress.log(summaryLine(result));
    if (opts.verbose) for (const line of warningLines(result)) progress.log(line);
    progress.tick(basename(file));
  }
  progress.stop();

  const counts = tally(results);
  console.log(tallyLine(counts));
  if (opts.json !== undefined) {
    const records = results.flatMap((r) => (r.ok ? [r.minutes] : []));
    try {
      await writeFile(opts.json, `${JSON.stringify(records, null, 2)}\n`);
      console.log(`Wrote ${records.length} record(s) to ${opts.json}`);
    } catch (e) {
      say(`Cannot write ${opts.json}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return EXIT.fileFailed;
    }
  }
  return counts.failed > 0 ? EXIT.fileFailed : EXIT.ok;
}
