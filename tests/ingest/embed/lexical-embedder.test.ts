import { describe, expect, it } from 'vitest';
import { LexicalEmbedder } from '../../../ingest/embed/lexical-embedder.js';
import { dot, l2Norm } from '../../../ingest/embed/vector-math.js';

describe('LexicalEmbedder', () => {
  const embedder = new LexicalEmbedder();
  const vector = async (text: string) => (await embedder.embed([text]))[0]!;

  it('names its version and width', () => {
    expect(embedder.id).toBe('lexical-v2-384');
    expect(embedder.dimensions).toBe(384);
    expect(new LexicalEmbedder({ dimensions: 64 }).id).toBe('lexical-v2-64');
  });

  it('returns unit vectors of the configured width', async () => {
    const vectors = await new LexicalEmbedder({ dimensions: 128 }).embed(['Rådet lyfter frågan om vårdplatser.', 'ASIH']);
    for (const v of vectors) {
      expect(v).toHaveLength(128);
      expect(l2Norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('is deterministic across instances', async () => {
    const text = 'Hälso- och sjukvårdsförvaltningen, bl.a. jourläkarbilar och ASiH';
    const [a] = await embedder.embed([text]);
    const [b] = await new LexicalEmbedder().embed([text]);
    expect(Array.from(a!)).toEqual(Array.from(b!));
  });

  it('puts vårdplatser nearer slutenvårdsplatser than ambulans', async () => {
    const vardplatser = await vector('vårdplatser');
    expect(dot(vardplatser, await vector('slutenvårdsplatser'))).toBeGreaterThan(dot(vardplatser, await vector('ambulans')) + 0.2);
  });

  it('keeps inflected forms close', async () => {
    const singular = await vector('vårdplats');
    expect(dot(singular, await vector('vårdplatserna'))).toBeGreaterThan(0.5);
    expect(dot(singular, await vector('vårdplatserna'))).toBeGreaterThan(dot(singular, await vector('kompetensförsörjning')) + 0.4);
  });

  it('links an abbreviation to its expansion', async () => {
    const asih = await vector('Vi kan expandera ASIH');
    expect(dot(asih, await vector('avancerad sjukvård i hemmet'))).toBeGreaterThan(dot(asih, await vector('budget för ambulanser')));
  });

  it('ignores stop words, so function words alone give the zero vector', async () => {
    expect(l2Norm(await vector('och att det som'))).toBe(0);
  });
});
