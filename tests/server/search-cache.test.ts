import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchResponse, UploadResult } from '../../shapes/api/index.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { useTestApi } from '../helpers/api-server.js';
import { postDocument } from '../helpers/post-document.js';

/**
 * Search results are kept while the graph stands (server/services/search.service.ts). This checks
 * the promise that makes that safe: a search after an upload sees the upload, page by page.
 */
const api = useTestApi({ ingest: [SAMPLES[2024]] });

const search = async (q: string, page = 1) => {
  const res = await fetch(`${api.url}/api/search?q=${encodeURIComponent(q)}&page=${page}&pageSize=2`);
  expect(res.status).toBe(200);
  return SearchResponse.parse(await res.json());
};
const years = (r: SearchResponse) => new Set(r.groups.map((g) => (g.meeting.date ?? 'odaterat').slice(0, 4)));

describe('search results kept per graph version', () => {
  it('answers a repeated search the same way, and a search after an upload with the upload', async () => {
    const before = await search('vårdplatser');
    expect(await search('vårdplatser')).toEqual(before);
    expect(before.groups.length).toBeGreaterThan(0);
    expect(years(before)).toEqual(new Set(['2024']));
    const secondPage = await search('vårdplatser', 2);

    const uploaded = await postDocument(api.url, readFileSync(SAMPLES[2025]), basename(SAMPLES[2025]));
    expect(uploaded.status).toBe(201);
    expect(UploadResult.parse(await uploaded.json()).status).toBe('created');

    const after = await search('vårdplatser');
    expect(after.total).toBeGreaterThan(before.total);
    expect(years(after)).toContain('2025'); // the 2025 meeting's item on vårdplatser leads now
    const pages = [after, await search('vårdplatser', 2)];
    expect(pages[1]).not.toEqual(secondPage);
    const shown = pages.flatMap((p) => p.groups.map((g) => g.item.key));
    expect(new Set(shown).size).toBe(shown.length); // pages of one ranking never overlap
  });
});
