import autocannon from 'autocannon';
import { summariseDurations, type DurationSummary } from './stats.js';

/** One route under load: a name and the request paths its connections rotate through. */
export interface RouteMix {
  name: string;
  /** Paths (with query strings) handed out round-robin, so caches see a realistic spread of inputs. */
  paths: readonly string[];
  /** Requests sent before timing (default: the first 50 paths). */
  warmUp?: readonly string[];
}

export interface LoadResult {
  name: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: DurationSummary;
  non2xx: number;
  status5xx: number;
  /** Connection errors, timeouts included (autocannon's `errors`). */
  errors: number;
  timeouts: number;
  /** Error code (ECONNRESET, timeout, …) → count, for diagnosing an errors figure. */
  errorCodes: Record<string, number>;
  /** Status code → count, for diagnosing a non-2xx figure. */
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds before autocannon counts a request as timed out (default 10, autocannon's own). */
  timeoutSeconds?: number;
}

/**
 * Runs autocannon against one route mix. Latencies are collected from every response (autocannon's
 * own histogram reports p97.5 but no p95, and the aims are stated at p95), so percentiles are exact.
 */
export async function runLoad(mix: RouteMix, options: LoadOptions): Promise<LoadResult> {
  if (mix.paths.length === 0) throw new Error(`route mix ${mix.name} has no paths`);
  let next = 0;
  const latencies: number[] = [];
  const errorCodes: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        timeout: options.timeoutSeconds ?? 10,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: mix.paths[next++ % mix.paths.length]! }) }],
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
    instance.on('reqError', (error: { code?: string; message?: string }) => {
      const code = error.code ?? error.message ?? 'unknown';
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  const requests = latencies.length;
  return {
    name: mix.name,
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    latency: summariseDurations(latencies),
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    errorCodes,
    statusCodes,
  };
}
