import { analyseAcrossMeetings, type AnalysisResult } from '../graph/analysis/apply-analysis.js';
import { syncTopics } from '../graph/analysis/sync-topics.js';
import { GraphError } from '../graph/db/errors.js';
import { ensureSchema } from '../graph/db/schema.js';
import { EmbedderMismatchError, MeetingConflictError, MeetingValidationError } from '../graph/write/errors.js';
import type { GraphExecutorLike, GraphWriter } from '../graph/db/ports.js';
import { writeMeeting, type WritePolicy, type WriteResult, type WriteStatus } from '../graph/write/write-meeting.js';
import { writeMeetings } from '../graph/write/write-meetings.js';
import type { AnnotatedMeeting } from '../shapes/annotated-meeting.schema.js';
import { loadTaxonomy } from '../language/topics/taxonomy.js';
import { ParseError } from '../ingest/parse/parse-minutes.js';
import type { Minutes, ParseWarning } from '../shapes/minutes.schema.js';
import type { DateSource } from '../shapes/api/index.js';
import { isReadError } from '../ingest/read/errors.js';
import { readSource, readSourceBytes, type ReadOptions } from '../ingest/read/read-source.js';
import type { SourceDocument } from '../shapes/source-document.js';
import { Annotator, type AnnotatorOptions } from '../ingest/annotate/annotator.js';
import { withDateOverride, type DocumentOptions } from './date-override.js';

export type { DocumentOptions } from './date-override.js';

/** One document's way through the whole pipeline, as the CLI and the upload API report it. */
export type IngestOutcome =
  | {
      ok: true;
      path: string;
      /** What the write did; `dry-run` when the session has no graph. */
      status: WriteStatus | 'dry-run';
      meetingId: string;
      date: string | null;
      dateSource: DateSource | null;
      title: string | null;
      items: number;
      attendees: number;
      passages: number;
      concerns: number;
      followUps: number;
      warnings: ParseWarning[];
      /** The annotated record itself, when the session keeps records (`--json`). */
      record?: AnnotatedMeeting;
    }
  | { ok: false; path: string; error: { code: string; message: string } };

/** A document read and annotated, not yet written; or why it could not be. */
export type PreparedDocument = { ok: 'prepared'; path: string; meeting: AnnotatedMeeting } | Extract<IngestOutcome, { ok: false }>;

export interface IngestSessionOptions extends AnnotatorOptions {
  read?: ReadOptions;
  /** Return each annotated record in its outcome (for `--json`). */
  keepRecords?: boolean;
  /** A meeting the graph holds from another document: refused (default) or replaced (graph/write/write-meeting.ts). */
  otherDocument?: WritePolicy['otherDocument'];
}

/**
 * A run of the pipeline into the graph: read → parse → enrich → embed → write, one transaction per
 * meeting, then the cross-meeting analysis over the bodies the run touched. Opening it makes sure the
 * schema (indexes sized for the embedder) and the taxonomy's topics are in place. One bad document
 * is reported with a stable code and never stops the run.
 */
export class IngestSession {
  private readonly touchedBodies = new Set<string>();

  private constructor(
    private readonly executor: GraphExecutorLike | null,
    readonly annotator: Annotator,
    private readonly options: IngestSessionOptions,
  ) {}

  static async open(executor: GraphExecutorLike, options: IngestSessionOptions = {}): Promise<IngestSession> {
    const annotator = await Annotator.create(options);
    const dimensions = annotator.embedder?.dimensions;
    // Several ingest processes may start together; schema commands racing each other can fail
    // even with IF NOT EXISTS, and succeed once the other process's command has committed.
    await retryOnGraphError(async () => {
      if (dimensions !== undefined) await ensureSchema(executor, { dimensions, embedderId: annotator.embedder!.id });
      await syncTopics(executor, loadTaxonomy());
    });
    return new IngestSession(executor, annotator, options);
  }

  /** What a write does with a meeting another document wrote: the document's say, else the session's, else refuse. */
  private policyFor(options: DocumentOptions): WritePolicy {
    return { otherDocument: options.otherDocument ?? this.options.otherDocument ?? 'refuse' };
  }

  /** A dry run: read, parse and enrich without a graph (and without embedding unless asked). */
  static async offline(options: IngestSessionOptions = {}): Promise<IngestSession> {
    return new IngestSession(null, await Annotator.create({ embed: false, ...options }), options);
  }

  async ingestPath(path: string, options: DocumentOptions = {}): Promise<IngestOutcome> {
    return this.commit(await this.preparePath(path, options), this.policyFor(options));
  }

  async ingestBytes(bytes: Uint8Array, path: string, options: DocumentOptions = {}): Promise<IngestOutcome> {
    let doc: SourceDocument;
    try {
      doc = await readSourceBytes(bytes, path, this.options.read ?? {});
    } catch (e) {
      return failure(path, e);
    }
    return this.ingestDocument(doc, options);
  }

  async ingestDocument(doc: SourceDocument, options: DocumentOptions = {}): Promise<IngestOutcome> {
    return this.commit(await this.prepareDocument(doc, options), this.policyFor(options));
  }

  /**
   * The graph-free half of the pipeline (read → parse → enrich → embed). It touches nothing
   * shared, so the next documents can be prepared while an earlier one is being written
   * (pipelined.ts); a failure here is final and is reported as the outcome.
   */
  async preparePath(path: string, options: DocumentOptions = {}): Promise<PreparedDocument> {
    let doc: SourceDocument;
    try {
      doc = await readSource(path, this.options.read ?? {});
    } catch (e) {
      return failure(path, e);
    }
    return this.prepareDocument(doc, options);
  }

  async prepareDocument(doc: SourceDocument, options: DocumentOptions = {}): Promise<PreparedDocument> {
    try {
      const date = options.date;
      const adjust = date === undefined ? undefined : (minutes: Minutes) => withDateOverride(minutes, date);
      return { ok: 'prepared', path: doc.path, meeting: await this.annotator.annotate(doc, adjust) };
    } catch (e) {
      return failure(doc.path, e);
    }
  }

  /** The write half: one transaction for the prepared meeting; passes a preparation failure through. */
  async commit(prepared: PreparedDocument, policy: WritePolicy = this.policyFor({})): Promise<IngestOutcome> {
    const [outcome] = await this.commitBatch([prepared], policy);
    return outcome!;
  }

  /**
   * The write half for several prepared documents, in order: their meetings share one transaction
   * (graph/write/write-meetings.ts), and a meeting that cannot be written fails alone. Preparation
   * failures pass through in their place.
   */
  async commitBatch(batch: readonly PreparedDocument[], policy: WritePolicy = this.policyFor({})): Promise<IngestOutcome[]> {
    const ready = batch.filter((p): p is Extract<PreparedDocument, { ok: 'prepared' }> => p.ok === 'prepared');
    const executor = this.executor;
    const written = executor
      ? await writeMeetings(
          executor,
          ready.map((p) => p.meeting),
          (ex, meeting) => this.write(ex, meeting, policy),
          policy,
        )
      : ready.map((p) => ({ ok: true as const, result: { status: 'dry-run' as const, meetingId: p.meeting.id } }));
    let next = 0;
    return batch.map((prepared) => {
      if (prepared.ok !== 'prepared') return prepared;
      const entry = written[next++]!;
      return entry.ok ? this.outcomeOf(prepared, entry.result) : failure(prepared.path, entry.error);
    });
  }

  private outcomeOf(
    { meeting, path }: Extract<PreparedDocument, { ok: 'prepared' }>,
    written: Pick<WriteResult, 'meetingId'> & { status: WriteStatus | 'dry-run' },
  ): IngestOutcome {
    this.touchedBodies.add(meeting.bodyKey);
    const m = meeting.minutes;
    return {
      ok: true,
      path,
      status: written.status,
      meetingId: written.meetingId,
      date: m.date,
      dateSource: m.dateSource,
      title: m.title,
      items: m.agendaItems.length,
      attendees: m.attendees.length,
      passages: meeting.passages.length,
      concerns: meeting.concerns.length,
      followUps: meeting.followUps.length,
      warnings: m.warnings,
      ...(this.options.keepRecords ? { record: meeting } : {}),
    };
  }

  /**
   * Another process may write the same meeting (or a shared person) at the same moment; the loser's
   * transaction fails on a uniqueness constraint and rolls back whole. Writing again then finds the
   * winner's work and completes, so two ingests over overlapping folders end in the same graph.
   */
  private async write(executor: GraphWriter, meeting: AnnotatedMeeting, policy: WritePolicy): Promise<WriteResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeMeeting(executor, meeting, policy);
      } catch (e) {
        if (!(e instanceof GraphError) || e.code !== 'constraint_violation' || attempt >= 3) throw e;
      }
    }
  }

  /** Bodies changed outside the session's own writes (meetings pruned): the cross-meeting step redoes them too. */
  touch(bodyKeys: Iterable<string>): void {
    for (const key of bodyKeys) this.touchedBodies.add(key);
  }

  /** The cross-meeting step for every body this session wrote to; call once at the end of a run. */
  async finish(): Promise<AnalysisResult | null> {
    if (this.touchedBodies.size === 0 || !this.executor) return null;
    const executor = this.executor;
    let result: AnalysisResult | null = null;
    // Another process may be analysing the same body at the same moment: the later run wins, whole.
    await retryOnGraphError(async () => {
      result = await analyseAcrossMeetings(executor, [...this.touchedBodies]);
    });
    return result;
  }
}

async function retryOnGraphError(work: () => Promise<void>, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const retryable = e instanceof GraphError && e.code !== 'graph_unavailable';
      if (!retryable || attempt >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

function failure(path: string, e: unknown): Extract<IngestOutcome, { ok: false }> {
  const message = e instanceof Error ? e.message : String(e);
  if (isReadError(e)) return { ok: false, path, error: { code: e.code, message } };
  if (e instanceof ParseError) return { ok: false, path, error: { code: e.code, message } };
  if (e instanceof MeetingValidationError) return { ok: false, path, error: { code: 'invalid_meeting', message } };
  if (e instanceof EmbedderMismatchError) return { ok: false, path, error: { code: 'embedder_mismatch', message } };
  if (e instanceof MeetingConflictError) return { ok: false, path, error: { code: e.code, message } };
  if (e instanceof GraphError) return { ok: false, path, error: { code: e.code, message } };
  return { ok: false, path, error: { code: 'internal_error', message } };
}
