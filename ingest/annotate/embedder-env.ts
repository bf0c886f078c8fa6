import type { EmbedderConfigInput } from '../embed/embedder.js';

const KINDS = ['auto', 'lexical', 'transformers'] as const;

/**
 * The embedder settings a user gives through the environment, so that the CLI, `npm start`,
 * `npm run reindex` and the server agree: RADSLAG_EMBEDDER (auto | lexical | transformers),
 * RADSLAG_MODEL_ID, RADSLAG_MODELS_DIR and RADSLAG_MODEL_DTYPE. Unknown values are an error that
 * names the variable.
 */
export function embedderConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EmbedderConfigInput {
  const config: EmbedderConfigInput = {};
  const kind = env.RADSLAG_EMBEDDER?.trim();
  if (kind) {
    if (!(KINDS as readonly string[]).includes(kind))
      throw new RangeError(`RADSLAG_EMBEDDER must be one of ${KINDS.join(', ')}, not "${kind}"`);
    config.kind = kind as (typeof KINDS)[number];
  }
  if (env.RADSLAG_MODEL_ID?.trim()) config.modelId = env.RADSLAG_MODEL_ID.trim();
  if (env.RADSLAG_MODELS_DIR?.trim()) config.modelsDir = env.RADSLAG_MODELS_DIR.trim();
  if (env.RADSLAG_MODEL_DTYPE?.trim()) config.dtype = env.RADSLAG_MODEL_DTYPE.trim() as EmbedderConfigInput['dtype'];
  return config;
}
