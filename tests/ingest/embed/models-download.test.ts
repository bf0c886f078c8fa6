import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../../ingest/embed/create-embedder.js';
import type { TransformersEmbedder } from '../../../ingest/embed/transformers-embedder.js';
import { buildTinyModel } from '../../fixtures/tiny-model/build-tiny-model.js';
import { type HubMirror, startHubMirror } from '../../helpers/hub-mirror.js';

const run = promisify(execFile);
const SCRIPT = path.resolve('scripts/models-download.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

/**
 * `npm run models:download` against a Hub-shaped server on 127.0.0.1 (HF_ENDPOINT), which
 * serves a tiny model built for the test: the real script, the real files, no internet.
 */
describe('models:download', () => {
  let hubDir: string;
  let targetDir: string;
  let hub: HubMirror;

  beforeAll(async () => {
    hubDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-hub-'));
    targetDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    await buildTinyModel({ modelsDir: hubDir, modelId: 'test/tiny-hub', hiddenSize: 8, dtypes: ['fp32', 'q8'] });
    hub = await startHubMirror(hubDir);
  });

  afterAll(async () => {
    await hub.close();
    await rm(hubDir, { recursive: true, force: true });
    await rm(targetDir, { recursive: true, force: true });
  });

  const download = (modelId: string, ...args: string[]) =>
    run(TSX, [SCRIPT, '--model', modelId, '--models-dir', targetDir, ...args], { env: { ...process.env, HF_ENDPOINT: hub.url } });

  it('fetches the quantised model by default, so that createEmbedder loads it offline', async () => {
    const { stderr } = await download('test/tiny-hub');
    expect(hub.requests).toContain('GET /test/tiny-hub/resolve/main/onnx/model_quantized.onnx');
    expect(hub.requests).not.toContain('GET /test/tiny-hub/resolve/main/onnx/model.onnx');
    expect(stderr).toMatch(/got\s+onnx\/model_quantized\.onnx/);
    const { embedder, notice } = await createEmbedder({ modelsDir: targetDir, modelId: 'test/tiny-hub' });
    expect(notice).toBeNull();
    expect(embedder.id).toBe('transformers-test/tiny-hub-q8');
    expect(embedder.dimensions).toBe(8);
    await (embedder as TransformersEmbedder).dispose();
    expect((await readdir(targetDir)).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });

  it('skips files it already has', async () => {
    hub.requests.length = 0;
    const { stderr } = await download('test/tiny-hub');
    expect(hub.requests).toEqual([]);
    expect(stderr).toMatch(/have\s+onnx\/model_quantized\.onnx/);
  });

  it('adds other weights beside them; a present fp32 model is what createEmbedder then loads', async () => {
    hub.requests.length = 0;
    await download('test/tiny-hub', '--dtype', 'fp32');
    expect(hub.requests).toEqual(['GET /test/tiny-hub/resolve/main/onnx/model.onnx']);
    // fp32 was the default before q8: a graph built with it keeps working without a reindex.
    const { embedder } = await createEmbedder({ modelsDir: targetDir, modelId: 'test/tiny-hub' });
    expect(embedder.id).toBe('transformers-test/tiny-hub-fp32');
    await (embedder as TransformersEmbedder).dispose();
  });

  it('fails with a non-zero exit and leaves nothing behind when the hub has no such model', async () => {
    await expect(download('test/absent')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^models:download failed: GET .* answered 404/m),
    });
    await expect(stat(path.join(targetDir, 'test', 'absent'))).rejects.toThrow();
    expect((await readdir(targetDir)).filter((name) => name.startsWith('.staging-'))).toEqual([]);
  });
});
