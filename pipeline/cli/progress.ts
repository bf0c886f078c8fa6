import cliProgress from 'cli-progress';

/** Where per-file lines go while a run is in progress, and how the run advances. */
export interface Progress {
  log(line: string): void;
  tick(label: string): void;
  stop(): void;
}

/** Below this many files a run is short enough that a bar only adds noise. */
export const PROGRESS_BAR_MIN_FILES = 20;

/**
 * A progress bar on stderr for long runs in a terminal; plain lines otherwise.
 * While the bar is drawn, lines for a terminal go through the bar's own log so they do not tear
 * it; lines for a redirected stdout are written there directly.
 */
export function createProgress(
  total: number,
  out: NodeJS.WriteStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): Progress {
  const useBar = total > PROGRESS_BAR_MIN_FILES && err.isTTY === true;
  if (!useBar) {
    return { log: (line) => void out.write(`${line}\n`), tick: () => undefined, stop: () => undefined };
  }
  const multibar = new cliProgress.MultiBar(
    { stream: err, format: ' {bar} {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = multibar.create(total, 0, { file: '' });
  const shareTerminal = out.isTTY === true;
  return {
    log: (line) => (shareTerminal ? multibar.log(`${line}\n`) : void out.write(`${line}\n`)),
    tick: (label) => bar.increment(1, { file: label }),
    stop: () => multibar.stop(),
  };
}
