/**
 * npm run bench:nlp [-- --meetings 1000 --transformer-passages 2000]
 * Passages per second for each stage of the pipeline on sample variants written to disk — read,
 * parse, enrich, the lexical embedder and a transformer model — and the end-to-end ingest rate
 * (read → write into a fresh embedded Neo4j) with the lexical embedder. For the transformer path the
 * model's own forward-pass rate (the ONNX session alone on the same token batches) is measured in
 * the same run, so the pipeline's overhead can be read off. The model is the local one when
 * `models/` has it, else a tiny BERT-shaped model built here (which measures the path, not a real
 * model's layers). Aim: end-to-end ≥ 20 meetings/s with the lexical embedder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectGraph } from '../graph/db/connect.js';
import { LexicalEmbedder } from '../ingest/embed/lexical-embedder.js';
import { missingModelFiles, resolveModelsDir } from '../ingest/embed/local-models.js';
import { TransformersEmbedder } from '../ingest/embed/transformers-embedder.js';
import { DEFAULT_MODEL_ID } from '../ingest/embed/embedder.js';
import { defaultEnrichContext, enrichMinutes } from '../ingest/nlp/enrich.js';
import type { Minutes } from '../shapes/minutes.schema.js';
import { parseMinutes } from '../ingest/parse/parse-minutes.js';
import { IngestSession } from '../pipeline/ingest-session.js';
import { readSource } from '../ingest/read/read-source.js';
import type { SourceDocument } from '../shapes/source-document.js';
import { buildTinyModel } from '../tests/fixtures/tiny-model/build-tiny-model.js';
import { sampleVariants } from './corpus/sample-variants.js';
import { printTable } from './table.js';

const { values } = parseArgs({
  options: { meetings: { type: 'string', default: '1000' }, 'transformer-passages': { type: 'string', default: '2000' } },
});
const N = Number(values.meetings);
const T = Number(values['transformer-passages']);

const dir = await mkdtemp(path.join(os.tmpdir(), 'radslag-bench-nlp-'));
const rows: string[][] = [];
const row = (stage: string, items: number, unit: string, seconds: number, passages?: number): void => {
  rows.push([
    stage,
    `${items} ${unit}`,
    seconds.toFixed(2),
    (items / seconds).toFixed(1),
    passages === undefined ? '' : (passages / seconds).toFixed(0),
  ]);
};
const time = async <R>(fn: () => Promise<R>): Promise<[R, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, (performance.now() - t) / 1000];
};

try {
  const files: string[] = [];
  for (const v of sampleVariants(N)) {
    const file = path.join(dir, v.name);
    await writeFile(file, v.text);
    files.push(file);
  }

  const [docs, readSeconds] = await time(async () => {
    const out: SourceDocument[] = [];
    for (const f of files) out.push(await readSource(f));
    return out;
  });
  row('read', N, 'meetings', readSeconds);
  const [minutes, parseSeconds] = await time(async () => docs.map((d) => parseMinutes(d)));
  row('parse', N, 'meetings', parseSeconds);
  const context = await defaultEnrichContext();
  const [meetings, enrichSeconds] = await time(async () => {
    const out = [];
    for (const m of minutes as Minutes[]) out.push(await enrichMinutes(m, context));
    return out;
  });
  const passages = meetings.flatMap((m) => m.passages.map((p) => p.text));
  row('enrich', N, 'meetings', enrichSeconds, passages.length);

  // The embedders are timed on every passage, without the cache: sample variants repeat most
  // passages word for word, and the pipeline's cache would embed each distinct text only once.
  const lexical = new LexicalEmbedder();
  const [, lexicalSeconds] = await time(() => inBatches(passages, (batch) => lexical.embed(batch)));
  row(`embed: ${lexical.id}`, passages.length, 'passages', lexicalSeconds, passages.length);

  // Transformer path: the local model if present, else a tiny stand-in built here.
  const modelsDir = resolveModelsDir();
  const local = missingModelFiles(modelsDir, DEFAULT_MODEL_ID, 'fp32').length === 0;
  const tinyDir = path.join(dir, 'models');
  const model = local
    ? { modelId: DEFAULT_MODEL_ID, folder: path.join(modelsDir, DEFAULT_MODEL_ID) }
    : await buildTinyModel({
        modelsDir: tinyDir,
        hiddenSize: 384,
        words: [
          ...new Set(
            passages
              .join(' ')
              .toLowerCase()
              .match(/\p{L}+/gu) ?? [],
          ),
        ],
      });
  const transformer = await TransformersEmbedder.load({ modelId: model.modelId, modelsDir: local ? modelsDir : tinyDir, batchSize: 32 });
  const sample = passages.slice(0, T);
  const [, transformerSeconds] = await time(() => inBatches(sample, (batch) => transformer.embed(batch)));
  row(`embed: ${transformer.id}${local ? '' : ' (tiny stand-in)'}`, sample.length, 'passages', transformerSeconds, sample.length);
  const forwardSeconds = await forwardPassSeconds(transformer, sample);
  row('  model forward pass alone (same batches)', sample.length, 'passages', forwardSeconds, sample.length);
  await transformer.dispose();

  // End to end, as `npm run ingest` runs it: files → graph, one transaction per meeting.
  const graph = await connectGraph(
    { mode: 'embedded', neo4jDir: path.join(dir, 'neo4j'), database: 'neo4j', dataDir: dir },
    { embedded: { memory: { heap: '1g', pageCache: '512m' } } },
  );
  try {
    const session = await IngestSession.open(graph.executor, { embedder: lexical });
    const [, e2eSeconds] = await time(async () => {
      for (const f of files) {
        const outcome = await session.ingestPath(f);
        if (!outcome.ok) throw new Error(`${f}: ${outcome.error.message}`);
      }
      await session.finish();
    });
    row('end to end: read → write (lexical), with analysis', N, 'meetings', e2eSeconds, passages.length);
  } finally {
    await graph.close();
  }

  console.log(`bench:nlp — ${N} meetings, ${passages.length} passages, Node ${process.version}, ${os.cpus().length} cores`);
  printTable(['stage', 'items', 'seconds', 'items/s', 'passages/s'], rows);
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function inBatches(texts: readonly string[], embed: (batch: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < texts.length; i += 256) await embed(texts.slice(i, i + 256));
}

/** The ONNX session alone on the tokenised batches the embedder would send: the model's own cost. */
async function forwardPassSeconds(embedder: TransformersEmbedder, texts: string[]): Promise<number> {
  const { tokenizer, model } = embedder.internals();
  let seconds = 0;
  for (let i = 0; i < texts.length; i += 32) {
    const inputs = tokenizer(texts.slice(i, i + 32), { padding: true, truncation: true });
    const t = performance.now();
    await model(inputs);
    seconds += (performance.now() - t) / 1000;
  }
  return seconds;
}
