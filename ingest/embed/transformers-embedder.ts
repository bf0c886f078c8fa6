import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type FeatureExtractionPipeline, env, pipeline } from '@huggingface/transformers';
import type { EmbedPrefixes, EmbedUse, Embedder, ModelDtype } from './embedder.js';
import { EmbedError } from './errors.js';
import { fnv1a32 } from './feature-hash.js';
import { defaultDtype, missingModelFiles, modelFolder, resolveModelsDir } from './local-models.js';
import { normaliseL2 } from './vector-math.js';

export interface TransformersEmbedderOptions {
  modelId: string;
  modelsDir?: string;
  dtype?: ModelDtype;
  batchSize?: number;
  /** Defaults to e5's "query: " / "passage: " for e5 models, else no prefix. */
  prefixes?: EmbedPrefixes;
}

const E5_PREFIXES: EmbedPrefixes = { query: 'query: ', passage: 'passage: ' };
const NO_PREFIXES: EmbedPrefixes = { query: '', passage: '' };

/** e5 models are trained with "query: "/"passage: " and lose quality without them. */
export function defaultPrefixes(modelId: string): EmbedPrefixes {
  return /(^|[/-])e5(-|$)/i.test(modelId) ? E5_PREFIXES : NO_PREFIXES;
}

/**
 * A transformers.js feature-extraction model run locally: mean pooling over the attention
 * mask, then L2 normalisation. Loads only from the local models folder; remote loading is
 * switched off before the pipeline is built, so it never touches the network.
 */
export class TransformersEmbedder implements Embedder {
  readonly id: string;

  private constructor(
    private readonly extractor: FeatureExtractionPipeline,
    readonly dimensions: number,
    private readonly options: Required<TransformersEmbedderOptions>,
  ) {
    // Prefixes change the vectors, so prefixes other than the model's defaults change the id.
    const defaults = defaultPrefixes(options.modelId);
    const custom = options.prefixes.query !== defaults.query || options.prefixes.passage !== defaults.passage;
    const tag = custom ? `-p${fnv1a32(`${options.prefixes.query}\u0000${options.prefixes.passage}`).toString(16)}` : '';
    this.id = `transformers-${options.modelId}-${options.dtype}${tag}`;
  }

  /** Loads the model; rejects with `model_not_found` or `model_load_failed`. */
  static async load(options: TransformersEmbedderOptions): Promise<TransformersEmbedder> {
    const modelsDir = resolveModelsDir(options.modelsDir);
    const resolved: Required<TransformersEmbedderOptions> = {
      modelId: options.modelId,
      modelsDir,
      dtype: options.dtype ?? defaultDtype(modelsDir, options.modelId),
      batchSize: options.batchSize ?? 16,
      prefixes: options.prefixes ?? defaultPrefixes(options.modelId),
    };
    const missing = missingModelFiles(resolved.modelsDir, resolved.modelId, resolved.dtype);
    if (missing.length > 0) {
      throw new EmbedError('model_not_found', `model ${resolved.modelId} is missing ${missing.join(', ')} in ${resolved.modelsDir}`);
    }
    const dimensions = await readHiddenSize(modelFolder(resolved.modelsDir, resolved.modelId));
    // transformers.js keeps its settings in one global `env`; these are the only ones we set.
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = resolved.modelsDir + path.sep;
    try {
      const extractor = await pipeline('feature-extraction', resolved.modelId, {
        dtype: resolved.dtype,
        device: 'cpu',
        local_files_only: true,
      });
      return new TransformersEmbedder(extractor, dimensions, resolved);
    } catch (cause) {
      throw new EmbedError('model_load_failed', `could not load model ${resolved.modelId}: ${String(cause)}`, { cause });
    }
  }

  async embed(texts: string[], use: EmbedUse = 'passage'): Promise<Float32Array[]> {
    const prefix = this.options.prefixes[use];
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.options.batchSize) {
      const batch = texts.slice(start, start + this.options.batchSize).map((text) => prefix + text);
      vectors.push(...(await this.embedBatch(batch)));
    }
    return vectors;
  }

  /** Releases the ONNX session. */
  /**
   * The pipeline's tokenizer and model, for measuring the model's own forward pass (bench:nlp)
   * against the whole embed path. Not for embedding: use `embed`.
   */
  internals(): { tokenizer: FeatureExtractionPipeline['tokenizer']; model: FeatureExtractionPipeline['model'] } {
    return { tokenizer: this.extractor.tokenizer, model: this.extractor.model };
  }

  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }

  private async embedBatch(batch: string[]): Promise<Float32Array[]> {
    let output;
    try {
      output = await this.extractor(batch, { pooling: 'mean', normalize: true });
    } catch (cause) {
      throw new EmbedError('embed_failed', `model ${this.options.modelId} failed on a batch of ${batch.length}: ${String(cause)}`, {
        cause,
      });
    }
    const [rows, columns] = output.dims;
    if (rows !== batch.length || columns !== this.dimensions) {
      throw new EmbedError(
        'bad_vector',
        `model ${this.options.modelId} returned [${output.dims.join(', ')}], expected [${batch.length}, ${this.dimensions}]`,
      );
    }
    const data = output.data as Float32Array;
    // Copies, so callers do not hold views into one big tensor; re-normalised in float32.
    return Array.from({ length: rows }, (_, row) => normaliseL2(data.slice(row * columns, (row + 1) * columns)));
  }
}

/** The embedding width from config.json (`hidden_size`, or `d_model`/`dim` in other families). */
async function readHiddenSize(folder: string): Promise<number> {
  const file = path.join(folder, 'config.json');
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (cause) {
    throw new EmbedError('model_load_failed', `unreadable ${file}`, { cause });
  }
  const size = config.hidden_size ?? config.d_model ?? config.dim;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new EmbedError('model_load_failed', `${file} has no hidden_size`);
  }
  return size;
}
