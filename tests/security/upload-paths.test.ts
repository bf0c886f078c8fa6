import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../fixtures/sample-minutes.js';
import { useTestApi } from '../helpers/api-server.js';
import { expectNoLeaks, upload } from './http.js';

/**
 * An upload's file name is the client's to choose; the stored file must still land in the upload
 * folder, under a name the server made safe. Each hostile name carries a unique marker, so finding
 * the marker anywhere else on disk (the folders around the upload dir, the working directory, /tmp,
 * the root) means the name escaped.
 */
const api = useTestApi();

const marker = `evil${process.pid}x${Date.now().toString(36)}`;
const HOSTILE: Array<[string, Buffer | string]> = [
  ['parent dirs', `../../${marker}-a.txt`],
  ['windows parent dirs', `..\\..\\${marker}-b.txt`],
  ['absolute path', `/tmp/${marker}-c.txt`],
  ['etc', `/etc/${marker}-d.txt`],
  ['NUL byte', Buffer.from(`${marker}-e.txt\0../../x.txt`, 'latin1')],
  ['NUL before extension', Buffer.from(`../${marker}-f\0.txt`, 'latin1')],
  ['very long name', `${'../'.repeat(50)}${marker}-g${'x'.repeat(5000)}.txt`],
  ['url-encoded dots', `..%2F..%2F${marker}-h.txt`],
  ['dot files', `.${marker}-i.txt`],
  ['only dots', '../..'],
];

/** Every file under `dir`, to `depth` levels. */
function listFiles(dir: string, depth: number): string[] {
  if (depth < 0 || !existsSync(dir)) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // another user's folder in /tmp
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), depth - 1) : [path.join(dir, e.name)]));
}

describe('upload file names', () => {
  it('hostile names never write outside the upload folder', async () => {
    const uploadDir = path.resolve(api.uploadDir);
    for (const [what, name] of HOSTILE) {
      // Real minutes made unique, so the document is taken and kept under the name made safe.
      const bytes = Buffer.concat([readFileSync(SAMPLES[2024]), Buffer.from(`\nVid anteckningarna ${what} ${Math.random()}\n`)]);
      const res = await upload(api.url, name, bytes);
      const text = await res.text();
      expect(res.status, `${what} → ${text.slice(0, 200)}`).toBeLessThan(500);
      expectNoLeaks(text, what);
      expect(text, what).not.toContain(uploadDir);
    }
    const stored = listFiles(uploadDir, 3);
    expect(stored.length).toBeGreaterThan(0);
    for (const file of stored) {
      expect(path.dirname(file), file).toBe(uploadDir); // flat: no sub-folders made from the name
      expect(path.basename(file)).toMatch(/^[0-9a-f]{12}-[\p{L}\p{N}._-]{1,100}$/u);
      // No hidden file; dots inside one component (`_2F.._2F`) are harmless once no separator is left.
      expect(path.basename(file)).not.toMatch(/^\./);
      expect(path.resolve(uploadDir, path.basename(file))).toBe(file);
    }
    const elsewhere = [
      ...listFiles(path.dirname(uploadDir), 1),
      ...listFiles(path.dirname(path.dirname(uploadDir)), 1),
      ...listFiles(process.cwd(), 1),
      ...listFiles(path.dirname(process.cwd()), 0),
      ...listFiles(os.tmpdir(), 0),
      ...listFiles('/etc', 0),
      ...listFiles('/', 0),
    ].filter((file) => file.includes(marker) && !file.startsWith(`${uploadDir}${path.sep}`));
    expect(elsewhere).toEqual([]);
  });

  it('a document the pipeline refuses is not kept, whatever its name', async () => {
    const uploadDir = path.resolve(api.uploadDir);
    const before = new Set(listFiles(uploadDir, 0));
    // Text with nothing in it: minutes with no date are now written (undated), so refusal needs a file the read stage rejects.
    const bytes = new TextEncoder().encode(`${' \n'.repeat(1 + Math.floor(Math.random() * 50))}\t`);
    const res = await upload(api.url, `../../${marker}-refused.txt`, bytes);
    expect(res.status, await res.clone().text()).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('empty_file');
    expect(listFiles(uploadDir, 0).filter((file) => !before.has(file))).toEqual([]);
  });

  it('a real document under a hostile name is stored inside the upload folder and is its provenance', async () => {
    const changed = Buffer.concat([readFileSync(SAMPLES[2024]), Buffer.from(`\nVid anteckningarna ${marker}\n`)]);
    const res = await upload(api.url, `../../${marker}-real.txt`, changed);
    expect(res.status, await res.clone().text()).toBe(200);
    const { meetingId } = (await res.json()) as { meetingId: string };
    const [sourcePath] = await api.executor.read('MATCH (m:Meeting {id: $id}) RETURN m.sourcePath AS p', { id: meetingId }, (row) =>
      String(row.p),
    );
    expect(path.dirname(sourcePath!)).toBe(path.resolve(api.uploadDir));
    expect(readFileSync(sourcePath!).equals(changed)).toBe(true);
  });
});
