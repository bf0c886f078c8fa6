import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { megabytesToBytes } from './read/limits.js';
import { EXIT } from './cli/exit-codes.js';

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('must be a positive number of megabytes');
  return mb;
}

interface CliFlags {
  dryRun?: boolean;
  json?: string;
  maxFileMb?: number;
  verbose?: boolean;
}

const program = new Command()
  .name('ingest')
  .description('Read and parse council meeting minutes (PDF or text) and load them into the knowledge graph.')
  .argument('<paths...>', 'minutes files, or folders to search recursively for .pdf, .txt and .text files')
  .option('--dry-run', 'read and parse only; do not write to the graph')
  .option('--json <file>', 'write the parsed records to <file> as a JSON array')
  .option('--max-file-mb <mb>', 'skip files larger than this (default: RADSLAG_MAX_FILE_MB or 50)', parseMegabytes)
  .option('-v, --verbose', "list each file's parse warnings")
  .exitOverride()
  .action(async (paths: string[], flags: CliFlags) => {
    // Loaded here so that --help and usage errors answer without loading pdf.js and the parser.
    const { runIngest } = await import('./cli/run-ingest.js');
    process.exitCode = await runIngest(paths, {
      dryRun: flags.dryRun === true,
      json: flags.json,
      verbose: flags.verbose === true,
      maxBytes: flags.maxFileMb === undefined ? undefined : megabytesToBytes(flags.maxFileMb),
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  // Commander has already printed its message; help and version are not errors.
  if (!(e instanceof CommanderError)) throw e;
  process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
}
