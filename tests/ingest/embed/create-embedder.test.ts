import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../../ingest/embed/create-embedder.js';
import { EmbedError } from '../../../ingest/embed/errors.js';
import { LexicalEmbedder } from '../../../ingest/embed/lexical-embedder.js';
import { TransformersEmbedder } from '../../../ingest/embed/transformers-embedder.js';
import { buildTinyModel } from '../../fixtures/tiny-model/build-tiny-model.js';

describe('createEmbedder', () => {
  let emptyDir: string;
  let modelsDir: string;

  beforeAll(async () => {
    emptyDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-empty-models-'));
    modelsDir = await mkdtemp(path.join(os.tmpdir(), 'radslag-models-'));
    await buildTinyModel({ modelsDir, modelId: 'test/tiny-e5', hiddenSize: 16 });
  });

  afterAll(async () => {
    await rm(emptyDir, { recursive: true, force: true });
    await rm(modelsDir, { recursive: true, force: true });
  });

  it('falls back to the lexical embedder with a notice in Swedish and English when the folder is empty', async () => {
    const { embedder, notice } = await createEmbedder({ modelsDir: emptyDir, lexicalDimensions: 256 });
    expect(embedder).toBeInstanceOf(LexicalEmbedder);
    expect(embedder.id).toBe('lexical-v2-256');
    expect(notice?.sv).toMatch(
      /^Ingen lokal modell hittades i .*Xenova\/multilingual-e5-small; använder det inbyggda lexikala inbäddningsverktyget/,
    );
    expect(notice?.en).toMatch(/^No local model found in .*; using the built-in lexical embedder/);
  });

  it('reads RADSLAG_MODELS_DIR when no folder is configured', async () => {
    const before = process.env.RADSLAG_MODELS_DIR;
    process.env.RADSLAG_MODELS_DIR = emptyDir;
    try {
      const { notice } = await createEmbedder();
      expect(notice?.en).toContain(emptyDir);
    } finally {
      if (before === undefined) delete process.env.RADSLAG_MODELS_DIR;
      else process.env.RADSLAG_MODELS_DIR = before;
    }
  });

  it('loads the transformer model when its files are there', async () => {
    const { embedder, notice } = await createEmbedder({ modelsDir, modelId: 'test/tiny-e5' });
    expect(notice).toBeNull();
    expect(embedder).toBeInstanceOf(TransformersEmbedder);
    expect(embedder.dimensions).toBe(16);
    await (embedder as TransformersEmbedder).dispose();
  });

  it('does not fall back when the transformer kind is required', async () => {
    await expect(createEmbedder({ kind: 'transformers', modelsDir: emptyDir })).rejects.toBeInstanceOf(EmbedError);
  });

  it('gives the lexical embedder without a notice when asked for it', async () => {
    const { embedder, notice } = await createEmbedder({ kind: 'lexical', modelsDir });
    expect(embedder).toBeInstanceOf(LexicalEmbedder);
    expect(notice).toBeNull();
  });
});
