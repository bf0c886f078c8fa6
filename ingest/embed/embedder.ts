import { z } from 'zod';

export type { Embedder, EmbedUse } from '../../shapes/embedder.js';

export const DEFAULT_MODEL_ID = 'Xenova/multilingual-e5-small';
export const DEFAULT_LEXICAL_DIMENSIONS = 384;

export const ModelDtypeSchema = z.enum(['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'bnb4', 'q4f16']);
export type ModelDtype = z.infer<typeof ModelDtypeSchema>;

/**
 * The weights fetched (auto-fetch, models:download) and loaded when no dtype is configured: for
 * multilingual-e5-small about 120 MB instead of 470 MB for fp32, at a small cost in quality.
 */
export const DEFAULT_MODEL_DTYPE: ModelDtype = 'q8';

export const EmbedPrefixesSchema = z.object({ query: z.string(), passage: z.string() });
export type EmbedPrefixes = z.infer<typeof EmbedPrefixesSchema>;

/** Embedder settings as read from config or the CLI. */
export const EmbedderConfigSchema = z.object({
  /** `auto`: the local transformer model when it is there, else the lexical embedder. */
  kind: z.enum(['auto', 'transformers', 'lexical']).default('auto'),
  modelId: z.string().min(1).default(DEFAULT_MODEL_ID),
  /** Folder that holds `<modelId>/…`; defaults to RADSLAG_MODELS_DIR, then `models/`. */
  modelsDir: z.string().min(1).optional(),
  /**
   * Which ONNX weights file to load (fp32: onnx/model.onnx, q8: onnx/model_quantized.onnx). Unset:
   * defaultDtype() in local-models.ts, which is what auto-fetch fetches.
   */
  dtype: ModelDtypeSchema.optional(),
  batchSize: z.number().int().positive().max(1024).default(16),
  /** Text put before each input; defaults to e5's "query: "/"passage: " for e5 models, else none. */
  prefixes: EmbedPrefixesSchema.optional(),
  lexicalDimensions: z.number().int().min(16).max(8192).default(DEFAULT_LEXICAL_DIMENSIONS),
});
export type EmbedderConfig = z.infer<typeof EmbedderConfigSchema>;
/** Config as a caller writes it: every field optional. */
export type EmbedderConfigInput = z.input<typeof EmbedderConfigSchema>;
