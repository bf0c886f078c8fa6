export {
  type Embedder,
  type EmbedUse,
  type EmbedderConfig,
  type EmbedderConfigInput,
  type EmbedPrefixes,
  type ModelDtype,
  EmbedderConfigSchema,
  DEFAULT_MODEL_ID,
  DEFAULT_MODEL_DTYPE,
  DEFAULT_LEXICAL_DIMENSIONS,
} from './embedder.js';
export { EmbedError, isEmbedError, type EmbedErrorCode } from './errors.js';
export { LexicalEmbedder, type LexicalEmbedderOptions } from './lexical-embedder.js';
export { TransformersEmbedder, defaultPrefixes, type TransformersEmbedderOptions } from './transformers-embedder.js';
export { createEmbedder, type CreatedEmbedder, type EmbedderNotice } from './create-embedder.js';
export { EmbeddingCache, embeddingKey, type EmbeddingCacheOptions } from './embedding-cache.js';
export { embedPassages, type EmbedPassagesOptions } from './embed-passages.js';
export { resolveModelsDir, missingModelFiles, requiredModelFiles, modelFolder, weightsFile, defaultDtype } from './local-models.js';
export { fetchModel, hfEndpoint, type FetchEvent, type FetchListener, type FetchModelOptions, type FetchedModel } from './model-fetch.js';
export { autoFetchModel, modelFetchEnabled, type AutoFetchOptions, type AutoFetchResult } from './auto-fetch.js';
export { dot, cosine, normaliseL2, l2Norm } from './vector-math.js';
