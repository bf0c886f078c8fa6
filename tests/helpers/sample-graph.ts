import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { GraphExecutor } from '../../graph/db/executor.js';
import { ensureSchema } from '../../graph/db/schema.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../fixtures/annotated/embedding.js';
import { annotatedSamples } from '../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from './neo4j.js';

/** What a spec over the two annotated samples works with; filled in by `beforeAll`. */
export interface SampleGraph {
  graph: TestGraph;
  executor: GraphExecutor;
  sample2024: AnnotatedMeeting;
  sample2025: AnnotatedMeeting;
  /** Empties the graph and puts the schema back. */
  reset(): Promise<void>;
}

/**
 * Registers the set-up most graph specs share: a throwaway Neo4j with the schema for the fixture
 * embedder, and the two sample minutes annotated; with `fresh`, an empty graph before every test.
 * Read the fields inside tests and hooks only: they are filled when the suite starts.
 */
export function useSampleGraph(options: { fresh?: boolean } = {}): SampleGraph {
  const ctx = {
    reset: async () => {
      await ctx.graph.clear();
      await ensureSchema(ctx.executor, { dimensions: FIXTURE_DIMENSIONS });
    },
  } as SampleGraph;
  beforeAll(async () => {
    ctx.graph = await startTestGraph();
    ctx.executor = ctx.graph.executor;
    await ensureSchema(ctx.executor, { dimensions: FIXTURE_DIMENSIONS });
    [ctx.sample2024, ctx.sample2025] = (await annotatedSamples()) as [AnnotatedMeeting, AnnotatedMeeting];
  });
  afterAll(async () => {
    await ctx.graph?.close();
  });
  if (options.fresh) beforeEach(() => ctx.reset());
  return ctx;
}
