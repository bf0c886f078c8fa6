import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { makeTempDir } from '../fixtures/temp-dir.js';
import { startTestGraph, type TestGraph } from '../helpers/neo4j.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let graph: TestGraph;
let dir: string;
let remove: () => Promise<void>;
let first: { computed: number; cached: number };

function ingest(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env = { ...process.env, NEO4J_URI: graph.uri, RADSLAG_EMBEDDER: 'lexical', RADSLAG_DATA_DIR: join(dir, '.data') };
    execFile(TSX, ['pipeline/cli.ts', ...args], { cwd: ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** The CLI's count of passage vectors it computed and found in the cache on disk. */
function embeddings(stdout: string): { computed: number; cached: number } {
  const match = /^Passage embeddings: (\d+) computed, (\d+) from the cache$/m.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return { computed: Number(match![1]), cached: Number(match![2]) };
}

const meetings = async (): Promise<string[]> =>
  (await graph.executor.read<{ id: string }>('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id')).map((r) => r.id);

beforeAll(async () => {
  graph = await startTestGraph();
  ({ dir, remove } = await makeTempDir('radslag-cli-graph-'));
  await mkdir(join(dir, 'minutes'));
  await copyFile(SAMPLES[2024], join(dir, 'minutes', '2024.txt'));
  await copyFile(SAMPLES[2025], join(dir, 'minutes', '2025.txt'));
}, 180_000);
afterAll(async () => {
  await graph?.close();
  await remove?.();
});

describe('npm run ingest into the graph', { timeout: 180_000 }, () => {
  it('writes both meetings, reports what it wrote and the cross-meeting analysis', async () => {
    const run = await ingest([join(dir, 'minutes')]);
    expect(run.stderr).toMatch(/Graph: bolt:\/\//);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2024\.txt {2}2024-04-11 .* \[created\]/);
    expect(run.stdout).toMatch(/2 files: 2 ok, 0 failed, 1 warning \(2 created\)/);
    expect(run.stdout).toMatch(/Across 2 meetings: \d+ recurring concern links?; follow-ups \d+ open, \d+ addressed, \d+ overdue/);
    expect(await meetings()).toHaveLength(2);
    first = embeddings(run.stdout);
    expect(first.computed).toBeGreaterThan(0);
    expect(run.stderr).toContain(`Embedding cache: ${join(dir, '.data', 'embeddings')}`);
  });

  it('a second run changes nothing and embeds nothing again; --prune removes a meeting whose file is gone', async () => {
    const again = await ingest([join(dir, 'minutes')]);
    expect(again.stdout).toMatch(/\(2 unchanged\)/);
    // A new process: every vector comes from the store under RADSLAG_DATA_DIR, none from the embedder.
    expect(embeddings(again.stdout)).toEqual({ computed: 0, cached: first.computed + first.cached });
    expect(await readdir(join(dir, '.data', 'embeddings'))).toEqual([expect.stringMatching(/^lexical-/)]);
    await rm(join(dir, 'minutes', '2024.txt'));
    const pruned = await ingest(['--prune', join(dir, 'minutes')]);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/Pruned 1 meeting\(s\) whose file is gone: 2024-04-11_/);
    expect(await meetings()).toEqual([expect.stringMatching(/^2025-04-10_/)]);
  });

  it('an edited file replaces its meeting: the new text is in the graph, the old one is gone', async () => {
    const file = join(dir, 'minutes', '2025.txt');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('slutenvårdsplatser');
    await writeFile(file, text.replaceAll('slutenvårdsplatser', 'vårdplatserna i slutenvården'));
    const edited = await ingest([join(dir, 'minutes')]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toMatch(/2025\.txt {2}2025-04-10 .* \[replaced\]/);
    // Only the passages whose text changed are embedded; the rest come from the cache.
    const { computed, cached } = embeddings(edited.stdout);
    expect(computed).toBeGreaterThan(0);
    expect(cached).toBeGreaterThan(computed);
    const count = async (word: string): Promise<number> =>
      Number(
        (await graph.executor.read<{ n: number }>('MATCH (p:Passage) WHERE p.text CONTAINS $word RETURN count(p) AS n', { word }))[0]?.n,
      );
    expect(await count('slutenvårdsplatser')).toBe(0);
    expect(await count('vårdplatserna i slutenvården')).toBeGreaterThan(0);
    expect(await meetings()).toEqual([expect.stringMatching(/^2025-04-10_/)]);
  });

  it('another file for a meeting the graph holds is refused by name and replaces nothing', async () => {
    const other = join(dir, 'other', '2025-rättad.txt');
    await mkdir(join(dir, 'other'), { recursive: true });
    const text = await readFile(join(dir, 'minutes', '2025.txt'), 'utf8');
    await writeFile(other, text.replaceAll('vårdplatserna i slutenvården', 'platserna på sjukhusen'));
    const run = await ingest([join(dir, 'other')]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('meeting_conflict');
    expect(run.stdout + run.stderr).toContain(`already in the graph, read from ${join(dir, 'minutes', '2025.txt')}`);
    const paths = () => graph.executor.read<{ path: string }>('MATCH (m:Meeting) RETURN m.sourcePath AS path');
    expect(await paths()).toEqual([{ path: join(dir, 'minutes', '2025.txt') }]);

    // --replace: the user says it is the corrected version.
    const replaced = await ingest(['--replace', join(dir, 'other')]);
    expect(replaced.code, replaced.stdout + replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/2025-rättad\.txt {2}2025-04-10 .* \[replaced\]/);
    expect(await paths()).toEqual([{ path: other }]);
    await rm(join(dir, 'other'), { recursive: true });
    await ingest(['--replace', join(dir, 'minutes')]);
  });

  it('--date gives an undated file its date: the undated meeting is replaced by the dated one', async () => {
    const file = join(dir, 'odaterat.txt');
    await writeFile(file, 'MÖTESANTECKNINGAR\n\nRådet lyfter frågan om vårdplatser i sommar.\n');
    const undated = await ingest([file]);
    expect(undated.code, undated.stderr).toBe(0);
    expect(undated.stdout).toMatch(/odaterat\.txt {2}no date .*\[created\]/);
    const ofFile = () =>
      graph.executor.read<{ id: string; date: string | null; dateSource: string | null }>(
        'MATCH (m:Meeting {sourcePath: $path}) RETURN m.id AS id, toString(m.date) AS date, m.dateSource AS dateSource',
        { path: file },
      );
    expect(await ofFile()).toEqual([expect.objectContaining({ date: null, dateSource: null })]);

    const dated = await ingest(['--date', '2023-06-01', file]);
    expect(dated.code, dated.stdout + dated.stderr).toBe(0);
    expect(dated.stdout).toMatch(/odaterat\.txt {2}2023-06-01 /);
    const [meeting, ...others] = await ofFile();
    expect(others).toEqual([]);
    expect(meeting).toMatchObject({ date: '2023-06-01', dateSource: 'override' });
    expect(meeting!.id.startsWith('2023-06-01')).toBe(true);
  });
});
