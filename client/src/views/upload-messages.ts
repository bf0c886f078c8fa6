import type { MessageKey } from '../i18n/messages.js';

/**
 * Error codes the upload screen explains in the reader's language: the server's own (errors.ts,
 * error-handler.ts) and the ingest pipeline's (ingest/read, ingest/parse, pipeline/), which the
 * server passes on as 422. Any other code gets the generic sentence; the code and the server's message
 * are always shown next to it.
 */
const EXPLAINED = new Set([
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'empty_file',
  'not_text',
  'unsupported_type',
  'pdf_encrypted',
  'pdf_corrupt',
  'too_large',
  'not_minutes',
  'invalid_meeting',
  'parse_failed',
  'invalid_parameter',
  'invalid_upload',
  'graph_unavailable',
  'embedder_mismatch',
  'network_error',
]);

export function uploadErrorKey(code: string): MessageKey {
  return (EXPLAINED.has(code) ? `upload.error.${code}` : 'upload.error.other') as MessageKey;
}

/** Bytes as a reader says them: "812 B", "14 kB", "2.3 MB" (decimal separator by locale). */
export function formatBytes(bytes: number, formatNumber: (value: number, digits?: number) => string): string {
  if (bytes < 1000) return `${formatNumber(bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, bytes < 10_000 ? 1 : 0)} kB`;
  return `${formatNumber(bytes / 1_000_000, 1)} MB`;
}
