import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ModelDtype } from './embedder.js';
import { EmbedError } from './errors.js';
import { modelFolder, requiredModelFiles } from './local-models.js';

/** What a download reports as it goes; sizes in bytes, `total` null when the server gave none. */
export type FetchEvent =
  | { type: 'model'; modelId: string; dtype: ModelDtype; endpoint: string; files: string[] }
  | { type: 'kept'; file: string }
  | { type: 'start'; file: string; total: number | null }
  | { type: 'bytes'; file: string; received: number; total: number | null }
  | { type: 'done'; file: string; bytes: number }
  /** The file's download broke off; the error follows as fetchModel's rejection. */
  | { type: 'failed'; file: string };

export type FetchListener = (event: FetchEvent) => void;

export interface FetchModelOptions {
  modelId: string;
  dtype: ModelDtype;
  modelsDir: string;
  /** A Hub or a mirror; defaults to HF_ENDPOINT, then https://huggingface.co. */
  endpoint?: string;
  /** Download files that are already there. */
  force?: boolean;
  onEvent?: FetchListener;
  /** Give up when no byte arrives for this long, headers included (default 30 s). */
  idleTimeoutMs?: number;
}

export interface FetchedModel {
  folder: string;
  /** Files downloaded now, and their sizes. */
  fetched: { file: string; bytes: number }[];
  /** Files that were already there and kept. */
  kept: string[];
}

const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const STAGING_PREFIX = '.staging-';

/** The Hub to fetch from: HF_ENDPOINT (a mirror) or huggingface.co, without a trailing slash. */
export function hfEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  return (env.HF_ENDPOINT?.trim() || 'https://huggingface.co').replace(/\/+$/, '');
}

/** The Hub's URL for one file of a model's main revision. */
export function modelFileUrl(endpoint: string, modelId: string, file: string): string {
  return `${endpoint}/${modelId}/resolve/main/${file}`;
}

/**
 * Downloads the files a model needs into `<modelsDir>/<modelId>`. Everything goes first into a
 * staging folder of this process (`<modelsDir>/.staging-<pid>-…`) and is moved into place only when
 * every file has arrived whole, so the model folder never looks loadable (missingModelFiles() empty)
 * with a file cut short. On failure the staging folder is removed and the error rethrown; one left by
 * a killed process is removed by the next fetch.
 */
export async function fetchModel(options: FetchModelOptions): Promise<FetchedModel> {
  const endpoint = (options.endpoint ?? hfEndpoint()).replace(/\/+$/, '');
  const folder = modelFolder(options.modelsDir, options.modelId);
  await mkdir(options.modelsDir, { recursive: true });
  await removeStaleStaging(options.modelsDir);

  const files = requiredModelFiles(options.dtype);
  const kept = options.force ? [] : files.filter((file) => existsSync(path.join(folder, file)));
  const wanted = files.filter((file) => !kept.includes(file));
  options.onEvent?.({ type: 'model', modelId: options.modelId, dtype: options.dtype, endpoint, files: wanted });
  for (const file of kept) options.onEvent?.({ type: 'kept', file });
  if (wanted.length === 0) return { folder, fetched: [], kept };

  const staging = await mkdtemp(path.join(options.modelsDir, `${STAGING_PREFIX}${process.pid}-`));
  const stagedModel = path.join(staging, 'model');
  try {
    const fetched: FetchedModel['fetched'] = [];
    for (const file of wanted) {
      const bytes = await downloadFile(modelFileUrl(endpoint, options.modelId, file), path.join(stagedModel, file), file, options);
      fetched.push({ file, bytes });
    }
    await moveIntoPlace(stagedModel, folder, wanted);
    return { folder, fetched, kept };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * A new model folder arrives by one rename. When the folder is already there (another dtype's
 * weights, or files kept from before) the new files are renamed in one by one: each appears whole,
 * and until the last one lands the model still lacks a file, so it never looks loadable half-done.
 */
async function moveIntoPlace(stagedModel: string, folder: string, files: readonly string[]): Promise<void> {
  await mkdir(path.dirname(folder), { recursive: true });
  if (!existsSync(folder)) {
    try {
      await rename(stagedModel, folder);
      return;
    } catch (error) {
      // Another process put the folder there meanwhile: fall through and add our files to it.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
    }
  }
  for (const file of files) {
    const target = path.join(folder, file);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(stagedModel, file), target);
  }
}

/** Streams `url` to `target`, checking the length the server announced; resolves to the bytes written. */
async function downloadFile(url: string, target: string, file: string, options: FetchModelOptions): Promise<number> {
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const abort = new AbortController();
  const idle = setTimeout(() => abort.abort(), idleMs);
  let received = 0;
  let expected: number | null = null;
  try {
    let response: Response;
    try {
      // identity: a compressed body would not match the content-length we check it against.
      response = await fetch(url, { redirect: 'follow', signal: abort.signal, headers: { 'accept-encoding': 'identity' } });
    } catch (cause) {
      throw new EmbedError('download_failed', `could not reach ${url} (${describeFetchError(cause, abort.signal, idleMs)})`, { cause });
    }
    if (!response.ok || response.body === null) {
      await response.body?.cancel().catch(() => undefined);
      throw new EmbedError('download_failed', `GET ${url} answered ${response.status} ${response.statusText}`.trim());
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
    expected = Number.isFinite(length) && !encoded ? length : null;
    options.onEvent?.({ type: 'start', file, total: expected });
    await mkdir(path.dirname(target), { recursive: true });
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        idle.refresh();
        options.onEvent?.({ type: 'bytes', file, received, total: expected });
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), counter, createWriteStream(target));
    } catch (cause) {
      const of = expected === null ? '' : ` of ${expected}`;
      throw new EmbedError(
        'download_failed',
        `${url} broke off after ${received}${of} bytes (${describeFetchError(cause, abort.signal, idleMs)})`,
        { cause },
      );
    }
    const { size } = await stat(target);
    if (expected !== null && size !== expected) {
      throw new EmbedError('download_failed', `${url}: got ${size} bytes, expected ${expected}`);
    }
    options.onEvent?.({ type: 'done', file, bytes: size });
    return size;
  } catch (error) {
    options.onEvent?.({ type: 'failed', file });
    throw error;
  } finally {
    clearTimeout(idle);
  }
}

/** A short reason for a failed request: the system's error code where there is one. */
export function describeFetchError(cause: unknown, signal: AbortSignal | null, timeoutMs: number): string {
  if (signal?.aborted || (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError'))) {
    return `no data for ${Math.round(timeoutMs / 100) / 10} s`;
  }
  const inner = cause instanceof Error ? (cause.cause ?? cause) : cause;
  if (inner && typeof inner === 'object') {
    const { code, message } = inner as { code?: unknown; message?: unknown };
    // Node's messages repeat the code ('connect ECONNREFUSED 127.0.0.1:80'); undici's add to it ('other side closed').
    if (typeof code === 'string') return typeof message === 'string' && !message.includes(code) ? `${code}: ${message}` : code;
    if (typeof message === 'string') return message;
  }
  return String(inner);
}

/**
 * Removes staging folders whose process is gone (killed mid-download). A folder of a process that
 * still runs is left alone: it may be downloading right now.
 */
export async function removeStaleStaging(modelsDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(modelsDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const pid = stagingPid(name);
    if (pid === null || processIsAlive(pid)) continue;
    await rm(path.join(modelsDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function stagingPid(name: string): number | null {
  if (!name.startsWith(STAGING_PREFIX)) return null;
  const pid = Number(name.slice(STAGING_PREFIX.length).split('-')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
