export interface PostDocumentOptions {
  /** The meeting date the form's date field sends (YYYY-MM-DD, or anything, to test the refusal). */
  date?: string;
  headers?: Record<string, string>;
  /** The file's media type as the browser would report it; none by default. */
  type?: string;
}

/** POSTs a file to `${url}/api/documents` as the upload form does: multipart, the file in field `file`. */
export function postDocument(url: string, bytes: Uint8Array, name: string, options: PostDocumentOptions = {}): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], options.type === undefined ? {} : { type: options.type }), name);
  if (options.date !== undefined) form.append('date', options.date);
  return fetch(`${url}/api/documents`, { method: 'POST', body: form, headers: options.headers ?? {} });
}
