/**
 * `npm run models:download [-- --model <id> --dtype <dtype> --models-dir <dir>]`
 *
 * Fetches a feature-extraction model's files from the Hugging Face Hub into the local
 * models folder, where TransformersEmbedder loads them with remote loading switched off.
 * HF_ENDPOINT points it at a mirror. `npm start` and `npm run ingest` do the same on their own
 * when the model is missing (ingest/embed/auto-fetch.ts); this is the way to fetch on purpose,
 * another model or other weights. Never run in CI or tests against the real Hub.
 */
import { Command, Option } from 'commander';
import { DEFAULT_MODEL_DTYPE, DEFAULT_MODEL_ID, ModelDtypeSchema } from '../ingest/embed/embedder.js';
import { resolveModelsDir } from '../ingest/embed/local-models.js';
import { fetchModel } from '../ingest/embed/model-fetch.js';
import { downloadProgress } from '../pipeline/cli/download-progress.js';

const program = new Command()
  .name('models:download')
  .description('Download an embedding model into the local models folder')
  .option('--model <id>', 'Hugging Face model id', DEFAULT_MODEL_ID)
  .addOption(new Option('--dtype <dtype>', 'weights to fetch').choices(ModelDtypeSchema.options).default(DEFAULT_MODEL_DTYPE))
  .option('--models-dir <dir>', 'models folder (default: RADSLAG_MODELS_DIR or models/)')
  .option('--force', 'download files that are already there', false)
  .parse();

const options = program.opts<{ model: string; dtype: string; modelsDir?: string; force: boolean }>();

try {
  const dtype = ModelDtypeSchema.parse(options.dtype);
  const { folder } = await fetchModel({
    modelId: options.model,
    dtype,
    modelsDir: resolveModelsDir(options.modelsDir),
    force: options.force,
    onEvent: downloadProgress({ lang: 'en' }),
  });
  console.log(`Model ${options.model} (${dtype}) is ready in ${folder}`);
} catch (error) {
  // A short line for the user, not a stack trace; the exit code tells scripts it failed.
  console.error(`models:download failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
