import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnnotatedMeetingSchema } from '../../shapes/annotated-meeting.schema.js';
import { scannedPagePng } from '../fixtures/binary-files.js';
import { encryptedPdf, minutesToPdf, scannedPdf } from '../fixtures/minutes-pdf.js';
import { sampleText } from '../fixtures/sample-minutes.js';
import { makeTempDir } from '../fixtures/temp-dir.js';
import { encodeWindows1252 } from '../fixtures/text-encodings.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let remove: () => Promise<void>;

/**
 * A folder of hostile and broken files next to good ones, made for real on disk: every bad file
 * must be reported with its specific reason, and every good file must still be ingested.
 */
beforeAll(async () => {
  ({ dir, remove } = await makeTempDir('radslag-hostile-'));
  const put = (name: string, data: string | Uint8Array) => writeFile(join(dir, name), data);
  // Good files, in several forms.
  await put('good-2025.txt', sampleText(2025));
  await put('good-2024.pdf', await minutesToPdf(sampleText(2024)));
  await put('good-windows-1252.txt', encodeWindows1252(sampleText(2024)));
  await put('good but odd – name (kopia) #2 å.txt', sampleText(2025));
  const deep = join(dir, ...Array.from({ length: 30 }, (_, i) => `n${i}`));
  await mkdir(deep, { recursive: true });
  await writeFile(join(deep, 'deeply-nested.txt'), sampleText(2024));
  await symlink(dir, join(deep, 'loop-to-top'));
  await symlink(join(dir, 'n0'), join(dir, 'n0', 'n1', 'loop-up'));
  // Bad files.
  await put('zero.txt', '');
  await put('random.txt', randomBytes(4096));
  await put('png-renamed.pdf', scannedPagePng());
  await put('encrypted.pdf', await encryptedPdf(sampleText(2025)));
  await put('scanned.pdf', await scannedPdf());
  await put('huge.txt', Buffer.alloc(60 * 1024 * 1024, 'a'));
  await put('one-line.txt', 'Rådet lyfter frågan om vårdplatser. '.repeat(30_000));
  await put('missing-sections.txt', 'MÖTESANTECKNINGAR\n\nNågot hände.\n');
}, 120_000);
afterAll(() => remove());

describe('ingest over a folder of hostile and broken files', () => {
  it('names each bad file with its reason and ingests every good one', async () => {
    const out = join(dir, '..', `${Date.now()}-records.json`);
    const run = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['pipeline/cli.ts', '--dry-run', '--json', out, dir],
        { cwd: ROOT, timeout: 170_000, maxBuffer: 1 << 24 },
        (error, stdout) => done({ code: error === null ? 0 : Number(error.code ?? -1), stdout }),
      ),
    );
    const line = (name: string): string => run.stdout.split('\n').find((l) => l.includes(name)) ?? `(no line for ${name})`;
    expect(run.code).toBe(1);
    expect(line('zero.txt')).toMatch(/✗ .* empty_file: /);
    expect(line('random.txt')).toMatch(/✗ .* not_text: /);
    expect(line('png-renamed.pdf')).toMatch(/✗ .* pdf_corrupt: .*PNG/);
    expect(line('encrypted.pdf')).toMatch(/✗ .* pdf_encrypted: /);
    expect(line('scanned.pdf')).toMatch(/✗ .* pdf_no_text: .*(scan|OCR)/i);
    expect(line('huge.txt')).toMatch(/✗ .* too_large: /);
    // Readable but not minutes: ingested with warnings, never a crash and never invented values.
    expect(line('one-line.txt')).toMatch(/✓ .*one-line\.txt {2}no date {2}\d+ items? .* \d+ warnings/);
    expect(line('missing-sections.txt')).toMatch(/✓ .*missing-sections\.txt {2}no date/);
    for (const good of [
      'good-2025.txt',
      'good-2024.pdf',
      'good-windows-1252.txt',
      'good but odd – name (kopia) #2 å.txt',
      'deeply-nested.txt',
    ]) {
      expect(line(good)).toMatch(/✓ .* 20\d\d-\d\d-\d\d {2}\d+ items/);
    }
    expect(run.stdout).toMatch(/13 files: 7 ok, 6 failed/);

    const records = z.array(AnnotatedMeetingSchema).parse(JSON.parse(await readFile(out, 'utf8')));
    const byName = (name: string) => records.find((r) => r.minutes.source.path.endsWith(name))!;
    // The Windows-1252 file reads exactly as the UTF-8 one: å, ä, ö intact.
    expect(byName('good-windows-1252.txt').minutes.attendees.map((a) => a.name)).toContain('Berit Örnevall');
    expect(byName('good-windows-1252.txt').minutes.agendaItems.map((i) => i.title)).toEqual(
      byName('deeply-nested.txt').minutes.agendaItems.map((i) => i.title),
    );
  }, 180_000);
});
