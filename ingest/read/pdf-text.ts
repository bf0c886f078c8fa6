import { ReadError } from './errors.js';
import { readPdfInfo, type PdfInfo } from './pdf-info.js';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from './pdfjs.js';
import { layoutPageText, type PositionedText } from './text-layout.js';
import { uprightRuns, type TextRun } from './text-orientation.js';

/** The PDF trailer marker; a file cut short loses it, and pdf.js would otherwise quietly repair. */
const EOF_MARKER = Buffer.from('%%EOF', 'latin1');
/** Where PDF readers look for %%EOF (Acrobat allows trailing junk up to 1 KB). */
const EOF_WINDOW = 1024;

const errorName = (e: unknown): string => (e instanceof Error ? e.name : '');
const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-EOF_WINDOW);
  return tail.includes(EOF_MARKER);
}

/** pdf.js errors cross its (in-process) worker boundary as plain objects, so match on `name`. */
function toReadError(e: unknown, path: string): ReadError {
  if (errorName(e) === 'PasswordException') {
    return new ReadError('pdf_encrypted', path, 'PDF is encrypted and needs a password to open; save an unprotected copy', { cause: e });
  }
  return new ReadError('pdf_corrupt', path, `PDF cannot be parsed: ${errorMessage(e)}`, { cause: e });
}

async function openPdf(bytes: Uint8Array, path: string): Promise<{ pdf: PDFDocumentProxy; close: () => Promise<void> }> {
  const task = getDocument({
    // pdf.js may detach the buffer it is given; the caller's bytes must survive for hashing.
    data: new Uint8Array(bytes),
    // Text only, offline: no font loading, no system fonts, no fetching of fonts, CMaps or wasm.
    // (pdf.js 5 no longer has `isEvalSupported`: it stopped compiling glyphs with eval.)
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    disableRange: true,
    disableAutoFetch: true,
    disableStream: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    // Missing standard-font data and odd fonts are normal for text extraction; keep the console quiet.
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise;
    return { pdf, close: () => task.destroy() };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw toReadError(e, path);
  }
}

async function pageItems(pdf: PDFDocumentProxy, pageNumber: number): Promise<PositionedText[]> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ includeMarkedContent: false });
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if ('str' in item) runs.push({ str: item.str, transform: item.transform as number[], width: item.width, height: item.height });
    }
    return uprightRuns(runs);
  } finally {
    page.cleanup();
  }
}

/**
 * A PDF's text, one string per page, laid out line by line (see layoutPageText), and what its
 * document information says (title, creation date).
 * Throws ReadError: `pdf_encrypted`, `pdf_corrupt` (unparseable or truncated), `pdf_no_text`
 * (no page has any text: a scan).
 */
export async function extractPdf(bytes: Uint8Array, path: string): Promise<{ pages: string[]; info: PdfInfo }> {
  if (!endsWithEofMarker(bytes)) {
    throw new ReadError('pdf_corrupt', path, 'PDF is truncated: the %%EOF marker at its end is missing');
  }
  const { pdf, close } = await openPdf(bytes, path);
  try {
    if (pdf.numPages < 1) throw new ReadError('pdf_corrupt', path, 'PDF has no pages');
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const items = await pageItems(pdf, n).catch((e: unknown) => {
        throw new ReadError('pdf_corrupt', path, `PDF page ${n} cannot be read: ${errorMessage(e)}`, { cause: e });
      });
      pages.push(layoutPageText(items));
    }
    if (pages.every((p) => p.trim() === '')) {
      throw new ReadError(
        'pdf_no_text',
        path,
        `PDF has no text layer on any of its ${pages.length} page(s); it looks like a scanned document and needs OCR first`,
      );
    }
    return { pages, info: await readPdfInfo(pdf) };
  } finally {
    await close();
  }
}
