/**
 * Read + parse throughput over copies of the sample minutes on disk, as text and as PDF.
 *   npm run bench:parse [-- --text 1000 --pdf 250]
 * Sequential on one thread (pdf.js runs its "worker" in-process under Node), so the figures are
 * per core. The aim for text is at least 500 documents/s.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMinutes } from '../ingest/parse/parse-minutes.js';
import { readSource } from '../ingest/read/read-source.js';
import { minutesToPdf } from '../tests/fixtures/minutes-pdf.js';
import { SAMPLES, sampleText } from '../tests/fixtures/sample-minutes.js';
import { makeTempDir } from '../tests/fixtures/temp-dir.js';

interface Row {
  variant: string;
  documents: number;
  seconds: number;
  megabytes: number;
}

const WARM_UP = 20;

const { values } = parseArgs({
  options: { text: { type: 'string', default: '1000' }, pdf: { type: 'string', default: '250' } },
});
const counts = { text: Number(values.text), pdf: Number(values.pdf) };
if (!Object.values(counts).every((n) => Number.isInteger(n) && n >= 0)) {
  console.error('usage: bench:parse [--text N] [--pdf N]  (N: whole numbers of documents)');
  process.exit(2);
}

/** Writes `count` copies cycling through the sample variants; returns their paths. */
async function writeCopies(dir: string, variants: readonly Buffer[], ext: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `minutes-${String(i).padStart(5, '0')}${ext}`);
    await writeFile(path, variants[i % variants.length] as Buffer);
    paths.push(path);
  }
  return paths;
}

/** One document through read + parse, the first two stages of the pipeline; resolves to its size in bytes. */
async function readAndParse(path: string): Promise<number> {
  const doc = await readSource(path);
  parseMinutes(doc);
  return doc.bytes;
}

/** The read stage alone, to tell its cost from the parser's. */
const readOnly = async (path: string): Promise<number> => (await readSource(path)).bytes;

async function run(variant: string, paths: readonly string[], step: (path: string) => Promise<number>): Promise<Row> {
  for (const path of paths.slice(0, WARM_UP)) await step(path); // JIT, module loading
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (const path of paths) bytes += await step(path);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { variant, documents: paths.length, seconds, megabytes: bytes / (1024 * 1024) };
}

function printTable(rows: readonly Row[]): void {
  const header = ['variant', 'documents', 'seconds', 'documents/s', 'MB/s'];
  const cells = rows.map((r) => [
    r.variant,
    String(r.documents),
    r.seconds.toFixed(2),
    (r.documents / r.seconds).toFixed(0),
    (r.megabytes / r.seconds).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]): string =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] as number) : v.padStart(widths[i] as number))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

const { dir, remove } = await makeTempDir('radslag-bench-');
try {
  const texts = Object.keys(SAMPLES).map((year) => sampleText(Number(year) as keyof typeof SAMPLES));
  const rows: Row[] = [];
  if (counts.text > 0) {
    const paths = await writeCopies(
      dir,
      texts.map((t) => Buffer.from(t)),
      '.txt',
      counts.text,
    );
    rows.push(await run('text', paths, readAndParse));
    rows.push(await run('text, read only', paths, readOnly));
  }
  if (counts.pdf > 0) {
    const pdfs = await Promise.all(texts.map((t) => minutesToPdf(t)));
    const paths = await writeCopies(dir, pdfs, '.pdf', counts.pdf);
    rows.push(await run('pdf', paths, readAndParse));
    rows.push(await run('pdf, read only', paths, readOnly));
  }
  console.log(`read + parse, ${texts.length} samples repeated, one thread, Node ${process.version}`);
  printTable(rows);
} finally {
  await remove();
}
