import cliProgress from 'cli-progress';
import type { FetchEvent, FetchListener } from '../../ingest/embed/model-fetch.js';

export interface DownloadProgressOptions {
  /** Swedish for `npm start`, English for the ingest CLI and models:download. */
  lang: 'sv' | 'en';
  /** Where progress goes (default stderr): a bar when it is a terminal, else a few plain lines. */
  stream?: NodeJS.WriteStream;
  /** Put before each plain line, to sit under the caller's own lines. */
  indent?: string;
}

/** Files smaller than this come and go too fast for a bar or progress lines to say anything. */
export const PROGRESS_MIN_BYTES = 1_000_000;
/** Without a terminal a line at each quarter: enough to see it move, never spam in a log. */
const STEPS = [25, 50, 75];

const TEXT = {
  model: {
    sv: (e: ModelEvent) => `Hämtar modellen ${e.modelId} (${e.dtype}) från ${e.endpoint} …`,
    en: (e: ModelEvent) => `Fetching model ${e.modelId} (${e.dtype}) from ${e.endpoint} …`,
  },
  kept: { sv: (file: string) => `finns  ${file}`, en: (file: string) => `have   ${file}` },
  start: {
    sv: (file: string, size: string) => `hämtar ${file} (${size})`,
    en: (file: string, size: string) => `fetching ${file} (${size})`,
  },
  step: {
    sv: (file: string, percent: number, of: string) => `  ${file}: ${percent} % (${of} MB)`,
    en: (file: string, percent: number, of: string) => `  ${file}: ${percent}% (${of} MB)`,
  },
  done: {
    sv: (file: string, size: string) => `klar   ${file} (${size})`,
    en: (file: string, size: string) => `got    ${file} (${size})`,
  },
};

type ModelEvent = Extract<FetchEvent, { type: 'model' }>;

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
/** A file's size as people read it: config.json is a few kB, the weights a hundred MB. */
export const formatSize = (bytes: number): string => (bytes < 100_000 ? `${Math.max(1, Math.ceil(bytes / 1e3))} kB` : `${mb(bytes)} MB`);

/**
 * A listener for fetchModel's events. On a terminal a cli-progress bar per large file, cleared when
 * the file is done; otherwise plain lines at each quarter, so CI logs and redirected output stay short.
 */
export function downloadProgress(options: DownloadProgressOptions): FetchListener {
  const stream = options.stream ?? process.stderr;
  const indent = options.indent ?? '';
  const { lang } = options;
  const line = (text: string) => void stream.write(`${indent}${text}\n`);
  const tty = stream.isTTY === true;
  let bar: cliProgress.SingleBar | null = null;
  let nextStep = 0;

  return (event) => {
    switch (event.type) {
      case 'model':
        if (event.files.length > 0) line(TEXT.model[lang](event));
        return;
      case 'kept':
        line(TEXT.kept[lang](event.file));
        return;
      case 'start': {
        nextStep = 0;
        if (event.total === null || event.total < PROGRESS_MIN_BYTES) return;
        if (!tty) {
          line(TEXT.start[lang](event.file, formatSize(event.total)));
          return;
        }
        bar = new cliProgress.SingleBar(
          { stream, format: `${indent} {bar} {percentage}%  {done}/{size} MB  {file}`, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(event.total, 0, { file: event.file, done: mb(0), size: mb(event.total) });
        return;
      }
      case 'bytes': {
        if (event.total === null || event.total < PROGRESS_MIN_BYTES) return;
        if (bar) {
          bar.update(event.received, { done: mb(event.received) });
          return;
        }
        const percent = (event.received / event.total) * 100;
        while (nextStep < STEPS.length && percent >= STEPS[nextStep]!) {
          line(TEXT.step[lang](event.file, STEPS[nextStep]!, `${mb(event.received)}/${mb(event.total)}`));
          nextStep += 1;
        }
        return;
      }
      case 'done':
        bar?.stop();
        bar = null;
        line(TEXT.done[lang](event.file, formatSize(event.bytes)));
        return;
      case 'failed':
        // The bar's timer would keep the process alive and the cursor hidden; the caller says why it failed.
        bar?.stop();
        bar = null;
        return;
    }
  };
}
