/**
 * The API's error hierarchy. Services and routes throw these; ONE middleware
 * (middleware/error-handler.ts) turns them — and graph errors — into `{ error: { code, message, details? } }`.
 * Messages are short and name the value that failed; they never hold stack traces or file paths.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** A bad request parameter; `details` lists each parameter and what is wrong with it. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  constructor(message: string, details?: unknown) {
    super(400, 'invalid_parameter', message, details);
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  constructor(what: string, id: string) {
    super(404, 'not_found', `${what} not found: ${id}`);
  }
}

export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
  constructor(message = 'a bearer token is required (Authorization: Bearer <token>)') {
    super(401, 'unauthorized', message);
  }
}

/** An error whose status and code are fixed: only the message differs from one to the next. */
function withStatus(errorName: string, status: number, code: string) {
  return class extends ApiError {
    override name = errorName;
    constructor(message: string) {
      super(status, code, message);
    }
  };
}

export const ForbiddenError = withStatus('ForbiddenError', 403, 'forbidden');

export class PayloadTooLargeError extends ApiError {
  override name = 'PayloadTooLargeError';
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `the upload is larger than the limit of ${Math.round(limitBytes / 1024 / 1024)} MB`);
  }
}

export const UnsupportedMediaTypeError = withStatus('UnsupportedMediaTypeError', 415, 'unsupported_media_type');

/** The document was received but the pipeline could not read or parse it (code from ingest/read or ingest/parse). */
export class UnprocessableError extends ApiError {
  override name = 'UnprocessableError';
  constructor(code: string, message: string) {
    super(422, code, message);
  }
}
