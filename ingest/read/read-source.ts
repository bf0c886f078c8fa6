import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from './decode-text.js';
import { ReadError } from './errors.js';
import { formatSize, resolveMaxBytes, type ReadLimits } from './limits.js';
import { sniffKind } from './media-type.js';
import { extractPdf } from './pdf-text.js';
import type { SourceDocument } from '../../shapes/source-document.js';

export type ReadOptions = ReadLimits;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const tooLarge = (path: string, bytes: number, max: number): ReadError =>
  new ReadError('too_large', path, `File is ${formatSize(bytes)}, over the ${formatSize(max)} limit`);

/** Maps a file-system failure to its stable code; anything unexpected is `unreadable`. */
function fileSystemError(e: unknown, path: string): ReadError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ReadError('not_found', path, 'File does not exist', { cause: e });
  if (code === 'EISDIR') return new ReadError('not_a_file', path, 'Path is a directory, not a file', { cause: e });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(e));
  return new ReadError('unreadable', path, `File cannot be read: ${reason}`, { cause: e });
}

/**
 * Bytes already in memory (an upload) → SourceDocument. No file-system access; `path` only
 * names the document and its extension breaks ties the magic bytes leave open.
 * Throws ReadError for every way the bytes cannot become text (see ReadErrorCode).
 */
export async function readSourceBytes(bytes: Uint8Array, path: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = resolveMaxBytes(opts);
  if (bytes.byteLength > maxBytes) throw tooLarge(path, bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw new ReadError('empty_file', path, 'File is empty (0 bytes)');

  const sniffed = sniffKind(bytes, path);
  const base = { path, sha256: sha256(bytes), bytes: bytes.byteLength };
  switch (sniffed.kind) {
    case 'pdf': {
      const { pages, info } = await extractPdf(bytes, path);
      return { ...base, mediaType: 'application/pdf', encoding: 'pdf', text: pages.join('\f'), pages, info };
    }
    case 'fake_pdf':
      throw new ReadError(
        'pdf_corrupt',
        path,
        `File is named .pdf but has no PDF header${sniffed.lookalike === null ? '' : `; it is ${sniffed.lookalike}`}`,
      );
    case 'binary':
      throw new ReadError('unsupported_type', path, `File is ${sniffed.format}; only PDF and plain-text minutes can be read`);
    case 'text': {
      const { text, encoding } = decodeText(bytes, path);
      if (text.trim() === '') throw new ReadError('empty_file', path, 'File contains only whitespace');
      // A form feed is a page break (pdftotext writes them), so a text file keeps its pages too.
      return { ...base, mediaType: 'text/plain', encoding, text, pages: text.split('\f') };
    }
  }
}

/**
 * A file on disk → SourceDocument. The size is checked with stat before anything is read,
 * so an oversized file is refused without loading it.
 */
export async function readSource(path: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = resolveMaxBytes(opts);
  const info = await stat(path).catch((e: unknown) => {
    throw fileSystemError(e, path);
  });
  if (info.isDirectory()) throw new ReadError('not_a_file', path, 'Path is a directory, not a file');
  if (!info.isFile()) throw new ReadError('not_a_file', path, 'Path is not a regular file (a device, socket or pipe)');
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  if (info.size === 0) throw new ReadError('empty_file', path, 'File is empty (0 bytes)');
  const bytes = await readFile(path).catch((e: unknown) => {
    throw fileSystemError(e, path);
  });
  return readSourceBytes(bytes, path, { maxBytes });
}
