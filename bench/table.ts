/** Prints benchmark rows as an aligned text table (first column left, the rest right-aligned). */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
export const rate = (count: number, seconds: number): string => (count / seconds).toFixed(1);

/** Times `fn` `runs` times after `warmUp` untimed calls; returns the durations in milliseconds. */
export async function timeCalls(fn: (i: number) => Promise<unknown>, runs: number, warmUp = 5): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}
