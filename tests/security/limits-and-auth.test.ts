import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type StartServerOptions } from '../../server/main.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { startTestApi, type TestApi } from '../helpers/api-server.js';
import { expectErrorBody, upload } from './http.js';

/** Size limits (413), the search rate limit (429), the bearer token (401) and the loopback-only rule (403). */
let api: TestApi;
let uploadDir: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  api = await startTestApi();
  uploadDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-limits-uploads-'));
}, 300_000);
afterAll(async () => {
  for (const server of servers) await server.close().catch(() => undefined);
  await api?.close();
  await rm(uploadDir, { recursive: true, force: true });
});

/** Another server on the same graph with its own settings. */
async function serve(config: StartServerOptions['config'], host = '127.0.0.1'): Promise<RunningServer> {
  const server = await startServer({
    executor: api.executor,
    session: api.session,
    host,
    port: 0,
    config: { uploadDir, uploadRateLimit: 1_000, searchRateLimit: 1_000, ...config },
  });
  servers.push(server);
  return server;
}

const SAMPLE = readFileSync(SAMPLES[2025]);
const TOKEN = 'sesam-öppna-dig-0123456789';

/** This machine's own non-loopback IPv4 address, if it has one (never another host). */
function ownNonLoopbackAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;
}

describe('size limits', () => {
  it('an upload over the limit is 413 payload_too_large', async () => {
    const small = await serve({ maxUploadBytes: 1024 });
    const body = await expectErrorBody(await upload(small.url, 'big.txt', SAMPLE), 413, 'oversized upload');
    expect(body.error.code).toBe('payload_too_large');
  });

  it('a JSON body over 100 kB is 413 on any API route, before the route runs', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(200_000) });
    for (const route of ['/api/documents', '/api/meetings', '/api/nothing-here']) {
      const res = await fetch(`${api.url}${route}`, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
      const body = await expectErrorBody(res, 413, `POST ${route} with 200 kB of JSON`);
      expect(body.error.code).toBe('payload_too_large');
    }
  });
});

describe('rate limits', () => {
  it('search beyond the per-minute limit is 429 with Retry-After; other routes are not limited', async () => {
    const limited = await serve({ searchRateLimit: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/api/search?q=v%C3%A5rd`)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const over = await fetch(`${limited.url}/api/search?q=v%C3%A5rd`);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await expectErrorBody(over, 429, 'fourth search');
    expect(body.error.code).toBe('rate_limited');
    expect((await fetch(`${limited.url}/api/meetings`)).status).toBe(200);
  });

  it('uploads beyond their limit are 429 too', async () => {
    const limited = await serve({ uploadRateLimit: 1 });
    expect((await upload(limited.url, 'sample.txt', SAMPLE)).status).toBe(200);
    await expectErrorBody(await upload(limited.url, 'sample.txt', SAMPLE), 429, 'second upload');
  });
});

describe('the bearer token', () => {
  it('401 without a token or with a wrong one; accepted with the right one', async () => {
    const guarded = await serve({ apiToken: TOKEN });
    const cases: Array<[string, Record<string, string>]> = [
      ['no header', {}],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['wrong token', { authorization: 'Bearer wrong' }],
      ['same length, one byte off', { authorization: `Bearer ${TOKEN.slice(0, -1)}8` }],
      ['prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, 5)}` }],
      ['token plus more', { authorization: `Bearer ${TOKEN}x` }],
      ['basic scheme', { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
      ['token without scheme', { authorization: TOKEN }],
    ];
    for (const [what, headers] of cases) {
      const body = await expectErrorBody(await upload(guarded.url, 'sample.txt', SAMPLE, headers), 401, what);
      expect(body.error.code).toBe('unauthorized');
    }
    const ok = await upload(guarded.url, 'sample.txt', SAMPLE, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('unchanged');
  });
});

describe('uploads without a token', () => {
  it('a client on a non-loopback address of this machine is refused (403), with or without X-Forwarded-For', async (ctx) => {
    const address = ownNonLoopbackAddress();
    if (!address) {
      ctx.skip('this machine has no non-loopback IPv4 address to bind to');
      return;
    }
    // Bound to the machine's own address, the client's socket comes from that address too: not loopback.
    const open = await serve({}, address);
    expect(open.host).toBe(address);
    for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }] as Array<Record<string, string>>) {
      const body = await expectErrorBody(
        await upload(open.url, 'sample.txt', SAMPLE, headers),
        403,
        `from ${address} ${JSON.stringify(headers)}`,
      );
      expect(body.error.code).toBe('forbidden');
    }
    // Trusting only loopback proxies: a forged header from a non-proxy peer still does not make it local.
    const behindProxy = await serve({ trustProxy: 'loopback' }, address);
    await expectErrorBody(
      await upload(behindProxy.url, 'sample.txt', SAMPLE, { 'x-forwarded-for': '127.0.0.1' }),
      403,
      'forged forwarded-for',
    );
    // With a token, the same client may upload.
    const withToken = await serve({ apiToken: TOKEN }, address);
    expect((await upload(withToken.url, 'sample.txt', SAMPLE, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('behind a reverse proxy on this machine, the forwarded client address decides, not the proxy’s', async () => {
    const proxied = await serve({ trustProxy: 'loopback' });
    const body = await expectErrorBody(
      await upload(proxied.url, 'sample.txt', SAMPLE, { 'x-forwarded-for': '203.0.113.7' }),
      403,
      'remote client via local proxy',
    );
    expect(body.error.code).toBe('forbidden');
    expect((await upload(proxied.url, 'sample.txt', SAMPLE, { 'x-forwarded-for': '127.0.0.1' })).status).toBe(200);
    expect((await upload(proxied.url, 'sample.txt', SAMPLE)).status).toBe(200);
  });
});
