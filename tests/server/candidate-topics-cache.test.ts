import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphVersion } from '../../graph/db/graph-version.js';
import { candidateTopics, candidateTopicsAfresh } from '../../server/services/candidate-topics.service.js';
import { CandidateTopicsResponse, UploadResult } from '../../shapes/api/index.js';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { useTestApi } from '../helpers/api-server.js';
import { postDocument } from '../helpers/post-document.js';

/**
 * Candidate topics are computed once per graph version (server/services/candidate-topics.service.ts):
 * a repeat within a version is the kept answer itself, and a write (an upload, so a new version)
 * computes them again from the graph as it is then.
 */
const api = useTestApi({ ingest: [SAMPLES[2024]] });

const overHttp = async (granularity: 'year' | 'quarter') => {
  const res = await fetch(`${api.url}/api/candidate-topics?granularity=${granularity}`);
  expect(res.status).toBe(200);
  return CandidateTopicsResponse.parse(await res.json());
};

describe('candidate topics kept per graph version', () => {
  it('does not compute again within a version, and does after a write', async () => {
    const version = await readGraphVersion(api.executor);
    const first = await candidateTopics(api.executor, { granularity: 'year' });
    // One period is the whole corpus, so nothing in it stands out yet.
    expect(first).toEqual([{ period: '2024', terms: [] }]);
    // The same object: kept, not computed again (a computation builds a new array every time).
    expect(await candidateTopics(api.executor, { granularity: 'year' })).toBe(first);
    expect(await overHttp('year')).toEqual(first);
    expect(await candidateTopics(api.executor, { granularity: 'year' })).toBe(first);
    // Each granularity is kept on its own.
    const quarters = await candidateTopics(api.executor, { granularity: 'quarter' });
    expect(quarters.map((p) => p.period)).toEqual(['2024-Q2']);
    expect(await candidateTopics(api.executor, { granularity: 'quarter' })).toBe(quarters);
    // The kept answer is what a computation now would give.
    expect(await candidateTopicsAfresh(api.executor, { granularity: 'year' })).toEqual(first);
    expect(await readGraphVersion(api.executor)).toBe(version);

    const uploaded = await postDocument(api.url, readFileSync(SAMPLES[2025]), basename(SAMPLES[2025]));
    expect(uploaded.status).toBe(201);
    expect(UploadResult.parse(await uploaded.json()).status).toBe('created');
    expect(await readGraphVersion(api.executor)).not.toBe(version);

    const after = await overHttp('year');
    expect(after.map((p) => p.period)).toEqual(['2024', '2025']);
    expect(after.every((p) => p.terms.length > 0)).toBe(true);
    const kept = await candidateTopics(api.executor, { granularity: 'year' });
    expect(kept).not.toBe(first);
    expect(kept).toEqual(after);
    expect(await candidateTopics(api.executor, { granularity: 'year' })).toBe(kept);
  });
});
