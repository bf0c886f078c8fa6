import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sourcePathOf } from '../../graph/read/source-lookup.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { IngestSession } from '../../pipeline/ingest-session.js';
import type { UploadFields, UploadResult } from '../../shapes/api/index.js';
import { UnprocessableError } from '../errors.js';
import type { UploadedDocument } from '../middleware/upload.js';

/**
 * Runs an uploaded document through the ingest pipeline, then the cross-meeting analysis. Uploads
 * run one at a time: the session tracks the bodies it touched, and two writes of the same meeting
 * at once would only retry each other. A new document is kept in `uploadDir` (its path is the
 * meeting's provenance); bytes the graph already holds keep their first path, so nothing changes,
 * and a document the pipeline refuses is removed again.
 */
export class DocumentIngest {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: IngestSession,
    private readonly executor: GraphReader,
    private readonly uploadDir: string,
  ) {}

  /** `fields.date` sets the meeting's date (the upload form's `date`). */
  ingest(document: UploadedDocument, fields: UploadFields = {}): Promise<UploadResult> {
    const run = this.queue.then(() => this.ingestNow(document, fields));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow({ bytes, fileName }: UploadedDocument, fields: UploadFields): Promise<UploadResult> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let sourcePath = await sourcePathOf(this.executor, sha256);
    let stored: string | null = null;
    if (sourcePath === null) {
      await mkdir(this.uploadDir, { recursive: true });
      sourcePath = stored = path.join(this.uploadDir, `${sha256.slice(0, 12)}-${safeName(fileName)}`);
      await writeFile(sourcePath, bytes);
    }
    // A document the graph did not take is not kept: the folder holds provenance, not refusals.
    const discard = () => (stored === null ? Promise.resolve() : rm(stored, { force: true }));
    const outcome = await this.session
      // An upload is a deliberate act: a new document for a meeting the graph holds is its corrected version.
      .ingestBytes(bytes, sourcePath, { otherDocument: 'replace', ...(fields.date === undefined ? {} : { date: fields.date }) })
      .catch(async (error: unknown) => {
        await discard();
        throw error;
      });
    if (!outcome.ok || outcome.status === 'dry-run') {
      await discard();
      if (!outcome.ok) throw new UnprocessableError(outcome.error.code, withoutPaths(outcome.error.message));
      throw new UnprocessableError('not_written', 'the document was read but the server has no graph to write to');
    }
    await this.session.finish();
    const { status, meetingId, date, dateSource, title, items, attendees, passages, concerns, followUps, warnings } = outcome;
    return { status, meetingId, date, dateSource, title, items, attendees, passages, concerns, followUps, warnings };
  }
}

/** Pipeline messages may name the temp path; the client only needs what went wrong. */
const withoutPaths = (message: string): string => message.replace(/(?:\/[\w.-]+){2,}/g, '<file>').slice(0, 500);

/** Letters, digits, dot, dash and underscore only: the name becomes part of a path. */
const safeName = (fileName: string): string =>
  fileName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '')
    .slice(-100) || 'upload';
