import { type Embedder, type EmbedderConfigInput, EmbedderConfigSchema } from './embedder.js';
import { LexicalEmbedder } from './lexical-embedder.js';
import { defaultDtype, missingModelFiles, resolveModelsDir } from './local-models.js';
import { TransformersEmbedder } from './transformers-embedder.js';

/** A one-line notice for the user, in Swedish and English; the caller decides where to print it. */
export interface EmbedderNotice {
  sv: string;
  en: string;
}

export interface CreatedEmbedder {
  embedder: Embedder;
  /** Set when the configured model was not found and the lexical embedder stands in. */
  notice: EmbedderNotice | null;
}

/**
 * The embedder the config asks for. With `kind: "auto"` (the default) that is the local
 * transformer model when its files are in the models folder, else the built-in lexical
 * embedder plus a notice. `kind: "transformers"` rejects instead of falling back. Never goes to
 * the network: fetching a missing model is autoFetchModel's, which `npm start` and `npm run
 * ingest` call first (the server only loads what is there).
 */
export async function createEmbedder(input: EmbedderConfigInput = {}): Promise<CreatedEmbedder> {
  const config = EmbedderConfigSchema.parse(input);
  const lexical = () => new LexicalEmbedder({ dimensions: config.lexicalDimensions });
  if (config.kind === 'lexical') return { embedder: lexical(), notice: null };

  const modelsDir = resolveModelsDir(config.modelsDir);
  const dtype = config.dtype ?? defaultDtype(modelsDir, config.modelId);
  const missing = missingModelFiles(modelsDir, config.modelId, dtype);
  if (missing.length > 0 && config.kind === 'auto') {
    const where = `${modelsDir}/${config.modelId}`;
    return {
      embedder: lexical(),
      notice: {
        sv: `Ingen lokal modell hittades i ${where}; använder det inbyggda lexikala inbäddningsverktyget (hämta modellen med npm run models:download).`,
        en: `No local model found in ${where}; using the built-in lexical embedder (fetch the model with npm run models:download).`,
      },
    };
  }
  const embedder = await TransformersEmbedder.load({
    modelId: config.modelId,
    modelsDir,
    dtype,
    batchSize: config.batchSize,
    ...(config.prefixes ? { prefixes: config.prefixes } : {}),
  });
  return { embedder, notice: null };
}
