import { type AutoFetchOptions, type AutoFetchResult, autoFetchModel } from '../../ingest/embed/auto-fetch.js';
import type { EmbedderConfigInput } from '../../ingest/embed/embedder.js';
import { downloadProgress, formatSize } from './download-progress.js';
import { readStoredEmbedder } from '../../graph/db/schema.js';
import type { GraphReader } from '../../graph/db/ports.js';

export interface FetchMissingModelOptions extends Omit<AutoFetchOptions, 'onEvent'> {
  lang: 'sv' | 'en';
  /** Where the outcome goes, one line: `npm start` prints to stdout, the ingest CLI to stderr. */
  say: (line: string) => void;
  /** Where the download's progress goes (default stderr). */
  stream?: NodeJS.WriteStream;
}

/**
 * The step `npm start` and `npm run ingest` take before building their embedder: fetch the model
 * when it is missing and the Hub answers, with progress, and say what came of it. The server does
 * not take it: it loads what is there.
 */
export async function fetchMissingModel(config: EmbedderConfigInput, options: FetchMissingModelOptions): Promise<AutoFetchResult> {
  const { lang, say, stream, ...rest } = options;
  const result = await autoFetchModel(config, {
    ...rest,
    onEvent: downloadProgress({ lang, ...(stream ? { stream } : {}), indent: '  ' }),
  });
  if (result.status === 'fetched') {
    const got = formatSize(result.bytes);
    say(lang === 'sv' ? `Modellen hämtades till ${result.folder} (${got})` : `Model fetched into ${result.folder} (${got})`);
  } else if (result.status === 'offline' || result.status === 'failed') {
    say(result.notice[lang]);
  }
  return result;
}

/** The lexical embedder's ids start so (ingest/embed/lexical-embedder.ts). */
const LEXICAL_ID = /^lexical-/;

/**
 * The embedder config a run on this graph should use, and fetches the model when that is the
 * transformer. A graph whose passages the lexical embedder embedded stays lexical in `auto` mode:
 * fetching the model and embedding new meetings with it would make every write an embedder
 * mismatch. The user is told how to move the graph over (`npm run reindex`) instead.
 */
export async function embedderConfigForGraph(
  graph: GraphReader,
  config: EmbedderConfigInput,
  options: FetchMissingModelOptions,
): Promise<EmbedderConfigInput> {
  const stored = await readStoredEmbedder(graph);
  if ((config.kind ?? 'auto') === 'auto' && stored?.id && LEXICAL_ID.test(stored.id)) {
    const meetings = await graph.read<{ n: number }>('MATCH (m:Meeting) WHERE m.embedderId IS NOT NULL RETURN count(m) AS n');
    if (Number(meetings[0]?.n ?? 0) > 0) {
      options.say(
        options.lang === 'sv'
          ? 'Grafen är inbäddad med det inbyggda lexikala verktyget och fortsätter med det; npm run reindex byter till den lokala modellen.'
          : 'The graph was embedded with the built-in lexical embedder and stays with it; npm run reindex moves it to the local model.',
      );
      return { ...config, kind: 'lexical' };
    }
  }
  await fetchMissingModel(config, options);
  return config;
}
