import path from 'node:path';
import multer from 'multer';
import type { RequestHandler } from 'express';
import { ApiError, UnsupportedMediaTypeError, ValidationError } from '../errors.js';

/** One file in field `file`, held in memory (the pipeline reads bytes), at most `maxBytes`. */
export function singleUpload(maxBytes: number): RequestHandler {
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 10 } }).single('file');
  // busboy reports a broken body (a NUL in a part header, a missing boundary, a cut-off form) as a
  // plain Error, which would be a 500; it is the client's malformed request.
  return (req, res, next) =>
    parse(req, res, (error?: unknown) =>
      next(
        error === undefined || error instanceof multer.MulterError
          ? error
          : new ApiError(400, 'invalid_upload', 'invalid upload: the multipart body could not be read'),
      ),
    );
}

export interface UploadedDocument {
  bytes: Uint8Array;
  /** The client's file name without any directory part. */
  fileName: string;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
// Common binary formats that must not pass as text even when named .txt.
const BINARY_MAGIC = [
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from('GIF8', 'latin1'),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]), // ZIP, DOCX, XLSX
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), // OLE (old .doc)
  PDF_MAGIC,
];

/**
 * The upload's type, checked twice: by extension (.pdf or .txt) and by the first bytes (`%PDF-` for
 * a PDF, within the first KB as readers allow; no binary signature and no NUL bytes for text).
 * A file that fails either is 415.
 */
export function checkUploadedDocument(file: Express.Multer.File | undefined): UploadedDocument {
  if (!file) throw new ValidationError('invalid parameter "file": a multipart field "file" with a .pdf or .txt document is required');
  const fileName = path.basename(file.originalname.replace(/\\/g, '/')) || 'upload';
  const extension = path.extname(fileName).toLowerCase();
  const bytes = file.buffer;
  if (extension === '.pdf') {
    if (bytes.subarray(0, 1024).indexOf(PDF_MAGIC) === -1)
      throw new UnsupportedMediaTypeError(`"${fileName}" is named .pdf but is not a PDF`);
  } else if (extension === '.txt') {
    if (BINARY_MAGIC.some((magic) => bytes.subarray(0, magic.length).equals(magic)) || looksBinary(bytes)) {
      throw new UnsupportedMediaTypeError(`"${fileName}" is named .txt but is not a text file`);
    }
  } else {
    throw new UnsupportedMediaTypeError(`unsupported file type "${extension || fileName}": upload a .pdf or .txt document`);
  }
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName };
}

/** UTF-16 text has NULs too, but the read stage does not take it either; a NUL in the head means binary. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
