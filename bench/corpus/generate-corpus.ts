import { bodySpecs } from './bodies.js';
import type { MeetingModel } from './meeting-model.js';
import { slugify } from '../../shapes/keys.js';
import { NameSource } from './people.js';
import { planBody } from './plan-body.js';
import { Random } from './random.js';
import { renderMinutes } from './render-minutes.js';
import { meetingCounts, meetingDates } from './schedule.js';
import { toFileTruth } from './to-truth.js';
import { topicTrends } from './topic-drift.js';
import type { CorpusTruth } from './truth.schema.js';

export interface CorpusOptions {
  meetings: number;
  bodies: number;
  years: number;
  seed: number;
  /** First year of the period (default: the period ends in 2025). */
  startYear?: number;
  /** Share of the files written as PDF (default 0.2). */
  pdfShare?: number;
}

export interface GeneratedFile {
  file: string;
  format: 'txt' | 'pdf';
  /** The minutes text; for a PDF file, the text the PDF is typeset from. */
  text: string;
  /** The body's letterhead is the administration's, which the PDF typesetter prints as a header. */
  administrationLetterhead: boolean;
}

export class CorpusOptionsError extends Error {
  override readonly name = 'CorpusOptionsError';
  readonly code = 'invalid_corpus_options';
}

/**
 * A synthetic corpus with its planted truth, in memory: pure and deterministic for a seed.
 * Meetings are split over bodies and years as evenly as 4–8 a year allows; each body is planned
 * from its own random stream, so one body's files do not change when another's would.
 */
export function generateCorpus(options: CorpusOptions): { files: GeneratedFile[]; truth: CorpusTruth } {
  const { meetings, bodies, years, seed } = options;
  for (const [name, value] of Object.entries({ meetings, bodies, years })) {
    if (!Number.isInteger(value) || value < 1) throw new CorpusOptionsError(`${name} must be a positive integer, got ${value}`);
  }
  const pdfShare = options.pdfShare ?? 0.2;
  if (!(pdfShare >= 0 && pdfShare <= 1)) throw new CorpusOptionsError(`pdf-share must lie in [0, 1], got ${pdfShare}`);
  const startYear = options.startYear ?? 2025 - years + 1;
  const random = new Random(seed);
  const specs = bodySpecs(bodies);
  const counts = meetingCounts(meetings, bodies, years, random.fork(1));
  const trends = topicTrends(years, random.fork(2));
  const names = new NameSource(random.fork(3));

  const models: MeetingModel[] = [];
  specs.forEach((body, b) => {
    const bodyRandom = random.fork(100 + b);
    const dates = counts[b]!.flatMap((n, y) => meetingDates(startYear + y, body.weekday, n, bodyRandom));
    const slug = `${String(b + 1).padStart(2, '0')}-${slugify(body.name).slice(0, 40).replace(/-+$/, '')}`;
    models.push(...planBody({ body, slug, dates, startYear, trends, pdfShare, names, random: bodyRandom }));
  });

  const renderRandom = random.fork(4);
  const files = models.map((m) => ({
    file: m.file,
    format: m.format,
    text: renderMinutes(m, renderRandom.fork(hash(m.file)), { forPdf: m.format === 'pdf' }),
    administrationLetterhead: m.body.letterhead[0] === 'Hälso- och sjukvårdsförvaltningen' && m.body.letterhead[1] === 'Styrning och stöd',
  }));
  const truth: CorpusTruth = {
    generator: 'radslag-corpus',
    version: 1,
    seed,
    options: { meetings, bodies, years, startYear, pdfShare },
    bodies: specs.map((s) => ({ name: s.name, layout: s.layout, meetings: models.filter((m) => m.body === s).length })),
    topicTrends: trends,
    files: models.map(toFileTruth),
  };
  return { files, truth };
}

/** A small stable hash of a string (FNV-1a), to seed a file's own rendering stream. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
