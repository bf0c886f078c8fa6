/** Process exit codes of the ingest CLI: 1 when any file failed, 2 when the command was used wrongly. */
export const EXIT = { ok: 0, fileFailed: 1, usage: 2 } as const;
