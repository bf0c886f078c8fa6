import { isReadError, type ReadErrorCode } from '../read/errors.js';
import { readSource } from '../read/read-source.js';
import type { SourceDocument } from '../read/source-document.js';
import { ParseError, parseMinutes } from '../parse/parse-minutes.js';
import type { Minutes } from '../parse/minutes.schema.js';

/** Every way one file can fail in the pipeline; read codes pass through unchanged. */
export type IngestErrorCode = ReadErrorCode | 'parse_failed' | 'invalid_record' | 'internal_error';

export interface IngestFailure {
  code: IngestErrorCode;
  message: string;
}

export type IngestResult =
  | { ok: true; path: string; minutes: Minutes; bytes: number }
  | { ok: false; path: string; error: IngestFailure };

export interface IngestOptions {
  /** Largest accepted file in bytes (default: RADSLAG_MAX_FILE_MB or 50 MB). */
  maxBytes?: number;
  /** The parse stage; replaceable so a caller can run another parser over the same read stage. */
  parse?: (doc: SourceDocument) => Minutes;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * One file through the pipeline: read → parse (the graph write will follow here).
 * Never throws: a failure at any stage comes back as a stable code and a message, so a batch
 * can report the file and go on with the next.
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  let doc: SourceDocument;
  try {
    doc = await readSource(path, { maxBytes: options.maxBytes });
  } catch (e) {
    if (isReadError(e)) return { ok: false, path, error: { code: e.code, message: e.message } };
    return { ok: false, path, error: { code: 'internal_error', message: `Reading failed unexpectedly: ${messageOf(e)}` } };
  }
  try {
    const minutes = (options.parse ?? parseMinutes)(doc);
    return { ok: true, path, minutes, bytes: doc.bytes };
  } catch (e) {
    const code = e instanceof ParseError ? e.code : 'parse_failed';
    return { ok: false, path, error: { code, message: messageOf(e) } };
  }
}
