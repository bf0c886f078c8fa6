import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_WRITE_BATCH } from '../graph/write/write-meetings.js';
import { megabytesToBytes } from '../ingest/read/limits.js';
import { EXIT } from './cli/exit-codes.js';
import { IsoDate } from '../shapes/api/common.js';

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('must be a positive number of megabytes');
  return mb;
}

function parseDate(value: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError('must be a date as YYYY-MM-DD');
  return parsed.data;
}

function parseBatch(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('must be a whole number from 1 to 1000');
  return n;
}

interface CliFlags {
  dryRun?: boolean;
  prune?: boolean;
  replace?: boolean;
  embedder?: 'auto' | 'lexical' | 'transformers';
  json?: string;
  maxFileMb?: number;
  batch?: number;
  verbose?: boolean;
  date?: string;
}

const program = new Command()
  .name('ingest')
  .description(
    'Read council meeting minutes (PDF or text), annotate them and load them into the knowledge graph\n' +
      '(the embedded Neo4j under .data/neo4j, or NEO4J_URI).',
  )
  .argument('<paths...>', 'minutes files, or folders to search recursively for .pdf, .txt and .text files')
  .option('--dry-run', 'read, parse and annotate only; do not write to the graph')
  .option('--json <file>', 'write the annotated records (AnnotatedMeeting) to <file> as a JSON array')
  .option('--prune', 'remove meetings whose source file under the given folders no longer exists')
  .option(
    '--replace',
    'a file for a meeting the graph holds from another file (same council and day) replaces it, as its corrected version; without it such a file is refused',
  )
  .addOption(
    new Option(
      '--embedder <kind>',
      'auto: the local model (fetched first when missing and the Hub answers), else lexical (default: RADSLAG_EMBEDDER or auto)',
    ).choices(['auto', 'lexical', 'transformers']),
  )
  .option('--max-file-mb <mb>', 'skip files larger than this (default: RADSLAG_MAX_FILE_MB or 50)', parseMegabytes)
  .option(
    '--batch <n>',
    `meetings written per transaction; a meeting is never split, and one that fails is retried alone (default ${DEFAULT_WRITE_BATCH})`,
    parseBatch,
  )
  .option('--date <YYYY-MM-DD>', "the meeting's date, for one file whose minutes have none (or a wrong one)", parseDate)
  .option('-v, --verbose', "list each file's parse warnings")
  .exitOverride()
  .action(async (paths: string[], flags: CliFlags) => {
    // Loaded here so that --help and usage errors answer without loading pdf.js and the parser.
    const { runIngest } = await import('./cli/run-ingest.js');
    process.exitCode = await runIngest(paths, {
      dryRun: flags.dryRun === true,
      prune: flags.prune === true,
      replace: flags.replace === true,
      ...(flags.embedder ? { embedder: { kind: flags.embedder } } : {}),
      json: flags.json,
      verbose: flags.verbose === true,
      maxBytes: flags.maxFileMb === undefined ? undefined : megabytesToBytes(flags.maxFileMb),
      ...(flags.batch !== undefined ? { batchSize: flags.batch } : {}),
      ...(flags.date !== undefined ? { date: flags.date } : {}),
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // Commander has already printed its message; help and version are not errors.
  if (!(e instanceof CommanderError)) throw e;
  process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
}
