import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestSession } from '../../pipeline/ingest-session.js';
import { HealthOk, HealthUnavailable } from '../../shapes/api/index.js';
import { loadServerConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/main.js';
import { startTestApi, type TestApi } from '../helpers/api-server.js';
import { withGraphDown } from '../helpers/graph-down.js';
import { expectErrorBody, expectNoLeaks, upload } from './http.js';

/** Security headers, the loopback default, and error answers that give nothing away. */
let api: TestApi;
let small: RunningServer;
beforeAll(async () => {
  api = await startTestApi();
  small = await startServer({
    executor: api.executor,
    session: api.session,
    port: 0,
    host: '127.0.0.1',
    config: { maxUploadBytes: 512, uploadDir: api.uploadDir },
  });
}, 300_000);
afterAll(async () => {
  await small?.close();
  await api?.close();
});

describe('security headers', () => {
  it.each(['/', '/api/health', '/api/meetings/nope', '/api/nothing'])('%s carries helmet headers and no X-Powered-By', async (route) => {
    const res = await fetch(`${api.url}${route}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/); // no inline scripts, no CDN
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).toMatch(/object-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('binding', () => {
  it('HOST defaults to 127.0.0.1, and a server started without a host listens there', async () => {
    expect(loadServerConfig({}).host).toBe('127.0.0.1');
    const saved = process.env.HOST;
    delete process.env.HOST;
    try {
      const server = await startServer({ executor: api.executor, session: api.session, port: 0 });
      try {
        expect(server.host).toBe('127.0.0.1');
        expect(new URL(server.url).hostname).toBe('127.0.0.1');
      } finally {
        await server.close();
      }
    } finally {
      if (saved !== undefined) process.env.HOST = saved;
    }
  });
});

describe('error answers', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const json = (route: string, body: string) =>
    fetch(`${api.url}${route}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  it('400, 404, 413, 415, malformed JSON, bad encodings and unknown routes are {error:{code,message}} without internals', async () => {
    const cases: Array<[string, () => Promise<Response>, number]> = [
      ['bad date', () => fetch(`${api.url}/api/meetings?from=2025-13-45`), 400],
      ['bad page', () => fetch(`${api.url}/api/meetings?page=-1&pageSize=1e9`), 400],
      ['repeated parameter', () => fetch(`${api.url}/api/meetings?from=2025-01-01&from=2025-02-01`), 400],
      ['unknown meeting', () => fetch(`${api.url}/api/meetings/nope`), 404],
      ['unknown source', () => fetch(`${api.url}/api/meetings/nope/source`), 404],
      ['unknown topic feed', () => fetch(`${api.url}/api/feeds/topics/nope.atom`), 404],
      ['unknown route', () => fetch(`${api.url}/api/nothing/here`), 404],
      ['wrong method', () => fetch(`${api.url}/api/meetings`, { method: 'DELETE' }), 404],
      ['malformed percent-encoding', () => fetch(`${api.url}/api/meetings/%E0%A4%A`), 400],
      ['malformed JSON', () => json('/api/documents', '{"a":'), 400],
      ['malformed JSON on an unknown route', () => json('/api/nothing', '{'), 400],
      ['oversized upload', () => upload(small.url, 'big.txt', new Uint8Array(4096).fill(65)), 413],
      ['PNG named .txt', () => upload(api.url, 'x.txt', png), 415],
      ['unsupported type', () => upload(api.url, 'x.exe', png), 415],
      ['upload without a file field', () => fetch(`${api.url}/api/documents`, { method: 'POST', body: new FormData() }), 400],
    ];
    for (const [what, request, status] of cases) await expectErrorBody(await request(), status, what);
  });

  it('with the graph down: 503 with a reason, nothing internal', async () => {
    await withGraphDown(api.session, async (url) => {
      for (const route of ['/api/meetings', '/api/search?q=v%C3%A5rd', '/api/meetings/x', '/api/graph']) {
        const body = await expectErrorBody(await fetch(`${url}${route}`), 503, route);
        expect(body.error.code).toBe('graph_unavailable');
      }
      const health = await fetch(`${url}/api/health`);
      const text = await health.text();
      expect(health.status).toBe(503);
      expectNoLeaks(text, '/api/health when down');
      expect(HealthUnavailable.parse(JSON.parse(text)).reason).toMatch(/not reachable/);
    });
  });
});

describe('/api/health names the embedder without server paths', () => {
  it('the lexical stand-in for a missing model says which embedder and why, with no absolute path', async () => {
    const modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-no-models-'));
    const server = await (async () => {
      const session = await IngestSession.open(api.executor, { embedderConfig: { kind: 'auto', modelsDir } });
      // The ingest notice (for the terminal) names the folder; the precondition of this test.
      expect(session.annotator.notice?.en).toContain(modelsDir);
      return startServer({ executor: api.executor, session, port: 0, host: '127.0.0.1' });
    })();
    try {
      const text = await (await fetch(`${server.url}/api/health`)).text();
      const { embedder } = HealthOk.parse(JSON.parse(text));
      expect(embedder.kind).toBe('lexical');
      expect(embedder.notice_en).toContain(embedder.id);
      expect(embedder.notice_en).toMatch(/model is not in the server's models folder/);
      expect(embedder.notice_sv).toContain(embedder.id);
      expect(text).not.toContain(modelsDir);
      expect(text).not.toContain(os.tmpdir());
      expect(text).not.toContain(process.cwd());
      expect(`${embedder.notice_en} ${embedder.notice_sv}`).not.toMatch(/(^|\s)\/[\w.-]+\//);
      expectNoLeaks(text, '/api/health');
    } finally {
      await server.close();
      await rm(modelsDir, { recursive: true, force: true });
    }
  });
});
