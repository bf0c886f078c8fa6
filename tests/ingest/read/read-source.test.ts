import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadError, type ReadErrorCode } from '../../../ingest/read/errors.js';
import { readSource } from '../../../ingest/read/read-source.js';
import { SourceDocumentSchema } from '../../../shapes/source-document.js';
import { scannedPagePng } from '../../fixtures/binary-files.js';
import { encryptedPdf, minutesToPdf, scannedPdf } from '../../fixtures/minutes-pdf.js';
import { sampleText } from '../../fixtures/sample-minutes.js';
import { makeTempDir } from '../../fixtures/temp-dir.js';

let dir: string;
let remove: () => Promise<void>;
let samplePdf: Buffer;

beforeAll(async () => {
  ({ dir, remove } = await makeTempDir('radslag-read-'));
  samplePdf = await minutesToPdf(sampleText(2025));
});
afterAll(() => remove());

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function readError(path: string, opts?: { maxBytes?: number }): Promise<ReadError> {
  const error = await readSource(path, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  const readErr = error as ReadError;
  expect(readErr.path).toBe(path);
  return readErr;
}

async function expectCode(path: string, code: ReadErrorCode, message?: RegExp, opts?: { maxBytes?: number }): Promise<void> {
  const error = await readError(path, opts);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

describe('readSource on real files', () => {
  it('reads a sample text file as one UTF-8 page with its sha256', async () => {
    const text = sampleText(2024);
    const path = await fileWith('ok.txt', text);
    const doc = SourceDocumentSchema.parse(await readSource(path));
    expect(doc).toMatchObject({ path, mediaType: 'text/plain', encoding: 'utf-8', bytes: Buffer.byteLength(text) });
    expect(doc.pages).toEqual([doc.text]);
    expect(doc.text).toBe(text.normalize('NFC'));
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a sample PDF as pages joined by form feeds', async () => {
    const path = await fileWith('ok.pdf', samplePdf);
    const doc = SourceDocumentSchema.parse(await readSource(path));
    expect(doc).toMatchObject({ mediaType: 'application/pdf', encoding: 'pdf', bytes: samplePdf.length });
    expect(doc.pages.length).toBeGreaterThan(1);
    expect(doc.text).toBe(doc.pages.join('\f'));
  });

  it('takes the media type from the magic bytes before the extension', async () => {
    const doc = await readSource(await fileWith('minutes.txt', samplePdf));
    expect(doc.mediaType).toBe('application/pdf');
    const md = await readSource(await fileWith('notes.md', '# Möte\n\nÅtgärder'));
    expect(md.mediaType).toBe('text/plain');
    const unknown = await readSource(await fileWith('README', 'Rådets frågor\n'));
    expect(unknown.mediaType).toBe('text/plain');
  });

  it('splits a text file on form feeds into pages, as pdftotext output has them', async () => {
    const doc = await readSource(await fileWith('pdftotext.txt', 'sida ett\n\fsida två\n'));
    expect(doc.pages).toEqual(['sida ett\n', 'sida två\n']);
  });

  it('not_found: a path that does not exist', () => expectCode(join(dir, 'missing.txt'), 'not_found', /does not exist/));

  it('not_a_file: a directory', async () => {
    const path = join(dir, 'folder.txt');
    await mkdir(path);
    await expectCode(path, 'not_a_file', /directory/);
  });

  it('unreadable: a file without read permission', async ({ skip }) => {
    if (process.getuid?.() === 0) skip('root can read any file');
    const path = await fileWith('secret.txt', 'hemligt');
    const { chmod } = await import('node:fs/promises');
    await chmod(path, 0o000);
    await expectCode(path, 'unreadable', /permission denied/);
  });

  it('empty_file: zero bytes', async () => expectCode(await fileWith('empty.txt', ''), 'empty_file', /0 bytes/));

  it('empty_file: whitespace only, in any encoding', async () => {
    await expectCode(await fileWith('blank.txt', ' \n\t\r\n  \n'), 'empty_file', /whitespace/);
    await expectCode(await fileWith('blank16.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])), 'empty_file');
  });

  it('too_large: over an explicit limit', async () => {
    const path = await fileWith('big.txt', 'a'.repeat(2048));
    await expectCode(path, 'too_large', /2\.0 KB, over the 1\.0 KB limit/, { maxBytes: 1024 });
  });

  it('too_large: over the default 50 MB limit, judged by stat on a sparse file', async () => {
    const path = await fileWith('huge.txt', '');
    await truncate(path, 60 * 1024 * 1024);
    await expectCode(path, 'too_large', /60\.0 MB, over the 50\.0 MB limit/);
  });

  it('too_large: over the limit set by RADSLAG_MAX_FILE_MB', async () => {
    const path = await fileWith('env.txt', 'b'.repeat(4096));
    process.env.RADSLAG_MAX_FILE_MB = '0.002';
    try {
      await expectCode(path, 'too_large');
    } finally {
      delete process.env.RADSLAG_MAX_FILE_MB;
    }
  });

  it('not_text: NUL bytes', async () => {
    const path = await fileWith('data.bin', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43, 0x00]));
    await expectCode(path, 'not_text', /NUL bytes/);
  });

  it('not_text: mostly control characters', async () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 30))));
    await expectCode(await fileWith('controls.txt', bytes), 'not_text', /control characters/);
  });

  it('not_text: a UTF-16 BOM followed by bytes that are not UTF-16', async () => {
    await expectCode(await fileWith('odd.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc, 0x41])), 'not_text', /utf-16le/);
  });

  it('unsupported_type: a PNG with its own or a text extension', async () => {
    await expectCode(await fileWith('scan.png', scannedPagePng()), 'unsupported_type', /PNG image/);
    await expectCode(await fileWith('scan.txt', scannedPagePng()), 'unsupported_type', /PNG image/);
  });

  // The name says the user meant a PDF: "broken PDF, really a PNG" is more useful than "not text".
  it('pdf_corrupt: a PNG renamed .pdf, naming what it really is', async () => {
    await expectCode(await fileWith('scan.pdf', scannedPagePng()), 'pdf_corrupt', /no PDF header; it is a PNG image/);
  });

  it('pdf_corrupt: a text file renamed .pdf', async () => {
    await expectCode(await fileWith('notes.pdf', 'Mötesanteckningar\n'), 'pdf_corrupt', /no PDF header$/);
  });

  it('pdf_corrupt: a PDF cut short', async () => {
    const path = await fileWith('cut.pdf', samplePdf.subarray(0, Math.floor(samplePdf.length * 0.6)));
    await expectCode(path, 'pdf_corrupt', /truncated/);
  });

  it('pdf_corrupt: a PDF header followed by garbage', async () => {
    const path = await fileWith('garbage.pdf', `%PDF-1.7\n${'x'.repeat(500)}\n%%EOF\n`);
    await expectCode(path, 'pdf_corrupt', /PDF cannot be parsed/);
  });

  it('pdf_encrypted: a PDF that needs a user password', async () => {
    await expectCode(await fileWith('locked.pdf', await encryptedPdf(sampleText(2024))), 'pdf_encrypted', /password/);
  });

  it('pdf_no_text: a PDF of page images says it looks scanned and needs OCR', async () => {
    await expectCode(
      await fileWith('scanned.pdf', await scannedPdf({ pages: 2 })),
      'pdf_no_text',
      /looks like a scanned document and needs OCR/,
    );
  });
});
