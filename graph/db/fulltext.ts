/**
 * Read-your-writes for the eventually consistent full-text indexes (graph/schema.ts): this
 * procedure returns once the background updater has applied every committed change, at once
 * when none is pending. Every full-text query starts with it, in the same read transaction.
 */
export const AWAIT_FULLTEXT = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';
