import { bodySpecs, bodySpecsByKey } from './bodies.js';
import { addDays } from './calendar.js';
import type { MeetingModel } from './meeting-model.js';
import { slugify } from '../../shapes/keys.js';
import { NameSource } from './people.js';
import { planBody } from './plan-body.js';
import { hashText, Random } from './random.js';
import { renderMeeting } from './render.js';
import { meetingCounts, meetingDates } from './schedule.js';
import type { Sheet } from './sheet.js';
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
  /** Share of the files written as PDF (default 0.2; web pages are never PDFs). */
  pdfShare?: number;
  /** Share of the text files of the docs/layouts.md families written one line per page (default 0.2). */
  oneLineShare?: number;
  /** The bodies by key (bodies.ts), instead of the first `bodies` of the list; `bodies` must then be their number. */
  bodyKeys?: readonly string[];
}

export interface GeneratedFile {
  file: string;
  format: 'txt' | 'pdf';
  /** The minutes text; for a PDF file, the text the PDF is typeset from. */
  text: string;
  /** The body's letterhead is the administration's, which the PDF typesetter prints as a header. */
  administrationLetterhead: boolean;
  /** The printed pages of a PDF of the docs/layouts.md families (null: typeset from `text`, the samples' way). */
  sheet: Sheet | null;
  /** The creation date a PDF of the docs/layouts.md families carries (null: none; the samples' family's typesetter sets its own). */
  pdfCreated: string | null;
}

export class CorpusOptionsError extends Error {
  override readonly name = 'CorpusOptionsError';
  readonly code = 'invalid_corpus_options';
}

/**
 * A synthetic corpus with its planted truth, in memory: pure and deterministic for a seed. Each
 * body writes in its own layout (bodies.ts): the samples' family, or a protokoll, minnes-
 * anteckningar or a web page as docs/layouts.md describes them. Meetings are split over bodies and years as evenly as 4–8 a year allows; each body is planned
 * from its own random stream, so one body's files do not change when another's would.
 */
export function generateCorpus(options: CorpusOptions): { files: GeneratedFile[]; truth: CorpusTruth } {
  const { meetings, bodies, years, seed } = options;
  for (const [name, value] of Object.entries({ meetings, bodies, years })) {
    if (!Number.isInteger(value) || value < 1) throw new CorpusOptionsError(`${name} must be a positive integer, got ${value}`);
  }
  const pdfShare = options.pdfShare ?? 0.2;
  if (!(pdfShare >= 0 && pdfShare <= 1)) throw new CorpusOptionsError(`pdf-share must lie in [0, 1], got ${pdfShare}`);
  const oneLineShare = options.oneLineShare ?? 0.2;
  if (!(oneLineShare >= 0 && oneLineShare <= 1)) throw new CorpusOptionsError(`one-line-share must lie in [0, 1], got ${oneLineShare}`);
  const keys = options.bodyKeys ?? null;
  if (keys && (keys.length !== bodies || new Set(keys).size !== keys.length))
    throw new CorpusOptionsError(`body keys must be ${bodies} distinct keys, got ${keys.join(', ')}`);
  const startYear = options.startYear ?? 2025 - years + 1;
  const random = new Random(seed);
  let specs;
  try {
    specs = keys ? bodySpecsByKey(keys) : bodySpecs(bodies);
  } catch (e) {
    throw new CorpusOptionsError((e as Error).message);
  }
  const counts = meetingCounts(meetings, bodies, years, random.fork(1));
  const trends = topicTrends(years, random.fork(2));
  const names = new NameSource(random.fork(3));

  const models: MeetingModel[] = [];
  specs.forEach((body, b) => {
    const bodyRandom = random.fork(100 + b);
    const dates = counts[b]!.flatMap((n, y) => meetingDates(startYear + y, body.weekday, n, bodyRandom));
    const slug = `${String(b + 1).padStart(2, '0')}-${slugify(body.name).slice(0, 40).replace(/-+$/, '')}`;
    models.push(...planBody({ body, slug, dates, startYear, trends, pdfShare, oneLineShare, names, random: bodyRandom }));
  });

  const renderRandom = random.fork(4);
  const files = models.map((m): GeneratedFile => {
    const rendered = renderMeeting(m, renderRandom.fork(hashText(m.file)));
    return {
      file: m.file,
      format: m.format,
      text: rendered.text,
      administrationLetterhead:
        m.body.letterhead[0] === 'Hälso- och sjukvårdsförvaltningen' && m.body.letterhead[1] === 'Styrning och stöd',
      sheet: m.format === 'pdf' ? rendered.sheet : null,
      pdfCreated: pdfCreated(m),
    };
  });
  const truth: CorpusTruth = {
    generator: 'radslag-corpus',
    version: 2,
    seed,
    options: { meetings, bodies, years, startYear, pdfShare, oneLineShare, bodyKeys: keys ? [...keys] : null },
    bodies: specs.map((s) => ({
      key: s.key,
      name: s.name,
      municipality: s.municipality,
      layout: s.layout,
      meetings: models.filter((m) => m.body === s).length,
    })),
    topicTrends: trends,
    files: models.map(toFileTruth),
  };
  return { files, truth };
}

/**
 * A PDF's creation date: the meeting day when the notes are dated only there, none when they are
 * dated nowhere, else the day the minutes were adjusted (a week on: a date the parser must not
 * prefer to the text's).
 */
function pdfCreated(m: MeetingModel): string | null {
  if (m.format !== 'pdf' || m.body.style === null || m.dateSource === 'none') return null;
  return m.dateSource === 'metadata' ? m.date : addDays(m.date, 7);
}
