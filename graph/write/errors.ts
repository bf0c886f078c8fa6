/** Errors of the write stage and the schema step, with stable snake_case codes. */

export const REINDEX_COMMAND = 'npm run reindex';

/**
 * The graph holds vectors of another embedder (or another size) than the one configured.
 * Mixing them would make vector search meaningless, so the fix is to rebuild them.
 */
export class EmbedderMismatchError extends Error {
  override readonly name = 'EmbedderMismatchError';
  readonly code = 'embedder_mismatch';
  constructor(
    readonly stored: { id: string | null; dimensions: number },
    readonly configured: { id: string | null; dimensions: number },
  ) {
    super(
      `graph holds embeddings of ${describe(stored)} but ${describe(configured)} is configured; ` +
        `run \`${REINDEX_COMMAND}\` to re-embed all passages`,
    );
  }
}

/**
 * Another document already holds this meeting's id (same council, same day): writing would replace
 * it. Two different files for one meeting are a corrected version or another council the minutes
 * do not tell apart; which one only the user knows, so nothing is replaced silently.
 */
export class MeetingConflictError extends Error {
  override readonly name = 'MeetingConflictError';
  readonly code = 'meeting_conflict';
  constructor(
    readonly meetingId: string,
    readonly storedPath: string,
    readonly path: string,
  ) {
    super(
      `meeting ${meetingId} is already in the graph, read from ${storedPath}; ${path} is another document for the same ` +
        `council and day and was not written. If it is a corrected version of that document, ingest it with --replace`,
    );
  }
}

const describe = (e: { id: string | null; dimensions: number }): string =>
  e.id === null ? `${e.dimensions} dimensions` : `"${e.id}" (${e.dimensions} dimensions)`;

/** One reason an AnnotatedMeeting cannot be written, with the path of the offending value. */
export interface WriteIssue {
  code: string;
  path: string;
  message: string;
}

/** The meeting record failed validation at the write edge; nothing was written. */
export class MeetingValidationError extends Error {
  override readonly name = 'MeetingValidationError';
  readonly code = 'invalid_meeting';
  constructor(
    readonly meetingId: string | null,
    readonly issues: WriteIssue[],
  ) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`meeting ${meetingId ?? '(no id)'} cannot be written: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`);
  }
}
