import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../../pipeline/cli/collect-files.js';
import { makeTempDir } from '../../fixtures/temp-dir.js';

let dir: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await makeTempDir('radslag-walk-'));
  for (const folder of ['2024/april', '2025', '.git', '2025/.drafts']) await mkdir(join(dir, folder), { recursive: true });
  const files = [
    '2024/april/a.txt',
    '2024/b.PDF',
    '2025/c.text',
    '2025/d.md',
    '2025/e.docx',
    '.git/f.txt',
    '2025/.drafts/g.txt',
    '2025/.h.txt',
  ];
  for (const f of files) await writeFile(join(dir, f), 'x');
  await symlink(dir, join(dir, '2025', 'up')); // a loop back to the root
  await symlink(join(dir, '2024/april/a.txt'), join(dir, '2025/same-as-a.txt')); // the same file twice
  await symlink(join(dir, 'gone.txt'), join(dir, '2025/dangling.txt'));
});
afterAll(() => remove());

const names = (files: string[]): string[] => files.map((f) => relative(dir, f));

describe('collectFiles', () => {
  it('walks folders recursively for .pdf/.txt/.text, skipping hidden entries, loops and duplicates', async () => {
    const { files, problems } = await collectFiles([dir]);
    expect(names(files)).toEqual(['2024/april/a.txt', '2024/b.PDF', '2025/c.text']);
    expect(problems).toEqual([]);
  });

  it('takes files named on the command line whatever their extension, and keeps missing paths for reporting', async () => {
    const { files } = await collectFiles([join(dir, '2025/d.md'), join(dir, 'missing.txt'), join(dir, '2024')]);
    expect(names(files)).toEqual(['2025/d.md', 'missing.txt', '2024/april/a.txt', '2024/b.PDF']);
  });

  it('lists a file reached twice only once', async () => {
    const { files } = await collectFiles([join(dir, '2024/april/a.txt'), join(dir, '2025/same-as-a.txt'), join(dir, '2024')]);
    expect(names(files)).toEqual(['2024/april/a.txt', '2024/b.PDF']);
  });
});
