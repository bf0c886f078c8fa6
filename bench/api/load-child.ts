/**
 * Runs one route mix under autocannon in a process of its own and prints the LoadResult as JSON on
 * stdout: `tsx bench/api/load-child.ts '<json: { mix, options }>'`. The sustained-load test uses it so
 * that the memory it samples in its own process is the server's, not the load generator's.
 */
import { runLoad, type LoadOptions, type RouteMix } from './load.js';

const input = JSON.parse(process.argv[2] ?? '{}') as { mix: RouteMix; options: LoadOptions };
const result = await runLoad(input.mix, input.options);
process.stdout.write(`${JSON.stringify(result)}\n`);
