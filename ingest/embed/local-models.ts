import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MODEL_DTYPE, type ModelDtype } from './embedder.js';

/** Where local models live: RADSLAG_MODELS_DIR, else `models/` under the working directory. */
export function resolveModelsDir(configured?: string): string {
  return path.resolve(configured ?? process.env.RADSLAG_MODELS_DIR ?? 'models');
}

// transformers.js names weight files by dtype: onnx/model.onnx, onnx/model_quantized.onnx, …
const DTYPE_SUFFIX: Record<ModelDtype, string> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  bnb4: '_bnb4',
  q4f16: '_q4f16',
};

/** The ONNX weights file for a dtype, relative to the model's folder. */
export function weightsFile(dtype: ModelDtype): string {
  return `onnx/model${DTYPE_SUFFIX[dtype]}.onnx`;
}

/** The files a feature-extraction model needs, relative to its folder. */
export function requiredModelFiles(dtype: ModelDtype): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', weightsFile(dtype)];
}

/** The model's folder: `<modelsDir>/<owner>/<name>`, as transformers.js resolves it. */
export function modelFolder(modelsDir: string, modelId: string): string {
  return path.join(modelsDir, ...modelId.split('/'));
}

/** The required files that are missing; empty when the model can be loaded offline. */
export function missingModelFiles(modelsDir: string, modelId: string, dtype: ModelDtype): string[] {
  const folder = modelFolder(modelsDir, modelId);
  return requiredModelFiles(dtype).filter((file) => !existsSync(path.join(folder, file)));
}

/**
 * The dtype used when none is configured. A complete fp32 model already here is kept: fp32 was the
 * default before q8, the graph's vectors carry the embedder's id (`…-fp32`), and switching weights
 * would make every stored meeting an embedder mismatch until `npm run reindex`. Otherwise q8
 * (DEFAULT_MODEL_DTYPE), the weights auto-fetch and models:download fetch. RADSLAG_MODEL_DTYPE
 * chooses explicitly.
 */
export function defaultDtype(modelsDir: string, modelId: string): ModelDtype {
  return missingModelFiles(modelsDir, modelId, 'fp32').length === 0 ? 'fp32' : DEFAULT_MODEL_DTYPE;
}
