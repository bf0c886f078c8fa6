/** Stable codes for every way a file can fail to be read; the CLI and API report them as is. */
export type ReadErrorCode =
  | 'not_found'
  | 'not_a_file'
  | 'unreadable'
  | 'empty_file'
  | 'too_large'
  | 'not_text'
  | 'unsupported_type'
  | 'pdf_encrypted'
  | 'pdf_corrupt'
  | 'pdf_no_text';

/** A file that cannot become a SourceDocument. `message` is short, specific and in English. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isReadError = (e: unknown): e is ReadError => e instanceof ReadError;
