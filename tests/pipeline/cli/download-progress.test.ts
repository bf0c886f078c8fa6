import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FetchEvent } from '../../../ingest/embed/model-fetch.js';
import { downloadProgress, formatSize } from '../../../pipeline/cli/download-progress.js';
import { fetchMissingModel } from '../../../pipeline/cli/fetch-missing-model.js';
import { deadEndpoint } from '../../helpers/hub-mirror.js';

/** A writable stream that says whether it is a terminal and remembers what was written. */
function stream(isTTY: boolean): { s: NodeJS.WriteStream; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream;
  let written = '';
  s.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { s, text: () => written };
}

const FILE = 'onnx/model_quantized.onnx';
const TOTAL = 118_000_000;

/** fetchModel's events for one kept file and one large file arriving in 100 chunks. */
function* download(): Generator<FetchEvent> {
  yield { type: 'model', modelId: 'x/e5', dtype: 'q8', endpoint: 'http://127.0.0.1:1', files: [FILE] };
  yield { type: 'kept', file: 'config.json' };
  yield { type: 'start', file: FILE, total: TOTAL };
  for (let i = 1; i <= 100; i++) yield { type: 'bytes', file: FILE, received: (TOTAL / 100) * i, total: TOTAL };
  yield { type: 'done', file: FILE, bytes: TOTAL };
}

describe('downloadProgress', () => {
  it('writes a few plain lines when not on a terminal, never one per chunk', () => {
    const err = stream(false);
    const listener = downloadProgress({ lang: 'en', stream: err.s });
    for (const event of download()) listener(event);
    expect(err.text().split('\n').filter(Boolean)).toEqual([
      'Fetching model x/e5 (q8) from http://127.0.0.1:1 …',
      'have   config.json',
      `fetching ${FILE} (118.0 MB)`,
      `  ${FILE}: 25% (29.5/118.0 MB)`,
      `  ${FILE}: 50% (59.0/118.0 MB)`,
      `  ${FILE}: 75% (88.5/118.0 MB)`,
      `got    ${FILE} (118.0 MB)`,
    ]);
  });

  it('speaks Swedish for npm start', () => {
    const err = stream(false);
    const listener = downloadProgress({ lang: 'sv', stream: err.s, indent: '  ' });
    for (const event of download()) listener(event);
    expect(err.text()).toContain('  Hämtar modellen x/e5 (q8) från http://127.0.0.1:1 …\n');
    expect(err.text()).toContain(`    ${FILE}: 50 % (59.0/118.0 MB)\n`);
    expect(err.text()).toContain(`  klar   ${FILE} (118.0 MB)\n`);
  });

  it('draws a bar on a terminal, cleared when the file is done', async () => {
    const err = stream(true);
    const listener = downloadProgress({ lang: 'en', stream: err.s });
    const events = [...download()];
    for (const event of events.slice(0, 50)) listener(event);
    await new Promise((resolve) => setTimeout(resolve, 150)); // the bar redraws on a timer
    for (const event of events.slice(50)) listener(event);
    expect(err.text()).toMatch(/\d+%\s+\d+\.\d\/118\.0 MB\s+onnx\/model_quantized\.onnx/);
    expect(err.text()).not.toMatch(/: 25%/);
    expect(err.text()).toContain(`got    ${FILE} (118.0 MB)\n`);
  });

  it('stops the bar when a download fails, so its timer neither redraws nor keeps the process alive', async () => {
    const err = stream(true);
    const listener = downloadProgress({ lang: 'en', stream: err.s });
    for (const event of [...download()].slice(0, 20)) listener(event);
    listener({ type: 'failed', file: FILE });
    const after = err.text();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(err.text()).toBe(after);
  });
});

describe('formatSize', () => {
  it('gives small files in kB and the weights in MB', () => {
    expect([formatSize(0), formatSize(700), formatSize(17_082_734), formatSize(118_000_000)]).toEqual([
      '1 kB',
      '1 kB',
      '17.1 MB',
      '118.0 MB',
    ]);
  });
});

describe('fetchMissingModel', () => {
  it('says in one line, in the caller’s language, that the model could not be fetched', async () => {
    const modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    try {
      const lines: string[] = [];
      const endpoint = await deadEndpoint();
      const result = await fetchMissingModel(
        { modelsDir, modelId: 'test/tiny' },
        { lang: 'sv', say: (line) => lines.push(line), env: { HF_ENDPOINT: endpoint, RADSLAG_MODEL_FETCH: '1' } },
      );
      expect(result.status).toBe('offline');
      expect(lines).toEqual([expect.stringMatching(/^Modellen test\/tiny hämtades inte: .* gick inte att nå \(ECONNREFUSED\)/)]);
    } finally {
      await rm(modelsDir, { recursive: true, force: true });
    }
  });

  it('says nothing and asks no one when fetching is off, as in every test', async () => {
    const lines: string[] = [];
    const result = await fetchMissingModel(
      { modelsDir: path.join(os.tmpdir(), 'radslag-no-such-models') },
      { lang: 'en', say: (line) => lines.push(line) },
    );
    expect(result.status).toBe('disabled');
    expect(lines).toEqual([]);
  });
});
