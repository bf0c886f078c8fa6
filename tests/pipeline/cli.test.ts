import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnnotatedMeetingSchema } from '../../shapes/annotated-meeting.schema.js';
import { minutesToPdf } from '../fixtures/minutes-pdf.js';
import { SAMPLES, sampleText } from '../fixtures/sample-minutes.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as `npm run ingest` does, without a terminal (so no progress bar). */
function ingest(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      ['pipeline/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await makeTempDir('radslag-cli-'));
  await writeFile(join(dir, '2024.txt'), sampleText(2024));
  await mkdir(join(dir, 'pdf'));
  await writeFile(join(dir, 'pdf', '2025.pdf'), await minutesToPdf(sampleText(2025)));
  const good = await minutesToPdf(sampleText(2024));
  await writeFile(join(dir, 'pdf', 'broken.pdf'), good.subarray(0, good.length >> 1));
  await writeFile(join(dir, 'empty.txt'), '');
  // Skipped by the walk: hidden files, other extensions, and a symlink back up the tree.
  await writeFile(join(dir, '.hidden.txt'), '');
  await writeFile(join(dir, 'notes.docx'), 'not minutes');
  await symlink(dir, join(dir, 'pdf', 'loop'));
}, 60_000);
afterAll(() => remove());

// Each case spawns tsx, which takes seconds on a busy two-core machine.
describe('npm run ingest -- --dry-run', { timeout: 120_000 }, () => {
  it('summarises the good files, names the bad ones with their codes, and exits 1', async () => {
    const run = await ingest(['--dry-run', dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(run.stdout).toMatch(new RegExp(`✓ .*2024\\.txt  2024-04-11  \\d+ items  \\d+ attendees  \\d+ warnings?`));
    expect(run.stdout).toMatch(new RegExp(`✓ .*2025\\.pdf  2025-04-10  \\d+ items  \\d+ attendees  \\d+ warnings?`));
    expect(run.stdout).toMatch(/✗ .*broken\.pdf {2}pdf_corrupt: PDF is truncated/);
    expect(run.stdout).toMatch(/✗ .*empty\.txt {2}empty_file: File is empty/);
    expect(lines.at(-1)).toMatch(/^4 files: 2 ok, 2 failed, \d+ warnings?$/);
    expect(run.stdout).not.toMatch(/hidden|docx|loop/);
  });

  it('writes the annotated records with --json, valid against AnnotatedMeetingSchema', async () => {
    const out = join(dir, 'out', 'records.json');
    await mkdir(join(dir, 'out'), { recursive: true });
    const run = await ingest(['--dry-run', '--json', out, join(dir, '2024.txt'), join(dir, 'pdf')]);
    expect(run.code).toBe(1); // broken.pdf is in pdf/
    const records = z.array(AnnotatedMeetingSchema).parse(JSON.parse(await readFile(out, 'utf8')));
    expect(records.map((r) => [r.minutes.date, r.minutes.source.mediaType])).toEqual([
      ['2024-04-11', 'text/plain'],
      ['2025-04-10', 'application/pdf'],
    ]);
    expect(records[1]?.minutes.source.pages).toBeGreaterThan(1);
    expect(records[0]?.concerns.length).toBeGreaterThan(0);
    expect(records[0]?.passages.every((p) => p.speakerBasis !== undefined)).toBe(true);
  });

  it('exits 0 when every file is good', async () => {
    const run = await ingest(['--dry-run', SAMPLES[2024], SAMPLES[2025]]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 files: 2 ok, 0 failed/);
  });

  it('reports a missing path and a too-large file, and goes on', async () => {
    const run = await ingest(['--dry-run', '--max-file-mb', '0.005', join(dir, 'nope.txt'), SAMPLES[2025], join(dir, '2024.txt')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ .*nope\.txt {2}not_found: File does not exist/);
    expect(run.stdout).toMatch(/✗ .*2025-04-10.*\.txt {2}too_large: File is 10\.\d KB, over the 5\.1 KB limit/);
    expect(run.stdout).toMatch(/3 files: 0 ok, 3 failed/);
  });

  it('exits 2 on usage errors', async () => {
    const [pruneDryRun, badLimit, noPaths, unknownFlag, badEnv, nothing] = await Promise.all([
      ingest(['--dry-run', '--prune', dir]),
      ingest(['--dry-run', '--max-file-mb', 'ten', dir]),
      ingest(['--dry-run']),
      ingest(['--dry-run', '--bogus', dir]),
      ingest(['--dry-run', dir], { RADSLAG_MAX_FILE_MB: 'lots' }),
      ingest(['--dry-run', join(dir, 'out')]),
    ]);
    expect(pruneDryRun.stderr).toMatch(/--prune changes the graph; it cannot be combined with --dry-run/);
    expect(badLimit.stderr).toMatch(/--max-file-mb.*positive number/);
    expect(noPaths.stderr).toMatch(/missing required argument/);
    expect(unknownFlag.stderr).toMatch(/unknown option '--bogus'/);
    expect(badEnv.stderr).toMatch(/RADSLAG_MAX_FILE_MB must be a positive number/);
    expect(nothing.stderr).toMatch(/No \.pdf, \.txt or \.text files found/);
    expect([pruneDryRun, badLimit, noPaths, unknownFlag, badEnv, nothing].map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
  }, 120_000);
});

describe('npm run ingest -- --date', { timeout: 120_000 }, () => {
  it('is a usage error (exit 2) with more than one file, a folder, or a date not written YYYY-MM-DD', async () => {
    const twoFiles = await ingest(['--dry-run', '--date', '2025-01-01', join(dir, '2024.txt'), join(dir, 'empty.txt')]);
    expect(twoFiles.code).toBe(2);
    expect(twoFiles.stderr).toMatch(/--date .* exactly one file/);
    const folder = await ingest(['--dry-run', '--date', '2025-01-01', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/--date .* exactly one file/);
    const badDate = await ingest(['--dry-run', '--date', '1 april 2025', join(dir, '2024.txt')]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/YYYY-MM-DD/);
    expect(`${twoFiles.stdout}${folder.stdout}${badDate.stdout}`).not.toMatch(/✓|✗/); // nothing was read
  });
});
