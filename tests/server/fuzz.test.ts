import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ErrorBody } from '../../shapes/api/index.js';
import { OPERATIONS } from '../../server/openapi/operations.js';
import { startTestApi, type TestApi } from '../helpers/api-server.js';

/**
 * Property tests over HTTP: arbitrary strings, numbers, unicode, malformed percent-encoding and huge
 * values in the query parameters and path ids of every GET operation the served OpenAPI document
 * lists (so a new route is fuzzed without touching this file). No answer may be a 5xx; a 4xx is a
 * JSON error body; a 200 of a JSON operation matches its contract schema.
 */
let api: TestApi;
let operations: FuzzedOperation[] = [];

interface FuzzedOperation {
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query'; required: boolean }>;
  response?: z.ZodType;
}

beforeAll(async () => {
  api = await startTestApi();
  const doc = (await (await fetch(`${api.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: FuzzedOperation['parameters'] }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    methods.get ? [{ path, parameters: methods.get.parameters ?? [], ...responseOf(path) }] : [],
  );
}, 300_000);
afterAll(async () => {
  await api?.close();
});

const responseOf = (path: string) => {
  const response = OPERATIONS.find((op) => op.method === 'get' && op.path === path)?.response;
  return response ? { response } : {};
};

/** Percent-encodes UTF-8 bytes; lone surrogates become U+FFFD as any browser would send them. */
const encode = (text: string): string =>
  [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const SPECIAL = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '9007199254740993',
  '99999999999999999999',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  '..',
  '../..',
  '.',
  '/',
  '\\',
  '\u0000',
  '\uD800',
  '\u202E',
  '🦆',
  'å'.repeat(600),
  'Topic:',
  'Topic:nara-vard',
  'Meeting:x',
  'nara-vard',
  '2025-02-30',
  '2025-04-10',
  '0000-00-00',
  'meeting',
  'quarter',
  'year',
  'hybrid',
  'fulltext',
  'vector',
  'csv',
  'json',
  'asc',
  'desc',
  'open',
  'resolved',
];

/** A raw (already encoded) value: arbitrary text, numbers, specials, or broken percent-encoding. */
const rawValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }).map(encode),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encode),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encode),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map((n) => encode(String(n))),
  fc.constantFrom(...SPECIAL).map(encode),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%C0%AF', '%2e%2e%2f', '%FF%FE', '%00'),
  fc.string({ minLength: 600, maxLength: 2500 }).map(encode),
);

/**
 * A path id: anything but what would make the URL name ANOTHER route — an empty segment
 * (`/api/meetings/` is the list) or a dot segment, which URL parsing removes.
 */
const pathValue = rawValue.filter((v) => v !== '' && !/^(\.|%2e){1,2}$/i.test(v));

function requestFor(op: FuzzedOperation): fc.Arbitrary<string> {
  const path = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  return fc
    .record({
      path: fc.tuple(...path.map(() => pathValue)),
      query: fc.tuple(
        ...query.map((p) =>
          p.required ? rawValue.map((v) => [v]) : fc.option(fc.array(rawValue, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        ),
      ),
      extra: fc.option(fc.tuple(fc.string({ maxLength: 10 }).map(encode), rawValue), { nil: undefined }),
    })
    .map(({ path: pathValues, query: queryValues, extra }) => {
      let i = 0;
      const url = op.path.replace(/\{\w+\}/g, () => pathValues[i++] ?? 'x');
      const pairs = query.flatMap((p, j) => (queryValues[j] ?? []).map((v) => `${p.name}=${v}`));
      if (extra) pairs.push(`${extra[0]}=${extra[1]}`);
      return pairs.length > 0 ? `${url}?${pairs.join('&')}` : url;
    });
}

// Modest by default so the file stays well under a minute of requests; RADSLAG_FUZZ_RUNS digs deeper.
const NUM_RUNS = Number(process.env.RADSLAG_FUZZ_RUNS ?? 15);

describe('fuzzing every GET operation', () => {
  it('covers the operations of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations.map((op) => op.path)).toEqual(expect.arrayContaining(['/api/meetings/{id}', '/api/search', '/api/graph']));
  });

  it('answers every request below 500, with a JSON error body on 4xx', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(op), async (url) => {
          fc.pre(url.length < 8000); // beyond that Node itself answers 431 before the app sees the request
          const res = await fetch(`${api.url}${url}`);
          const text = await res.text();
          const where = `${res.status} GET ${url.slice(0, 300)} → ${text.slice(0, 300)}`;
          if (res.status >= 500) failures.push(where);
          expect(res.status, where).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type') ?? '', where).toMatch(/^application\/json/);
            expect(ErrorBody.safeParse(JSON.parse(text)).success, where).toBe(true);
            expect(text, where).not.toMatch(/\bat [\w$.<>]+ \(|node_modules|\.ts:\d/);
          } else if (res.status === 200 && op.response) {
            const parsed = op.response.safeParse(JSON.parse(text));
            expect(parsed.success, `${where}\n${parsed.error?.message.slice(0, 500)}`).toBe(true);
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
  });
});
