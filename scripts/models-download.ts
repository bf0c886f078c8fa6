/**
 * `npm run models:download [-- --model <id> --dtype <dtype> --models-dir <dir>]`
 *
 * Fetches a feature-extraction model's files from the Hugging Face Hub into the local
 * models folder, where TransformersEmbedder loads them with remote loading switched off.
 * The only part of Rådslag that goes to the network; never run in CI or tests.
 * HF_ENDPOINT points it at a mirror.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Command } from 'commander';
import { DEFAULT_MODEL_ID, ModelDtypeSchema } from '../ingest/embed/embedder.js';
import { EmbedError } from '../ingest/embed/errors.js';
import { modelFolder, requiredModelFiles, resolveModelsDir } from '../ingest/embed/local-models.js';

const program = new Command()
  .name('models:download')
  .description('Download an embedding model into the local models folder')
  .option('--model <id>', 'Hugging Face model id', DEFAULT_MODEL_ID)
  .option('--dtype <dtype>', `weights to fetch (${ModelDtypeSchema.options.join(', ')})`, 'fp32')
  .option('--models-dir <dir>', 'models folder (default: RADSLAG_MODELS_DIR or models/)')
  .option('--force', 'download files that are already there', false)
  .parse();

const options = program.opts<{ model: string; dtype: string; modelsDir?: string; force: boolean }>();
const dtype = ModelDtypeSchema.parse(options.dtype);
const modelsDir = resolveModelsDir(options.modelsDir);
const endpoint = (process.env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/+$/, '');
const folder = modelFolder(modelsDir, options.model);

try {
  for (const file of requiredModelFiles(dtype)) {
    const target = path.join(folder, file);
    if (!options.force && (await exists(target))) {
      console.log(`have   ${file}`);
      continue;
    }
    const bytes = await download(`${endpoint}/${options.model}/resolve/main/${file}`, target);
    console.log(`got    ${file} (${(bytes / 1e6).toFixed(1)} MB)`);
  }
  console.log(`Model ${options.model} (${dtype}) is ready in ${folder}`);
} catch (error) {
  // A short line for the user, not a stack trace; the exit code tells scripts it failed.
  console.error(`models:download failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/** Streams `url` to a temp file beside `target`, then renames it: no half file is ever loaded. */
async function download(url: string, target: string): Promise<number> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (cause) {
    throw new EmbedError('download_failed', `could not reach ${url} (${String((cause as Error).cause ?? cause)})`, { cause });
  }
  if (!response.ok || response.body === null) {
    throw new EmbedError('download_failed', `GET ${url} answered ${response.status} ${response.statusText}`);
  }
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.part`;
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(partial));
    const { size } = await stat(partial);
    const expected = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(expected) && expected !== size) {
      throw new EmbedError('download_failed', `${url}: got ${size} bytes, expected ${expected}`);
    }
    await rename(partial, target);
    return size;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
