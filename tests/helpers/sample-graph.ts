import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { GraphExecutor } from '../../graph/db/executor.js';
import { ensureSchema } from '../../graph/db/schema.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { FIXTURE_DIMENSIONS } from '../fixtures/annotated/embedding.js';
import { annotatedSamples } from '../fixtures/annotated/samples.js';
import { startTestGraph, type TestGraph } from './neo4j.js';

/** What a graph spec works with; filled in by `beforeAll`. */
export interface SchemaGraph {
  graph: TestGraph;
  executor: GraphExecutor;
  /** Empties the graph and puts the schema back. */
  reset(): Promise<void>;
}

/** A graph spec over the two annotated samples. */
export interface SampleGraph extends SchemaGraph {
  sample2024: AnnotatedMeeting;
  sample2025: AnnotatedMeeting;
}

export interface SchemaGraphOptions {
  /**
   * Before every test: `'reset'` empties the graph and puts the schema back (the recorded embedder
   * with it); `'clear'` only deletes the data, so no embedder is recorded until a meeting is written.
   */
  fresh?: 'reset' | 'clear';
}

/**
 * Registers the set-up most graph specs share: a throwaway Neo4j with the schema for the fixture
 * embedder, closed after the file. Read the fields inside tests and hooks only: they are filled
 * when the suite starts.
 */
export function useSchemaGraph(options: SchemaGraphOptions = {}): SchemaGraph {
  const ctx = {
    reset: async () => {
      await ctx.graph.clear();
      await ensureSchema(ctx.executor, { dimensions: FIXTURE_DIMENSIONS });
    },
  } as SchemaGraph;
  beforeAll(async () => {
    ctx.graph = await startTestGraph();
    ctx.executor = ctx.graph.executor;
    await ensureSchema(ctx.executor, { dimensions: FIXTURE_DIMENSIONS });
  });
  afterAll(async () => {
    await ctx.graph?.close();
  });
  if (options.fresh === 'reset') beforeEach(() => ctx.reset());
  if (options.fresh === 'clear') beforeEach(() => ctx.graph.clear());
  return ctx;
}

/** `useSchemaGraph` with the two sample minutes annotated (not written: each spec writes what it needs). */
export function useSampleGraph(options: SchemaGraphOptions = {}): SampleGraph {
  const ctx = useSchemaGraph(options) as SampleGraph;
  beforeAll(async () => {
    [ctx.sample2024, ctx.sample2025] = (await annotatedSamples()) as [AnnotatedMeeting, AnnotatedMeeting];
  });
  return ctx;
}
