import { extname } from 'node:path';

/** What the first bytes and the file name say a file is, before any decoding. */
export type SniffedKind =
  | { kind: 'pdf' }
  /** Named .pdf but without a PDF header: `lookalike` names what the bytes are, when known. */
  | { kind: 'fake_pdf'; lookalike: string | null }
  /** A recognised binary format we do not read (an image, an Office file, an archive). */
  | { kind: 'binary'; format: string }
  | { kind: 'text' };

/** Extensions read as text; anything else unknown is read as text if its bytes decode as text. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.md']);
export const PDF_EXTENSION = '.pdf';

/** Signatures of binary formats people might hand us instead of minutes. */
const BINARY_SIGNATURES: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { format: 'a ZIP archive or Office document (.docx/.xlsx/.odt)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'a legacy Office document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { format: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** PDF readers accept junk before the header; pdf.js looks in the first 1024 bytes, so do we. */
const PDF_HEADER_WINDOW = 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, PDF_MAGIC, i)) return true;
  }
  return false;
}

export const binaryFormatOf = (bytes: Uint8Array): string | null =>
  BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes))?.format ?? null;

/**
 * Magic bytes first, then the extension.
 * A file named .pdf without a PDF header is a `fake_pdf` (reported as `pdf_corrupt`): the name
 * says the user meant a PDF, so "this PDF is broken, it is really a PNG" is the useful message.
 */
export function sniffKind(bytes: Uint8Array, path: string): SniffedKind {
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  const binary = binaryFormatOf(bytes);
  if (extname(path).toLowerCase() === PDF_EXTENSION) return { kind: 'fake_pdf', lookalike: binary };
  if (binary !== null) return { kind: 'binary', format: binary };
  return { kind: 'text' };
}
