/**
 * `npm run bench:embed [-- <passages>]`: passages per second for the lexical embedder and
 * for a tiny transformer model (built in a temp folder, as in the tests) on passages made
 * from the sample minutes' sentences. The tiny model measures the transformers.js path
 * (tokeniser, ONNX session, pooling), not the cost of a real model's layers. Wall-clock
 * figures: run it on an otherwise idle machine.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { embedPassages } from '../ingest/embed/embed-passages.js';
import type { Embedder } from '../ingest/embed/embedder.js';
import { EmbeddingCache } from '../ingest/embed/embedding-cache.js';
import { LexicalEmbedder } from '../ingest/embed/lexical-embedder.js';
import { TransformersEmbedder } from '../ingest/embed/transformers-embedder.js';
import { buildTinyModel } from '../tests/fixtures/tiny-model/build-tiny-model.js';

const MINUTES_DIR = path.resolve('data/minutes');
const count = Number(process.argv[2] ?? 10_000);

/** Sentences of the samples, joined pairwise (i, i + k) until there are `count` distinct passages. */
async function samplePassages(count: number): Promise<{ passages: string[]; vocabulary: string[] }> {
  const files = (await readdir(MINUTES_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const text = (await Promise.all(files.map((f) => readFile(path.join(MINUTES_DIR, f), 'utf8')))).join('\n');
  const sentences = text
    .replace(/-\s*\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.?!])\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 4);
  const passages: string[] = [];
  for (let step = 1; passages.length < count; step++) {
    for (let i = 0; i < sentences.length && passages.length < count; i++) {
      passages.push(`${sentences[i]} ${sentences[(i + step) % sentences.length]}`);
    }
  }
  // The tiny model's vocabulary holds the samples' words, so its sequences are as long as a
  // real subword tokeniser's (about one token per word), not one token per letter.
  const vocabulary = [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])];
  return { passages, vocabulary };
}

async function measure(name: string, run: () => Promise<unknown>, passages: number) {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  return { embedder: name, passages, seconds: Number(seconds.toFixed(2)), 'passages/s': Math.round(passages / seconds) };
}

const { passages, vocabulary } = await samplePassages(count);
const modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-bench-models-'));
const rows = [];
try {
  const lexical = new LexicalEmbedder();
  rows.push(await measure(`${lexical.id} (cold)`, () => lexical.embed(passages), passages.length));
  rows.push(await measure(`${lexical.id} (warm word cache)`, () => lexical.embed(passages), passages.length));

  const model = await buildTinyModel({ modelsDir, hiddenSize: 384, words: vocabulary });
  const tiny: Embedder = await TransformersEmbedder.load({ modelId: model.modelId, modelsDir, batchSize: 32 });
  rows.push(await measure(`tiny BERT, 384 dims, batch 32`, () => tiny.embed(passages), passages.length));

  const cache = new EmbeddingCache();
  await embedPassages(lexical, passages, cache);
  rows.push(await measure(`embedPassages, all cached`, () => embedPassages(lexical, passages, cache), passages.length));
  await (tiny as TransformersEmbedder).dispose();
} finally {
  await rm(modelsDir, { recursive: true, force: true });
}
console.table(rows);
