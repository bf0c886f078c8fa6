/**
 * npm run bench:api [-- --meetings 10000 --duration 20 --connections 20 --reuse --nodes 2000]
 * The API under load against a graph of synthetic meetings ingested through the real pipeline, the
 * client bundle's size, and the explorer canvas's frame time in headless chromium (issue #5).
 * Aims: search and trends p95 ≤ 50 ms with no errors; explorer frames ≤ 16 ms. Results also go to
 * .bench/api-results.json. `--reuse` keeps the ingested store in .bench/api-graph-<N>/ for next time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { startServer } from '../server/main.js';
import { makeTempDir } from '../tests/fixtures/temp-dir.js';
import { measureBundle } from './api/bundle-size.js';
import { measureFrameTime } from './api/frame-time.js';
import { prepareGraphFixture } from './api/graph-fixture.js';
import { runLoad, type LoadResult } from './api/load.js';
import { frameAims, printBundle, printFrames, printRoute, routeAims } from './api/report.js';
import { benchRouteMixes, sampleGraph } from './api/routes.js';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '20' },
    reuse: { type: 'boolean', default: false },
    nodes: { type: 'string', default: '2000' },
    'frame-seconds': { type: 'string', default: '5' },
  },
});
const MEETINGS = Number(values.meetings);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

const bundle = await measureBundle();
const frames = await measureFrameTime({ nodes: Number(values.nodes), seconds: Number(values['frame-seconds']) });

const fixture = await prepareGraphFixture({ meetings: MEETINGS, reuse: values.reuse });
const uploads = await makeTempDir('radslag-bench-uploads-');
const routes: LoadResult[] = [];
try {
  const server = await startServer({
    executor: fixture.graph.executor,
    session: fixture.session,
    host: '127.0.0.1',
    port: 0,
    // The limiter would answer 429 within a second at these rates; the benchmark measures the API behind it.
    config: { searchRateLimit: 10_000_000, uploadRateLimit: 1_000, uploadDir: uploads.dir },
  });
  try {
    const { ingest } = fixture;
    console.log(
      `bench:api — ${fixture.meetings} synthetic meetings (${ingest.bodies} bodies, ${ingest.years} years; ${ingest.written} written, ${ingest.failed} failed; ` +
        `${fixture.reused ? 'reused store' : `ingested in ${ingest.seconds.toFixed(0)} s`}), embedded Neo4j 5.26 (heap 2g, page cache 1g), Node ${process.version}, ${os.cpus().length} cores`,
    );
    console.log(
      `graph: ${Object.entries(fixture.nodes)
        .map(([label, n]) => `${label} ${n}`)
        .join(', ')}`,
    );
    const mixes = benchRouteMixes(await sampleGraph(fixture.graph.executor));
    for (const mix of mixes) {
      // One pass over (up to 50 of) the inputs first: JIT, Neo4j's query plans and page cache warm up.
      for (const p of mix.warmUp ?? mix.paths.slice(0, 50)) await (await fetch(`${server.url}${p}`)).arrayBuffer();
      const result = await runLoad(mix, { url: server.url, connections: CONNECTIONS, duration: DURATION });
      routes.push(result);
      printRoute(result, CONNECTIONS, mix.paths.length);
    }
  } finally {
    await server.close();
  }
} finally {
  await fixture.close();
  await uploads.remove();
}

printBundle(bundle);
printFrames(frames);

const aims = [
  ...routes.flatMap((r) => routeAims(r).map((a) => ({ ...a, name: `${r.name}: ${a.name}` }))),
  ...('skipped' in frames ? [] : frameAims(frames)),
];
console.log(
  `\naims: ${aims.filter((a) => a.met).length}/${aims.length} met${
    aims.some((a) => !a.met)
      ? ` (not met: ${aims
          .filter((a) => !a.met)
          .map((a) => a.name)
          .join(', ')})`
      : ''
  }`,
);
await mkdir('.bench', { recursive: true });
await writeFile(
  '.bench/api-results.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cores: os.cpus().length,
      options: { meetings: MEETINGS, duration: DURATION, connections: CONNECTIONS, reuse: values.reuse, nodes: Number(values.nodes) },
      graph: { reused: fixture.reused, ingest: fixture.ingest, nodes: fixture.nodes },
      routes: routes.map((r) => ({ ...r, aims: routeAims(r) })),
      bundle,
      frames: 'skipped' in frames ? frames : { ...frames, aims: frameAims(frames) },
      aims,
    },
    null,
    2,
  )}\n`,
);
console.log('results: .bench/api-results.json');
