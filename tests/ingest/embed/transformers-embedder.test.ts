import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbedError } from '../../../ingest/embed/errors.js';
import { TransformersEmbedder, defaultPrefixes } from '../../../ingest/embed/transformers-embedder.js';
import { dot, l2Norm } from '../../../ingest/embed/vector-math.js';
import { type TinyModel, buildTinyModel } from '../../fixtures/tiny-model/build-tiny-model.js';

const TEXTS = [
  'Rådet lyfter frågan om vårdplatser',
  'ambulans',
  'Avancerad sjukvård i hemmet (ASIH) expanderar och läkare finns på plats',
  'sluten vård',
  'frågan',
];

describe('TransformersEmbedder on a tiny local BERT model', () => {
  let modelsDir: string;
  let model: TinyModel;
  let embedder: TransformersEmbedder;

  beforeAll(async () => {
    modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    model = await buildTinyModel({ modelsDir, hiddenSize: 24, seed: 7 });
    embedder = await TransformersEmbedder.load({ modelId: model.modelId, modelsDir, batchSize: 2 });
  });

  afterAll(async () => {
    await embedder?.dispose();
    await rm(modelsDir, { recursive: true, force: true });
  });

  it('reads its width from config.json and names model and dtype in its id', () => {
    expect(embedder.dimensions).toBe(24);
    expect(embedder.id).toBe(`transformers-${model.modelId}-fp32`);
  });

  it('returns one unit vector per text', async () => {
    const vectors = await embedder.embed(TEXTS);
    expect(vectors).toHaveLength(TEXTS.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(24);
      expect(l2Norm(v)).toBeCloseTo(1, 5);
    }
    // Different texts, different vectors: the model is really being run.
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.99);
  });

  it('gives the same vector for a text alone as inside a padded batch', async () => {
    const batched = await embedder.embed(TEXTS);
    for (const [index, text] of TEXTS.entries()) {
      const [alone] = await embedder.embed([text]);
      for (let i = 0; i < 24; i++) expect(batched[index]![i]).toBeCloseTo(alone![i]!, 5);
    }
  });

  it('is deterministic across two loads', async () => {
    const again = await TransformersEmbedder.load({ modelId: model.modelId, modelsDir, batchSize: 4 });
    try {
      const [a, b] = [await embedder.embed(TEXTS), await again.embed(TEXTS)];
      for (const [index, v] of a.entries()) expect(Array.from(v)).toEqual(Array.from(b[index]!));
    } finally {
      await again.dispose();
    }
  });

  it('applies the prefix of the use it is asked for', async () => {
    const prefixed = await TransformersEmbedder.load({
      modelId: model.modelId,
      modelsDir,
      prefixes: { query: 'fråga ', passage: '' },
    });
    try {
      const [asPassage] = await prefixed.embed(['vård'], 'passage');
      const [asQuery] = await prefixed.embed(['vård'], 'query');
      const [spelledOut] = await prefixed.embed(['fråga vård'], 'passage');
      expect(Array.from(asQuery!)).toEqual(Array.from(spelledOut!));
      expect(Array.from(asQuery!)).not.toEqual(Array.from(asPassage!));
      // Other prefixes, other vectors: the id must differ so caches never mix them.
      expect(prefixed.id).not.toBe(embedder.id);
      expect(prefixed.id.startsWith(embedder.id)).toBe(true);
    } finally {
      await prefixed.dispose();
    }
  });

  it('rejects a model folder without the model with model_not_found', async () => {
    await expect(TransformersEmbedder.load({ modelId: 'test/absent', modelsDir })).rejects.toSatisfy(
      (error: unknown) => error instanceof EmbedError && error.code === 'model_not_found',
    );
  });
});

describe('defaultPrefixes', () => {
  it('uses e5 prefixes for e5 models only', () => {
    expect(defaultPrefixes('Xenova/multilingual-e5-small')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(defaultPrefixes('intfloat/e5-base')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(defaultPrefixes('Xenova/all-MiniLM-L6-v2')).toEqual({ query: '', passage: '' });
  });
});
