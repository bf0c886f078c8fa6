/** Small HTTP helpers shared by the security specs. */
import { expect } from 'vitest';
import { ErrorBody } from '../../shapes/api/index.js';

/** What must never reach a client: stack frames, source locations, the checkout's or the modules' paths. */
export const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat [\w$.<>]+ \(|\n\s+at /],
  ['source location', /\.(ts|js|mjs|cjs):\d+/],
  ['node_modules', /node_modules/],
  ['checkout path', new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
  ['/work', /\/work\b/],
  ['Neo4j error code', /Neo\.(Client|Transient|Database)Error/],
];

export function expectNoLeaks(text: string, what: string): void {
  for (const [name, pattern] of LEAKS) expect(pattern.test(text), `${what} leaks a ${name}: ${text.slice(0, 300)}`).toBe(false);
}

/** The response is `{ error: { code, message } }` with the status given, and leaks nothing. */
export async function expectErrorBody(res: Response, status: number, what: string): Promise<ErrorBody> {
  const text = await res.text();
  expect(res.status, `${what} → ${text.slice(0, 300)}`).toBe(status);
  expect(res.headers.get('content-type') ?? '', what).toMatch(/^application\/json/);
  expectNoLeaks(text, what);
  const body = ErrorBody.parse(JSON.parse(text));
  expect(body.error.code, what).toMatch(/^[a-z][a-z0-9_]*$/);
  return body;
}

/**
 * A multipart body built by hand, so a test controls the filename byte for byte (FormData would
 * percent-encode some characters and refuse others).
 */
export function multipart(fileName: Buffer | string, bytes: Uint8Array, field = 'file'): { body: Buffer; contentType: string } {
  const boundary = `----radslag${Math.random().toString(16).slice(2)}`;
  const head = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="`, 'latin1'),
    typeof fileName === 'string' ? Buffer.from(fileName, 'utf8') : fileName,
    Buffer.from(`"\r\nContent-Type: text/plain\r\n\r\n`, 'latin1'),
  ]);
  const body = Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1')]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export function upload(url: string, fileName: Buffer | string, bytes: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  const { body, contentType } = multipart(fileName, bytes);
  return fetch(`${url}/api/documents`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': contentType, ...headers },
  });
}
