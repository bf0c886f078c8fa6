import type { EmbedderNotice } from './create-embedder.js';
import { type EmbedderConfigInput, EmbedderConfigSchema, type ModelDtype } from './embedder.js';
import { defaultDtype, missingModelFiles, resolveModelsDir } from './local-models.js';
import { describeFetchError, fetchModel, type FetchListener, hfEndpoint, modelFileUrl } from './model-fetch.js';

export interface AutoFetchOptions {
  /** Read for RADSLAG_MODEL_FETCH and HF_ENDPOINT (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** How long the endpoint has to answer before we take it as offline (default 3 s). */
  probeTimeoutMs?: number;
  /** Passed to fetchModel: give up when the download stalls this long. */
  idleTimeoutMs?: number;
  onEvent?: FetchListener;
}

export type AutoFetchResult =
  /** Nothing to do: not `auto`, switched off, or the model is here. */
  | { status: 'not-auto' | 'disabled' | 'present'; dtype: ModelDtype | null }
  | { status: 'fetched'; dtype: ModelDtype; folder: string; bytes: number }
  /** The endpoint did not answer (or not with the model): the lexical embedder stands in. */
  | { status: 'offline'; dtype: ModelDtype; notice: EmbedderNotice }
  /** The download began and broke off; nothing half-done was kept. */
  | { status: 'failed'; dtype: ModelDtype; notice: EmbedderNotice; error: Error };

const DEFAULT_PROBE_TIMEOUT_MS = 3_000;
const OFF = ['0', 'off', 'false', 'no'];
const ON = ['', '1', 'on', 'true', 'yes'];

/** RADSLAG_MODEL_FETCH: on unless 0/off/false/no; another value is an error that names the variable. */
export function modelFetchEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.RADSLAG_MODEL_FETCH ?? '').trim().toLowerCase();
  if (OFF.includes(value)) return false;
  if (ON.includes(value)) return true;
  throw new RangeError(`RADSLAG_MODEL_FETCH must be 1/on or 0/off, not "${env.RADSLAG_MODEL_FETCH}"`);
}

/**
 * Before `npm start` or `npm run ingest` builds its embedder: when the config is `auto` and the
 * model's files are missing, fetch them if the endpoint answers within a few seconds, so that
 * createEmbedder then loads the transformer model. Fetches the dtype createEmbedder will load
 * (defaultDtype(): q8 unless configured or an fp32 model is already here). Never throws for the
 * network: offline or a broken download gives a notice and the lexical embedder is used, as without
 * a model. Throws only for a bad RADSLAG_MODEL_FETCH or embedder config.
 */
export async function autoFetchModel(input: EmbedderConfigInput, options: AutoFetchOptions = {}): Promise<AutoFetchResult> {
  const env = options.env ?? process.env;
  const config = EmbedderConfigSchema.parse(input);
  if (config.kind !== 'auto') return { status: 'not-auto', dtype: null };
  const modelsDir = resolveModelsDir(config.modelsDir);
  const dtype = config.dtype ?? defaultDtype(modelsDir, config.modelId);
  if (missingModelFiles(modelsDir, config.modelId, dtype).length === 0) return { status: 'present', dtype };
  if (!modelFetchEnabled(env)) return { status: 'disabled', dtype };

  const endpoint = hfEndpoint(env);
  const unreachable = await probe(endpoint, config.modelId, options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
  if (unreachable) return { status: 'offline', dtype, notice: offlineNotice(config.modelId, unreachable) };

  try {
    const fetched = await fetchModel({
      modelId: config.modelId,
      dtype,
      modelsDir,
      endpoint,
      ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMs: options.idleTimeoutMs } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
    const bytes = fetched.fetched.reduce((sum, f) => sum + f.bytes, 0);
    return { status: 'fetched', dtype, folder: fetched.folder, bytes };
  } catch (cause) {
    const error = cause instanceof Error ? cause : new Error(String(cause));
    return { status: 'failed', dtype, notice: failedNotice(config.modelId, error), error };
  }
}

/**
 * Whether the endpoint answers for this model: a HEAD of its config.json, which is small and
 * always there. Resolves to null when it does, else to why not, in both languages.
 */
async function probe(endpoint: string, modelId: string, timeoutMs: number): Promise<EmbedderNotice | null> {
  const url = modelFileUrl(endpoint, modelId, 'config.json');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal });
    if (response.ok) return null;
    const status = `${response.status} ${response.statusText}`.trim();
    return { sv: `${url} svarade ${status}`, en: `${url} answered ${status}` };
  } catch (cause) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    if (signal.aborted) return { sv: `${endpoint} svarade inte inom ${seconds} s`, en: `${endpoint} did not answer within ${seconds} s` };
    const why = describeFetchError(cause, null, timeoutMs);
    return { sv: `${endpoint} gick inte att nå (${why})`, en: `could not reach ${endpoint} (${why})` };
  }
}

const offlineNotice = (modelId: string, reason: EmbedderNotice): EmbedderNotice => ({
  sv: `Modellen ${modelId} hämtades inte: ${reason.sv}. Det inbyggda lexikala inbäddningsverktyget används tills modellen kan hämtas (RADSLAG_MODEL_FETCH=0 stänger av försöken).`,
  en: `Model ${modelId} was not fetched: ${reason.en}. Using the built-in lexical embedder until the model can be fetched (RADSLAG_MODEL_FETCH=0 turns the attempts off).`,
});

const failedNotice = (modelId: string, error: Error): EmbedderNotice => ({
  sv: `Hämtningen av modellen ${modelId} misslyckades: ${error.message}. Inget halvfärdigt sparades; det inbyggda lexikala inbäddningsverktyget används och hämtningen görs om nästa gång.`,
  en: `Fetching model ${modelId} failed: ${error.message}. Nothing half-done was kept; using the built-in lexical embedder, and the fetch is tried again next time.`,
});
