import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeMachine } from './machine.js';
import { measureSize, type SizeResult } from './measure-size.js';
import type { BenchOptions } from './options.js';
import { checkAims, type BenchReport } from './report.js';

/** Every size in turn (each in its own fresh Neo4j), then the aims; writes the report as JSON. */
export async function runBench(options: BenchOptions, log: (message: string) => void = (m) => console.error(m)): Promise<BenchReport> {
  const started = performance.now();
  const machine = await describeMachine();
  const sizes: SizeResult[] = [];
  for (const meetings of options.sizes) {
    sizes.push(
      await measureSize({
        meetings,
        seed: options.seed,
        corpusBaseDir: options.corpusDir,
        calls: options.calls,
        vectorQueries: options.vectorQueries,
        maxQueries: options.maxQueries,
        memory: options.memory,
        log,
      }),
    );
  }
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    seed: options.seed,
    quick: options.quick,
    machine,
    sizes,
    aims: checkAims(sizes),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await mkdir(path.dirname(path.resolve(options.json)), { recursive: true });
  await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
