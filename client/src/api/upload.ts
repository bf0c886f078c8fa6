import type { ErrorBody, UploadFields, UploadResult } from '../../../shapes/api/index.js';
import { ApiError } from './http.js';

/** `POST /api/documents`: the multipart field `file` (see server/middleware/upload.ts), and optionally `date` (UploadFields). */
export const UPLOAD_URL = '/api/documents';
export const UPLOAD_FIELD = 'file';
export const UPLOAD_DATE_FIELD: keyof UploadFields = 'date';

/** The form the upload sends: the file, and the meeting's date only when the user gave one. */
export function uploadForm(file: File, date?: string | null): FormData {
  const form = new FormData();
  const day = date?.trim();
  if (day) form.append(UPLOAD_DATE_FIELD, day);
  form.append(UPLOAD_FIELD, file, file.name);
  return form;
}

export type UploadProgress = { phase: 'sending'; loaded: number; total: number } | { phase: 'processing' };

/**
 * The server's answer as a result or an `ApiError` carrying its code. Pure, so it is unit-tested: a 2xx
 * without the result's shape, or an error without the API's `{ error: { code, message } }`, still
 * becomes a specific error instead of a crash.
 */
export function readUploadResponse(status: number, text: string): UploadResult {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (status >= 200 && status < 300) {
    if (isUploadResult(body)) return body;
    throw new ApiError('invalid_response', 'the server answered without an upload result', status);
  }
  if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, status);
  // A proxy's 413 page or a bare 401 still deserves its own explanation.
  const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'http_error';
  throw new ApiError(code, `HTTP ${status}`, status);
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ErrorBody).error?.code === 'string';
}

function isUploadResult(body: unknown): body is UploadResult {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Partial<UploadResult>;
  return typeof b.meetingId === 'string' && (b.status === 'created' || b.status === 'replaced' || b.status === 'unchanged');
}

/**
 * Sends one document. XMLHttpRequest rather than fetch: fetch reports no upload progress. The bearer
 * token is sent only when given (the server needs it only with API_TOKEN set).
 */
export function uploadDocument(
  file: File,
  options: { token?: string; date?: string | null; onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_URL);
    xhr.setRequestHeader('accept', 'application/json');
    const token = options.token?.trim();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) =>
      options.onProgress?.({ phase: 'sending', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.upload.onload = () => options.onProgress?.({ phase: 'processing' });
    xhr.onload = () => {
      try {
        resolve(readUploadResponse(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error as Error);
      }
    };
    xhr.onerror = () => reject(new ApiError('network_error', 'the server could not be reached', 0));
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(uploadForm(file, options.date));
  });
}

const TOKEN_KEY = 'radslag.uploadToken';

/** The optional API token lives in sessionStorage only: it lasts for the tab, never on disk for long. */
export function readStoredToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage disabled: the token lasts for this page only.
  }
}
