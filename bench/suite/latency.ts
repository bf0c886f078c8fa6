import { percentile, timeCalls } from '../table.js';

export interface Latency {
  calls: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Untimed calls before the timed ones. A read path is new to the JVM after the ingest: its first
 * few hundred queries run interpreted and in C1 code, several times slower than a server that has
 * been up a while (a trivial query: ~4 ms cold, ~0.7 ms warm here), and a server is measured warm.
 */
export const WARM_UP_CALLS = 40;

/** `calls` timed calls (after untimed ones that warm caches and JIT), in milliseconds. */
export async function measureLatency(fn: (i: number) => Promise<unknown>, calls: number, warmUp = WARM_UP_CALLS): Promise<Latency> {
  const times = await timeCalls(fn, calls, warmUp);
  return { calls, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Deterministic spread over a list: call i takes a different element, stepping by a prime. */
export const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7919) % xs.length]!;
