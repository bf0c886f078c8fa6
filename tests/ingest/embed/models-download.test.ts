import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../../ingest/embed/create-embedder.js';
import type { TransformersEmbedder } from '../../../ingest/embed/transformers-embedder.js';
import { buildTinyModel } from '../../fixtures/tiny-model/build-tiny-model.js';

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
  let server: Server;
  let endpoint: string;
  const requests: string[] = [];

  beforeAll(async () => {
    hubDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-hub-'));
    targetDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    await buildTinyModel({ modelsDir: hubDir, modelId: 'test/tiny-hub', hiddenSize: 8 });
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      // /<owner>/<name>/resolve/main/<file> → <hubDir>/<owner>/<name>/<file>
      const match = /^\/([^/]+)\/([^/]+)\/resolve\/main\/(.+)$/.exec(request.url ?? '');
      const file = match ? path.join(hubDir, match[1]!, match[2]!, ...match[3]!.split('/')) : '';
      stat(file).then(
        (info) => {
          response.writeHead(200, { 'content-length': info.size });
          createReadStream(file).pipe(response);
        },
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(hubDir, { recursive: true, force: true });
    await rm(targetDir, { recursive: true, force: true });
  });

  const download = (modelId: string) =>
    run(TSX, [SCRIPT, '--model', modelId, '--models-dir', targetDir], { env: { ...process.env, HF_ENDPOINT: endpoint } });

  it('fetches the model files so that createEmbedder loads the model offline', async () => {
    await download('test/tiny-hub');
    expect(requests).toContain('/test/tiny-hub/resolve/main/onnx/model.onnx');
    const { embedder, notice } = await createEmbedder({ modelsDir: targetDir, modelId: 'test/tiny-hub' });
    expect(notice).toBeNull();
    expect(embedder.dimensions).toBe(8);
    await (embedder as TransformersEmbedder).dispose();
  });

  it('skips files it already has', async () => {
    requests.length = 0;
    const { stdout } = await download('test/tiny-hub');
    expect(requests).toEqual([]);
    expect(stdout).toMatch(/have\s+onnx\/model\.onnx/);
  });

  it('fails with a non-zero exit and leaves no partial file when the hub has no such model', async () => {
    await expect(download('test/absent')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^models:download failed: GET .* answered 404/),
    });
    await expect(stat(path.join(targetDir, 'test', 'absent', 'config.json.part'))).rejects.toThrow();
  });
});
