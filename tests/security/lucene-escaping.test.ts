import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../graph/search/lucene.js';
import { SearchResponse } from '../../shapes/api/index.js';
import { useTestApi } from '../helpers/api-server.js';
import { expectErrorBody } from './http.js';

/**
 * Search text goes to Neo4j's full-text index through graph/lucene.ts, whose intent is that users
 * never get Lucene's syntax: operators, fields, wildcards, fuzzy/boost marks and regexes are text.
 */
const api = useTestApi();

const LUCENE_SYNTAX = [
  'title:x AND',
  '*',
  '"unbalanced',
  '\\',
  '\\\\',
  '(((',
  ')))',
  '~',
  'vård~',
  '^10',
  'vård^10',
  '/regex/',
  '/vård.*/',
  'AND',
  'OR OR OR',
  'NOT',
  '+ -',
  '&& ||',
  '[a TO z]',
  '{a TO z}',
  'text:vård',
  '?',
  'vård"',
  '""',
  '"vård AND"',
  '!vård',
  '<>=',
  ':',
];

const search = (q: string, mode: string) => fetch(`${api.url}/api/search?${new URLSearchParams({ q, mode })}`);

async function passageKeys(q: string): Promise<string[]> {
  const res = await search(q, 'fulltext');
  expect(res.status).toBe(200);
  const body = SearchResponse.parse(await res.json());
  return body.groups.flatMap((g) => g.hits.map((h) => h.passageKey)).sort();
}

describe('Lucene syntax in search text', () => {
  it.each(['fulltext', 'hybrid', 'vector'])('%s search answers 200 for every piece of Lucene syntax', async (mode) => {
    for (const q of LUCENE_SYNTAX) {
      const res = await search(q, mode);
      const text = await res.text();
      expect(res.status, `${mode} ${JSON.stringify(q)} → ${text.slice(0, 200)}`).toBe(200);
      expect(SearchResponse.parse(JSON.parse(text)).query).toBe(q.trim());
    }
  });

  it('an empty or blank query is a clear 400, not a 5xx', async () => {
    for (const q of ['', '   ']) {
      const body = await expectErrorBody(await search(q, 'fulltext'), 400, `q=${JSON.stringify(q)}`);
      expect(body.error.message).toMatch(/"q"/);
    }
  });

  it('upper-case AND / OR / NOT are words, not operators', async () => {
    for (const q of ['vårdplatser OR ambulans', 'vårdplatser AND ambulans', 'NOT vårdplatser']) {
      expect(toLuceneQuery(q)).not.toMatch(/\b(AND|OR|NOT)\b/);
    }
    const either = await passageKeys('vårdplatser ambulans');
    expect(either.length).toBeGreaterThan(0);
    // As an operator AND would keep only passages with both words; as text it changes nothing.
    expect(await passageKeys('vårdplatser AND ambulans')).toEqual(either);
    expect(await passageKeys('vårdplatser OR ambulans')).toEqual(either);
    // NOT as an operator would exclude every vårdplatser passage; as text they are still found.
    const beds = await passageKeys('vårdplatser');
    expect(beds.length).toBeGreaterThan(0);
    expect(await passageKeys('NOT vårdplatser')).toEqual(beds);
  });

  it('a field prefix or a wildcard does not widen the match', async () => {
    // `*` or `text:*` as syntax would match every passage; as text they match (almost) nothing.
    expect(await passageKeys('*')).toEqual([]);
    const health = (await (await fetch(`${api.url}/api/health`)).json()) as { counts: { passages: number } };
    expect((await passageKeys('text:*')).length).toBeLessThan(health.counts.passages / 4);
  });
});
