import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { GraphError } from '../../graph/db/errors.js';
import { EmbedderMismatchError } from '../../graph/write/errors.js';
import type { ErrorBody } from '../../shapes/api/index.js';
import { ApiError, NotFoundError, PayloadTooLargeError } from '../errors.js';

/**
 * The one place where failures become HTTP answers. Known errors keep their status and code; a graph
 * that cannot be reached is 503 `graph_unavailable`; anything else is a 500 with a fixed message
 * (the details go to the server log, never to the client: no stacks, no paths, no Cypher).
 */
export function errorHandler(options: { maxUploadBytes: number; log?: (line: string) => void }): ErrorRequestHandler {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body } = toErrorResponse(error, options.maxUploadBytes);
    if (status === 500) log(`radslag:server ${req.method} ${req.path} → 500: ${describe(error)}`);
    else if (status > 500) log(`radslag:server ${req.method} ${req.path} → ${status} ${body.error.code}`);
    // A route may have set a file's type or name before failing (e.g. a feed's Atom type); the error is JSON.
    res.removeHeader('Content-Disposition');
    res.status(status).type('application/json').json(body);
  };
}

/** Unknown routes under /api. */
export const apiNotFound: RequestHandler = (req) => {
  throw new NotFoundError('route', `${req.method} ${req.baseUrl}${req.path}`.slice(0, 200));
};

export function toErrorResponse(error: unknown, maxUploadBytes: number): { status: number; body: ErrorBody } {
  const body = (code: string, message: string, details?: unknown): ErrorBody => ({
    error: details === undefined ? { code, message } : { code, message, details },
  });
  if (error instanceof ApiError) return { status: error.status, body: body(error.code, error.message, error.details) };
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      const tooLarge = new PayloadTooLargeError(maxUploadBytes);
      return { status: 413, body: body(tooLarge.code, tooLarge.message) };
    }
    return {
      status: 400,
      body: body('invalid_upload', `invalid upload: ${error.message}${error.field ? ` (field "${error.field}")` : ''}`),
    };
  }
  if (error instanceof EmbedderMismatchError) {
    return { status: 503, body: body('embedder_mismatch', 'the stored vectors were made by another embedder; run npm run reindex') };
  }
  if (error instanceof GraphError && error.code === 'graph_unavailable') {
    return { status: 503, body: body('graph_unavailable', 'the graph database is not reachable; try again later') };
  }
  const httpError = asHttpError(error);
  if (httpError) {
    if (httpError.status === 413) return { status: 413, body: body('payload_too_large', 'the request body is too large') };
    if (httpError.status < 500) return { status: httpError.status, body: body('bad_request', 'the request could not be read') };
  }
  return { status: 500, body: body('internal_error', 'internal server error') };
}

/** Errors from body-parser / http-errors carry `status` (or `statusCode`) and `expose`. */
function asHttpError(error: unknown): { status: number } | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? { status } : null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}`;
  return String(error);
}
