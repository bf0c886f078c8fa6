/**
 * npm run bench [-- --meetings 1000,10000 --quick --seed 1 --json .bench/results.json --corpus-dir .bench]
 * The benchmark of issue #6: per size, a synthetic corpus with planted truth is ingested into a
 * fresh embedded Neo4j through the pipeline's stages (each timed), then the API's read models are
 * timed, the vector index and search are checked against in-process baselines (an exhaustive
 * cosine scan, BM25) and the planted truth, and one table puts the aims beside the figures.
 * The same report is written as JSON. The modules are in bench/suite/.
 */
import { BenchUsageError, parseBenchArgs, USAGE } from './suite/options.js';
import { printReport } from './suite/report.js';
import { runBench } from './suite/run-bench.js';

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof BenchUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  throw error;
}
const report = await runBench(options);
printReport(report);
console.log(`\nJSON: ${options.json}`);
