import { ms, printTable } from '../table.js';
import type { BundleSize } from './bundle-size.js';
import type { FrameTimeResult } from './frame-time.js';
import type { LoadResult } from './load.js';
import { atMost, type Aim } from './stats.js';

/** p95 latency aims by route name (issue #5); every route also aims at no non-2xx and no errors. */
export const P95_AIMS_MS: Readonly<Record<string, number>> = {
  'search (hybrid)': 50,
  'search (hybrid, never asked before)': 50,
  'trends (quarter)': 50,
};
export const FRAME_AIM_MS = 16;

export function routeAims(r: LoadResult): Aim[] {
  const p95 = P95_AIMS_MS[r.name];
  return [
    ...(p95 !== undefined ? [atMost('p95 ms', r.latency.p95, p95)] : []),
    atMost('non-2xx', r.non2xx, 0),
    atMost('errors (incl. timeouts)', r.errors, 0),
  ];
}

const verdict = (aims: readonly Aim[], name: string): [string, string] => {
  const aim = aims.find((a) => a.name === name);
  return aim ? [`≤ ${aim.limit}`, aim.met ? 'met' : 'NOT met'] : ['', ''];
};

export function printRoute(r: LoadResult, connections: number, distinct: number): void {
  const aims = routeAims(r);
  console.log(`\n${r.name} — ${connections} connections, ${r.seconds} s, ${distinct} distinct requests rotated`);
  printTable(
    ['figure', 'value', 'aim', 'verdict'],
    [
      ['p50 ms', ms(r.latency.p50), '', ''],
      ['p95 ms', ms(r.latency.p95), ...verdict(aims, 'p95 ms')],
      ['p99 ms', ms(r.latency.p99), '', ''],
      ['max ms', ms(r.latency.max), '', ''],
      ['requests/s', r.requestsPerSecond.toFixed(1), '', ''],
      ['requests', String(r.requests), '', ''],
      ['non-2xx', String(r.non2xx), ...verdict(aims, 'non-2xx')],
      ['errors (incl. timeouts)', `${r.errors} (${r.timeouts} timeouts)`, ...verdict(aims, 'errors (incl. timeouts)')],
    ],
  );
  if (r.non2xx > 0) console.log(`status codes: ${JSON.stringify(r.statusCodes)}`);
  if (r.errors > 0) console.log(`errors: ${JSON.stringify(r.errorCodes)}`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

export function printBundle(size: BundleSize): void {
  console.log('\nclient bundle (vite build, production, no source maps; gzip = zlib default level)');
  printTable(
    ['assets', 'files', 'raw', 'gzip'],
    (['js', 'css', 'total'] as const).map((k) => [k, String(size[k].files), kb(size[k].raw), kb(size[k].gzip)]),
  );
}

export function frameAims(result: FrameTimeResult): Aim[] {
  return result.phases.map((p) => atMost(`${p.phase} p95 work ms`, p.work.p95, FRAME_AIM_MS));
}

export function printFrames(result: FrameTimeResult | { skipped: string }): void {
  if ('skipped' in result) {
    console.log(`\nexplorer frame time: skipped (${result.skipped})`);
    return;
  }
  console.log(
    `\nexplorer frame time — ${result.nodes} nodes, ${result.edges} edges, headless chromium (software raster); mount (merge + pre-settle + fit) ${ms(result.mountMs)} ms`,
  );
  console.log('work = frame callback: taking layout steps, quadtree rebuild, draw and canvas flush; interval = rAF-to-rAF;');
  console.log(
    'ticked = frames a layout step arrived in; step = its time in the layout worker, beside the frame (not in work); drew = frames that drew;',
  );
  console.log(
    'sketched = frames drawn with edges at half resolution because the layout and the view both moved (sharp again once the view keeps still)',
  );
  printTable(
    [
      'phase',
      'frames',
      'ticked',
      'drew',
      'sketched',
      'work mean',
      'work p95',
      'work max',
      'interval mean',
      'interval p95',
      'step mean',
      'step p95',
      'aim p95 ≤ 16 ms',
    ],
    result.phases.map((p) => [
      p.phase,
      String(p.frames),
      String(p.ticked),
      String(p.drew),
      String(p.sketched),
      ms(p.work.mean),
      ms(p.work.p95),
      ms(p.work.max),
      ms(p.interval.mean),
      ms(p.interval.p95),
      ms(p.step.mean),
      ms(p.step.p95),
      p.work.p95 <= FRAME_AIM_MS ? 'met' : 'NOT met',
    ]),
  );
}
