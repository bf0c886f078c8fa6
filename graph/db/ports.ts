import type { CypherParams, GraphExecutor, GraphTx, Row as ExecutorRow } from './executor.js';

/**
 * The parts of the executor (graph/executor.ts) the write stage and the read models use.
 * Picked structurally, so a test can wrap the real executor's transaction to inject a fault.
 */
export type Params = CypherParams;
export type Row = ExecutorRow;

/** Runs statements inside one open transaction; rows come back with integers and temporals converted. */
export type StatementRunner = GraphTx;

export type GraphReader = Pick<GraphExecutor, 'read'>;
export type GraphWriter = Pick<GraphExecutor, 'write'>;
export type GraphExecutorLike = GraphReader & GraphWriter;
