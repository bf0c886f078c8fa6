import { LAYOUT_AIMS, type LayoutRecovery } from '../corpus/layout-recovery.js';
import { printTable } from '../table.js';
import type { JvmSettings } from '../../graph/embedded/jvm-options.js';
import type { Machine } from './machine.js';
import type { SizeResult } from './measure-size.js';

export interface BenchReport {
  generatedAt: string;
  seed: number;
  quick: boolean;
  machine: Machine;
  sizes: SizeResult[];
  /** Each aim at each size it applies to, as the table prints it. */
  aims: AimCheck[];
  seconds: number;
}

export interface AimCheck {
  aim: string;
  meetings: number;
  value: number;
  /** null when the aim does not apply at this size (the 10-minute aim below 10,000 meetings). */
  met: boolean | null;
}

/** The thresholds of the aims. */
const AIM = {
  searchP95Ms: 50,
  // Issue 15: a first ask of a new question, one client at a time.
  hybridP95Ms: 30,
  fulltextP95Ms: 10,
  hybridNdcg: 0.85,
  trendsP95Ms: 50,
  e2eMeetingsPerS: 40,
  tenKSeconds: 600,
  vectorRecall: 0.95,
  recovery: 0.9,
} as const;

/** The aims of issue #6 checked against the figures. Latency aims are stated for 10,000 meetings; at smaller sizes they are checked too, as a floor. */
export function checkAims(sizes: readonly SizeResult[]): AimCheck[] {
  const out: AimCheck[] = [];
  for (const r of sizes) {
    const add = (aim: string, value: number, met: boolean | null): void => {
      out.push({ aim, meetings: r.meetings, value, met });
    };
    add(
      `end-to-end ingest ≥ ${AIM.e2eMeetingsPerS} meetings/s`,
      r.ingest.meetingsPerSecond,
      r.ingest.meetingsPerSecond >= AIM.e2eMeetingsPerS,
    );
    add(
      '10,000 meetings ingested in < 10 min (s)',
      r.ingest.wallSeconds,
      r.meetings >= 10_000 ? r.ingest.wallSeconds < AIM.tenKSeconds : null,
    );
    const searchP95 = Math.max(r.latency['search (hybrid)']!.p95, r.latency['search (full-text)']!.p95, r.latency['search (vector)']!.p95);
    add(`search p95 ≤ ${AIM.searchP95Ms} ms (worst mode)`, searchP95, searchP95 <= AIM.searchP95Ms);
    const hybridP95 = r.latency['search (hybrid)']!.p95;
    add(`search (hybrid) first ask p95 ≤ ${AIM.hybridP95Ms} ms`, hybridP95, hybridP95 <= AIM.hybridP95Ms);
    const fulltextP95 = r.latency['search (full-text)']!.p95;
    add(`search (full-text) first ask p95 ≤ ${AIM.fulltextP95Ms} ms`, fulltextP95, fulltextP95 <= AIM.fulltextP95Ms);
    const trendsP95 = Math.max(
      ...Object.entries(r.latency)
        .filter(([k]) => k.startsWith('trends'))
        .map(([, v]) => v.p95),
    );
    add(`trends p95 ≤ ${AIM.trendsP95Ms} ms (worst query)`, trendsP95, trendsP95 <= AIM.trendsP95Ms);
    add(`vector index recall@10 ≥ ${AIM.vectorRecall}`, r.vectorIndex.recall10, r.vectorIndex.recall10 >= AIM.vectorRecall);
    const q = r.quality;
    add('hybrid nDCG@10 > full-text nDCG@10', q.hybrid.ndcg10, q.hybrid.ndcg10 > q.fulltext.ndcg10);
    add('hybrid nDCG@10 > BM25 nDCG@10', q.hybrid.ndcg10, q.hybrid.ndcg10 > q.bm25.ndcg10);
    add(`hybrid nDCG@10 ≥ ${AIM.hybridNdcg}`, q.hybrid.ndcg10, q.hybrid.ndcg10 >= AIM.hybridNdcg);
    for (const [name, pr] of [
      ['topic tags', r.recovery.topics],
      ['speakers', r.recovery.speakers],
      ['follow-up resolution', r.recovery.resolution],
    ] as const) {
      add(`recovery: ${name} precision ≥ ${AIM.recovery}`, pr.precision, pr.precision >= AIM.recovery);
      add(`recovery: ${name} recall ≥ ${AIM.recovery}`, pr.recall, pr.recall >= AIM.recovery);
    }
    // Issue 13: every layout read, so each aim is checked on the worst layout (the table below has them all).
    const layouts = r.recovery.layouts.filter((l) => l.layout !== 'all');
    if (layouts.length > 0) {
      for (const [name, aim, value] of layoutAimValues(layouts)) add(`recovery, worst layout: ${name} ≥ ${aim}`, value, value >= aim);
    }
  }
  return out;
}

/** Each per-layout aim with the lowest value any layout has. */
function layoutAimValues(layouts: readonly LayoutRecovery[]): Array<[string, number, number]> {
  const worst = (f: (l: LayoutRecovery) => number): number => Math.min(...layouts.map(f));
  return [
    ['date exact', LAYOUT_AIMS.dateExact, worst((l) => l.dateExact)],
    ['body', LAYOUT_AIMS.body, worst((l) => l.body)],
    ['agenda item count exact', LAYOUT_AIMS.itemCountExact, worst((l) => l.itemCountExact)],
    ['attendee F1', LAYOUT_AIMS.attendeeF1, worst((l) => l.attendees.f1)],
  ];
}

/** A figure with its aim's verdict: "0.950 ✓", "0.412 ✗". */
const against = (value: number, aim: number): string => `${value.toFixed(3)} ${value >= aim ? '✓' : '✗'}`;
const precisionRecall = (p: { precision: number; recall: number }): string => `${p.precision.toFixed(2)} / ${p.recall.toFixed(2)}`;

/** Parse recovery per layout, one row each, the aims in the header and a mark beside each figure. */
export function printLayoutRecovery(meetings: number, layouts: readonly LayoutRecovery[]): void {
  console.log(`\nrecovery per layout (${meetings} meetings; ✓ meets the aim in the header)`);
  const rows = layouts.map((l) => [
    l.layout,
    `${l.ingested}/${l.files}`,
    against(l.dateExact, LAYOUT_AIMS.dateExact),
    against(l.body, LAYOUT_AIMS.body),
    l.municipality.toFixed(3),
    against(l.itemCountExact, LAYOUT_AIMS.itemCountExact),
    against(l.attendees.f1, LAYOUT_AIMS.attendeeF1),
    precisionRecall(l.speakers),
    precisionRecall(l.topics),
  ]);
  printTable(
    [
      'layout',
      'ingested',
      `date exact ≥ ${LAYOUT_AIMS.dateExact}`,
      `body ≥ ${LAYOUT_AIMS.body}`,
      'municipality',
      `items exact ≥ ${LAYOUT_AIMS.itemCountExact}`,
      `attendee F1 ≥ ${LAYOUT_AIMS.attendeeF1}`,
      'speakers P / R',
      'topics P / R',
    ],
    rows,
  );
}

const fmt = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
const metCell = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'met' : 'NOT MET');

/**
 * The embedded Neo4j's JVM, once (every size starts its own with the same settings): heap, page
 * cache, the JIT (a C1-only JIT, as tests use, would make every figure slower) and the -X/-XX flags.
 */
export function neo4jLine(jvm: JvmSettings | null): string {
  if (!jvm) return 'neo4j: JVM settings not recorded (a server registered by an older version)';
  const flags = jvm.options.filter((o) => o.startsWith('-X'));
  return `neo4j: embedded, heap ${jvm.memory.heap}, page cache ${jvm.memory.pageCache}, ${jvm.quickStart ? 'C1-only JIT (quickStart!)' : 'tiered JIT (C1+C2)'}; JVM ${flags.join(' ')}`;
}

/** The one table: aims first, then every figure behind them, per size. */
export function printReport(report: BenchReport): void {
  const m = report.machine;
  console.log(
    `bench — seed ${report.seed}${report.quick ? ', quick' : ''}; ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.java}`,
  );
  const warm = report.sizes[0]?.searchWarmUp;
  const warmNote = warm ? `; search rows after a warm-up of ${warm.searches} searches of other questions (${fmt(warm.seconds, 0)} s)` : '';
  console.log(`read models: ${report.sizes[0]?.latencyVia ?? ''}${warmNote}; full run ${fmt(report.seconds, 0)} s`);
  console.log(neo4jLine(report.sizes[0]?.neo4j ?? null));
  const rows: string[][] = [];
  for (const a of report.aims) rows.push([a.aim, String(a.meetings), fmt(a.value, a.value < 10 ? 3 : 1), metCell(a.met)]);
  rows.push(['', '', '', '']);
  for (const r of report.sizes) {
    const n = String(r.meetings);
    rows.push([
      `corpus: ${r.corpus.txt} txt + ${r.corpus.pdf} pdf, ${r.passages} passages${r.corpus.reused ? ' (reused)' : ''}`,
      n,
      '',
      '',
    ]);
    for (const [stage, f] of Object.entries(r.ingest.stages))
      rows.push([`ingest ${stage}: ${f.unit}/s (${fmt(f.seconds, 1)} s)`, n, fmt(f.perSecond), '']);
    rows.push([
      `ingest end to end, wall clock: meetings/s (${fmt(r.ingest.wallSeconds)} s; schema setup before it ${fmt(r.ingest.setupSeconds)} s)`,
      n,
      fmt(r.ingest.meetingsPerSecond),
      '',
    ]);
    const failed = Object.entries(r.ingest.failures);
    rows.push([
      `ingest failures${failed.length ? `: ${failed.map(([c, k]) => `${c} ${k}`).join(', ')}` : ''}`,
      n,
      String(failed.reduce((s, [, k]) => s + k, 0)),
      '',
    ]);
    rows.push([
      'meetings written / Meeting nodes in the graph (equal: no meeting replaced another)',
      n,
      `${r.ingest.meetings.written} / ${r.ingest.meetings.inGraph}`,
      r.ingest.meetings.written === r.ingest.meetings.inGraph ? 'equal' : 'MEETINGS LOST',
    ]);
    rows.push(['peak RSS, Node, ingest (MiB)', n, fmt(r.ingest.peakRssMiB, 0), '']);
    rows.push(['peak RSS, Neo4j JVM, ingest (MiB, VmHWM)', n, fmt(r.ingest.neo4jPeakRssMiB, 0), '']);
    rows.push(['peak RSS, Node, read models (MiB)', n, fmt(r.server.peakRssMiB, 0), '']);
    rows.push(['RSS, Neo4j JVM, after read models (MiB)', n, fmt(r.server.neo4jRssMiB, 0), '']);
    for (const [name, l] of Object.entries(r.latency))
      rows.push([`${name}: p50 / p95 / p99 ms (${l.calls} calls)`, n, `${fmt(l.p50)} / ${fmt(l.p95)} / ${fmt(l.p99)}`, '']);
    rows.push([
      `vector index recall@10 vs exhaustive scan (${r.vectorIndex.queries} queries, min ${fmt(r.vectorIndex.minRecall10, 2)})`,
      n,
      fmt(r.vectorIndex.recall10, 3),
      '',
    ]);
    const systems = [
      ...(['fulltext', 'vector', 'hybrid', 'bm25'] as const).map((name) => [name, r.quality[name]] as const),
      ['hybrid, mistyped questions', r.quality.hybridMistyped] as const,
      ...Object.entries(r.quality.fusions).map(([name, q]) => [`hybrid fused by ${name}`, q] as const),
    ];
    for (const [system, q] of systems) {
      const kinds = Object.entries(q.byKind)
        .map(([k, v]) => `${k} ${fmt(v.ndcg10, 2)}`)
        .join(', ');
      rows.push([
        `quality ${system}: nDCG@10 / recall@10 (${q.queries} queries; nDCG by kind: ${kinds})`,
        n,
        `${fmt(q.ndcg10, 3)} / ${fmt(q.recall10, 3)}`,
        '',
      ]);
    }
    const rec = r.recovery;
    for (const [name, pr] of Object.entries({
      topics: rec.topics,
      speakers: rec.speakers,
      concerns: rec.concerns,
      echoes: rec.echoes,
      'follow-ups': rec.followUps,
      resolution: rec.resolution,
    })) {
      rows.push([
        `recovery ${name}: precision / recall (${pr.truePositives} of ${pr.expected} planted, ${pr.predicted} claimed)`,
        n,
        `${fmt(pr.precision, 3)} / ${fmt(pr.recall, 3)}`,
        '',
      ]);
    }
    rows.push([`recovery follow-up owners right`, n, `${rec.owners.correct} / ${rec.owners.of}`, '']);
  }
  printTable(['measure', 'meetings', 'value', 'aim'], rows);
  for (const r of report.sizes) printLayoutRecovery(r.meetings, r.recovery.layouts);
}
