import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  quick: boolean;
  seed: number;
  json: string;
  corpusDir: string;
  calls: number;
  vectorQueries: number;
  /** At most this many judged queries for search quality (spread over the kinds); all when absent. */
  maxQueries: number | null;
  memory: { heap: string; pageCache: string };
}

export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

export const USAGE = `npm run bench -- [--meetings 1000,10000] [--quick] [--seed 1] [--json .bench/results.json]
                    [--corpus-dir .bench] [--calls N] [--vector-queries N] [--max-queries N] [--heap 2g] [--page-cache 1g]`;

/** CLI arguments → options. `--quick` is the CI size: 200 meetings, fewer calls, unless sizes or counts are given. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      meetings: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      json: { type: 'string', default: '.bench/results.json' },
      'corpus-dir': { type: 'string', default: '.bench' },
      calls: { type: 'string' },
      'vector-queries': { type: 'string' },
      'max-queries': { type: 'string' },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '1g' },
    },
  });
  const quick = values.quick ?? false;
  const sizes = (values.meetings ?? (quick ? '200' : '1000,10000')).split(',').map((s) => positive('meetings', s.trim()));
  return {
    sizes,
    quick,
    seed: integer('seed', values.seed!),
    json: values.json!,
    corpusDir: values['corpus-dir']!,
    // 90 at 200 meetings, about as many as there are judged questions: the p95 of 30 calls was the
    // second-slowest call, and one pause of the machine decided it (full-text 8.4–18.4 ms in runs
    // of the same code; docs/benchmarks.md, issue 15, tenth round).
    calls: positive('calls', values.calls ?? (quick ? '90' : '200')),
    vectorQueries: positive('vector-queries', values['vector-queries'] ?? (quick ? '100' : '300')),
    maxQueries: values['max-queries'] === undefined ? null : positive('max-queries', values['max-queries']),
    memory: { heap: values.heap!, pageCache: values['page-cache']! },
  };
}

function integer(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new BenchUsageError(`--${name} must be an integer, got "${text}"`);
  return n;
}

function positive(name: string, text: string): number {
  const n = integer(name, text);
  if (n < 1) throw new BenchUsageError(`--${name} must be positive, got "${text}"`);
  return n;
}
