import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson } from './http.js';
import type { Endpoint } from './endpoints.js';

export type ApiState<T> =
  | { status: 'idle'; data?: undefined; error?: undefined }
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ok'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError };

// Responses of this page session, so going back to a view shows it at once. Small; an upload clears it.
const cache = new Map<string, unknown>();
const CACHE_LIMIT = 60;

function remember(url: string, data: unknown): void {
  cache.delete(url);
  cache.set(url, data);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/** Drops every remembered response: after an upload the graph has changed under them. */
export function forgetResponses(): void {
  cache.clear();
}

/**
 * Fetches `url` (null: nothing to fetch) and follows it as it changes; the previous data stays visible
 * while a new URL loads (status `loading` with `data`), and a stale response never overwrites a newer one.
 */
export function useApi<T>(url: Endpoint<T> | null): ApiState<T> & { reload(): void } {
  const [state, setState] = useState<ApiState<T>>(() =>
    url === null ? { status: 'idle' } : cache.has(url) ? { status: 'ok', data: cache.get(url) as T } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (url === null) {
      setState({ status: 'idle' });
      return;
    }
    if (cache.has(url) && attempt === 0) {
      setState({ status: 'ok', data: cache.get(url) as T });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ status: 'loading', data: prev.data }));
    getJson<T>(url, controller.signal).then(
      (data) => {
        remember(url, data);
        setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('client_error', String(error), 0) });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);
  const reload = useCallback(() => {
    if (url) cache.delete(url);
    setAttempt((n) => n + 1);
  }, [url]);
  return { ...state, reload };
}
