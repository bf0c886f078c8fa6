/**
 * Process exit codes of the ingest CLI: 1 when any file failed, 2 when the command was used
 * wrongly, 3 when the graph could not be used at all (nothing was written).
 */
export const EXIT = { ok: 0, fileFailed: 1, usage: 2, graphFailed: 3 } as const;
