import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { autoFetchModel, modelFetchEnabled } from '../../../ingest/embed/auto-fetch.js';
import { createEmbedder } from '../../../ingest/embed/create-embedder.js';
import { LexicalEmbedder } from '../../../ingest/embed/lexical-embedder.js';
import { missingModelFiles, modelFolder } from '../../../ingest/embed/local-models.js';
import type { FetchEvent } from '../../../ingest/embed/model-fetch.js';
import { TransformersEmbedder } from '../../../ingest/embed/transformers-embedder.js';
import { buildTinyModel } from '../../fixtures/tiny-model/build-tiny-model.js';
import { deadEndpoint, type HubMirror, startHubMirror } from '../../helpers/hub-mirror.js';

const MODEL = 'test/tiny-auto';

/**
 * What `npm start` and `npm run ingest` do before building their embedder, against a Hub-shaped
 * mirror on 127.0.0.1 (HF_ENDPOINT) serving a tiny model: real HTTP, real files, no internet.
 */
describe('autoFetchModel', () => {
  let hubDir: string;
  let modelsDir: string;
  let hub: HubMirror;
  /** Fetching switched on for these calls only: the suite itself runs with RADSLAG_MODEL_FETCH=0. */
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    hubDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-hub-'));
    await buildTinyModel({ modelsDir: hubDir, modelId: MODEL, hiddenSize: 12, dtypes: ['q8'] });
    await buildTinyModel({ modelsDir: hubDir, modelId: 'test/tiny-fp32', hiddenSize: 12 });
    hub = await startHubMirror(hubDir);
  });

  beforeEach(async () => {
    modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    hub.mode = 'ok';
    hub.requests.length = 0;
    env = { ...process.env, HF_ENDPOINT: hub.url, RADSLAG_MODEL_FETCH: '1' };
  });

  afterEach(() => rm(modelsDir, { recursive: true, force: true }));

  afterAll(async () => {
    await hub.close();
    await rm(hubDir, { recursive: true, force: true });
  });

  const stagingLeft = async () => (await readdir(modelsDir)).filter((name) => name.startsWith('.staging-'));

  it('runs the whole suite with fetching switched off, so nothing reaches the real Hub', () => {
    expect(process.env.RADSLAG_MODEL_FETCH).toBe('0');
    expect(modelFetchEnabled()).toBe(false);
  });

  it('fetches the missing quantised model from the mirror, and createEmbedder then loads it', async () => {
    const events: FetchEvent['type'][] = [];
    const result = await autoFetchModel({ modelsDir, modelId: MODEL }, { env, onEvent: (e) => events.push(e.type) });
    expect(result).toMatchObject({ status: 'fetched', dtype: 'q8', folder: modelFolder(modelsDir, MODEL) });
    expect(hub.requests[0]).toBe(`HEAD /${MODEL}/resolve/main/config.json`);
    expect(hub.requests).toContain(`GET /${MODEL}/resolve/main/onnx/model_quantized.onnx`);
    expect(events[0]).toBe('model');
    expect(events.filter((type) => type === 'done')).toHaveLength(4);
    expect(await stagingLeft()).toEqual([]);

    const { embedder, notice } = await createEmbedder({ modelsDir, modelId: MODEL });
    expect(notice).toBeNull();
    expect(embedder).toBeInstanceOf(TransformersEmbedder);
    expect(embedder.id).toBe(`transformers-${MODEL}-q8`);
    expect(embedder.dimensions).toBe(12);
    await (embedder as TransformersEmbedder).dispose();

    hub.requests.length = 0;
    expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).toMatchObject({ status: 'present' });
    expect(hub.requests).toEqual([]);
  });

  it('keeps nothing of a download cut off halfway, falls back to lexical, and fetches whole next time', async () => {
    hub.mode = 'cut';
    const result = await autoFetchModel({ modelsDir, modelId: MODEL }, { env });
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error.message).toMatch(/model_quantized\.onnx broke off after \d+ of \d+ bytes \(/);
    expect(result.notice.sv).toMatch(/^Hämtningen av modellen test\/tiny-auto misslyckades: .*Inget halvfärdigt sparades/);
    expect(result.notice.en).toMatch(/^Fetching model test\/tiny-auto failed: .*Nothing half-done was kept/);
    // Not one file of the cut download is in place: the model folder was never created.
    expect(existsSync(modelFolder(modelsDir, MODEL))).toBe(false);
    expect(missingModelFiles(modelsDir, MODEL, 'q8')).toHaveLength(4);
    expect(await stagingLeft()).toEqual([]);

    const fallback = await createEmbedder({ modelsDir, modelId: MODEL });
    expect(fallback.embedder).toBeInstanceOf(LexicalEmbedder);
    expect(fallback.notice?.en).toMatch(/^No local model found in .*test\/tiny-auto; using the built-in lexical embedder/);

    hub.mode = 'ok';
    expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).toMatchObject({ status: 'fetched' });
    const { embedder } = await createEmbedder({ modelsDir, modelId: MODEL });
    expect(embedder).toBeInstanceOf(TransformersEmbedder);
    await (embedder as TransformersEmbedder).dispose();
  });

  it('gives up on a download that stalls, after the idle timeout', async () => {
    hub.mode = 'stall';
    const result = await autoFetchModel({ modelsDir, modelId: MODEL }, { env, idleTimeoutMs: 300 });
    expect(result).toMatchObject({
      status: 'failed',
      error: { message: expect.stringMatching(/broke off after \d+ of \d+ bytes \(no data for 0\.3 s\)/) },
    });
    expect(existsSync(modelFolder(modelsDir, MODEL))).toBe(false);
    expect(await stagingLeft()).toEqual([]);
  });

  it('adds only the missing weights to a folder that has the rest, and never exposes a cut file there', async () => {
    await buildTinyModel({ modelsDir, modelId: MODEL, hiddenSize: 12, dtypes: [] });
    hub.mode = 'cut';
    expect((await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).status).toBe('failed');
    expect(missingModelFiles(modelsDir, MODEL, 'q8')).toEqual(['onnx/model_quantized.onnx']);
    expect(await stagingLeft()).toEqual([]);

    hub.mode = 'ok';
    hub.requests.length = 0;
    expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).toMatchObject({ status: 'fetched' });
    expect(hub.requests).toEqual([`HEAD /${MODEL}/resolve/main/config.json`, `GET /${MODEL}/resolve/main/onnx/model_quantized.onnx`]);
    expect(missingModelFiles(modelsDir, MODEL, 'q8')).toEqual([]);
  });

  it('ignores a staging folder left by a killed process, and the next fetch removes it', async () => {
    const deadPid = await exitedPid();
    const leftover = path.join(modelsDir, `.staging-${deadPid}-x1y2z3`);
    await mkdir(path.join(leftover, 'model', 'onnx'), { recursive: true });
    await writeFile(path.join(leftover, 'model', 'onnx', 'model_quantized.onnx'), 'half');
    // A staging folder of a process that still runs may be a download in progress: left alone.
    const live = path.join(modelsDir, `.staging-${process.pid}-live`);
    await mkdir(live);

    const before = await createEmbedder({ modelsDir, modelId: MODEL });
    expect(before.embedder).toBeInstanceOf(LexicalEmbedder);
    expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).toMatchObject({ status: 'fetched' });
    expect(existsSync(leftover)).toBe(false);
    expect(await stagingLeft()).toEqual([path.basename(live)]);
  });

  it('uses an fp32 model that is already there instead of fetching q8', async () => {
    await buildTinyModel({ modelsDir, modelId: MODEL, hiddenSize: 12 });
    expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env })).toEqual({ status: 'present', dtype: 'fp32' });
    expect(hub.requests).toEqual([]);
    const { embedder } = await createEmbedder({ modelsDir, modelId: MODEL });
    expect(embedder.id).toBe(`transformers-${MODEL}-fp32`);
    await (embedder as TransformersEmbedder).dispose();
  });

  it('fetches the dtype RADSLAG_MODEL_DTYPE asks for', async () => {
    const result = await autoFetchModel({ modelsDir, modelId: 'test/tiny-fp32', dtype: 'fp32' }, { env });
    expect(result).toMatchObject({ status: 'fetched', dtype: 'fp32' });
    expect(hub.requests).toContain('GET /test/tiny-fp32/resolve/main/onnx/model.onnx');
  });

  it('goes lexical with the offline notice, at once, when nothing listens at the endpoint', async () => {
    const endpoint = await deadEndpoint();
    const started = Date.now();
    const result = await autoFetchModel({ modelsDir, modelId: MODEL }, { env: { ...env, HF_ENDPOINT: endpoint } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.status).toBe('offline');
    if (result.status !== 'offline') return;
    expect(result.notice.sv).toBe(
      `Modellen ${MODEL} hämtades inte: ${endpoint} gick inte att nå (ECONNREFUSED). Det inbyggda lexikala inbäddningsverktyget används tills modellen kan hämtas (RADSLAG_MODEL_FETCH=0 stänger av försöken).`,
    );
    expect(result.notice.en).toMatch(new RegExp(`^Model ${MODEL} was not fetched: could not reach ${endpoint} \\(ECONNREFUSED\\)`));
    expect(existsSync(modelFolder(modelsDir, MODEL))).toBe(false);
    expect((await createEmbedder({ modelsDir, modelId: MODEL })).embedder).toBeInstanceOf(LexicalEmbedder);
  });

  it('goes lexical after the short probe timeout when the endpoint never answers', async () => {
    hub.mode = 'silent';
    const started = Date.now();
    const result = await autoFetchModel({ modelsDir, modelId: MODEL }, { env, probeTimeoutMs: 300 });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2_000);
    expect(result).toMatchObject({ status: 'offline', notice: { en: expect.stringContaining(`${hub.url} did not answer within 0.3 s`) } });
    expect(hub.requests).toEqual([`HEAD /${MODEL}/resolve/main/config.json`]);
  });

  it('takes an endpoint that answers without the model as offline too', async () => {
    const result = await autoFetchModel({ modelsDir, modelId: 'test/absent' }, { env });
    expect(result).toMatchObject({ status: 'offline', notice: { sv: expect.stringMatching(/config\.json svarade 404/) } });
    expect(hub.requests).toEqual(['HEAD /test/absent/resolve/main/config.json']);
  });

  it('makes no request when RADSLAG_MODEL_FETCH is 0 or off, or the embedder is not auto', async () => {
    for (const value of ['0', 'off', 'OFF']) {
      expect(await autoFetchModel({ modelsDir, modelId: MODEL }, { env: { ...env, RADSLAG_MODEL_FETCH: value } })).toEqual({
        status: 'disabled',
        dtype: 'q8',
      });
    }
    expect(await autoFetchModel({ modelsDir, modelId: MODEL, kind: 'lexical' }, { env })).toMatchObject({ status: 'not-auto' });
    expect(await autoFetchModel({ modelsDir, modelId: MODEL, kind: 'transformers' }, { env })).toMatchObject({ status: 'not-auto' });
    expect(hub.requests).toEqual([]);
    expect(existsSync(modelFolder(modelsDir, MODEL))).toBe(false);
  });

  it('names the variable when RADSLAG_MODEL_FETCH has a value it does not know', async () => {
    await expect(autoFetchModel({ modelsDir, modelId: MODEL }, { env: { ...env, RADSLAG_MODEL_FETCH: 'maybe' } })).rejects.toThrow(
      /RADSLAG_MODEL_FETCH must be 1\/on or 0\/off, not "maybe"/,
    );
    expect(hub.requests).toEqual([]);
  });
});

/** The pid of a process that has run and exited: a staging folder named by it belongs to no one. */
function exitedPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}
