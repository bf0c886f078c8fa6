import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isReadError } from '../../../ingest/read/errors.js';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { SourceDocumentSchema } from '../../../shapes/source-document.js';
import { minutesToPdf } from '../../fixtures/minutes-pdf.js';
import { sampleText } from '../../fixtures/sample-minutes.js';
import { encodeUtf16le, encodeUtf8, encodeWindows1252 } from '../../fixtures/text-encodings.js';

/** The read stage's promise: a valid document, or a ReadError — never any other exception. */
async function documentOrReadError(bytes: Uint8Array, path: string): Promise<'doc' | 'error'> {
  try {
    const doc = SourceDocumentSchema.parse(await readSourceBytes(bytes, path));
    expect(doc.text).toBe(doc.pages.join('\f'));
    expect(doc.bytes).toBe(bytes.byteLength);
    return 'doc';
  } catch (e) {
    if (!isReadError(e)) throw e;
    expect(e.path).toBe(path);
    expect(e.message.length).toBeGreaterThan(0);
    return 'error';
  }
}

const extension = fc.constantFrom('.txt', '.pdf', '.md', '.bin', '');

let samplePdf: Buffer;
beforeAll(async () => {
  samplePdf = await minutesToPdf(sampleText(2025));
});

describe('readSourceBytes never throws anything but a ReadError', () => {
  it('on random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), extension, async (bytes, ext) => {
        await documentOrReadError(bytes, `random${ext}`);
      }),
      { numRuns: 300 },
    );
  });

  it('on random bytes behind a PDF header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (tail, withEof) => {
        const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), tail, Buffer.from(withEof ? '\n%%EOF\n' : '')]);
        expect(await documentOrReadError(bytes, 'fake.pdf')).toBe('error');
      }),
      { numRuns: 60 },
    );
  });

  it('on truncated samples in every encoding', async () => {
    const text = sampleText(2024);
    const encoded = [encodeUtf8(text), encodeUtf8(text, { bom: true }), encodeUtf16le(text), encodeWindows1252(text)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...encoded), fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, cut) => {
        await documentOrReadError(bytes.subarray(0, Math.floor(bytes.length * cut)), 'cut.txt');
      }),
      { numRuns: 200 },
    );
  });

  it('on truncated PDFs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: samplePdf.length - 1 }), async (cut) => {
        // Only the end-of-line after the final %%EOF can go without losing part of the document.
        const complete = cut >= samplePdf.lastIndexOf('%%EOF') + '%%EOF'.length;
        expect(await documentOrReadError(samplePdf.subarray(0, cut), 'cut.pdf')).toBe(complete ? 'doc' : 'error');
      }),
      { numRuns: 60 },
    );
  });

  it('on PDFs with a stretch of bytes overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samplePdf.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        async (at, junk) => {
          const bytes = Buffer.from(samplePdf);
          bytes.set(junk.subarray(0, bytes.length - at), at);
          await documentOrReadError(bytes, 'damaged.pdf');
        },
      ),
      { numRuns: 60 },
    );
  });
});
