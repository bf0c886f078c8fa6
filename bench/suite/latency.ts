import { percentile, timeCalls } from '../table.js';

export interface Latency {
  calls: number;
  p50: number;
  p95: number;
  p99: number;
}

/** `calls` timed calls (after a few untimed ones that warm caches and JIT), in milliseconds. */
export async function measureLatency(fn: (i: number) => Promise<unknown>, calls: number, warmUp = 5): Promise<Latency> {
  const times = await timeCalls(fn, calls, warmUp);
  return { calls, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Deterministic spread over a list: call i takes a different element, stepping by a prime. */
export const pick = <T>(xs: readonly T[], i: number): T => xs[(i * 7919) % xs.length]!;
