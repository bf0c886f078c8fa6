import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus.js';
import { CorpusTruthSchema, type CorpusTruth } from '../corpus/truth.schema.js';
import { writeCorpus } from '../corpus/write-corpus.js';

/** Meetings a body holds a year on average in the generator's 4–8 range. */
const PER_BODY_YEAR = 6;

/**
 * Years the corpus spans: five, so that 200 meetings hold seven bodies — the first seven of
 * bodies.ts cover the samples' family and every layout family of docs/layouts.md.
 */
const YEARS = 5;

/** Bodies and years for a corpus of `meetings`: five years, and as many bodies as keep about six meetings a body-year. */
export function corpusOptions(meetings: number, seed: number): CorpusOptions {
  const years = Math.max(1, Math.min(YEARS, Math.floor(meetings / PER_BODY_YEAR)));
  const bodies = Math.max(1, Math.round(meetings / (years * PER_BODY_YEAR)));
  return { meetings, bodies, years, seed, pdfShare: 0.2, oneLineShare: 0.2 };
}

export interface PreparedCorpus {
  dir: string;
  truth: CorpusTruth;
  reused: boolean;
  seconds: number;
}

/**
 * The corpus for a size and seed under `<baseDir>/corpus-<N>-s<seed>/`: reused when its truth.json
 * is of the generator's current version (the schema checks it) and was made with the same options (generation is deterministic, so the files are the same), else
 * generated and written. Writing a 10,000-meeting corpus (2,000 PDFs) takes minutes; reuse is the point.
 */
export async function prepareCorpus(baseDir: string, meetings: number, seed: number): Promise<PreparedCorpus> {
  const options = corpusOptions(meetings, seed);
  const dir = path.resolve(baseDir, `corpus-${meetings}-s${seed}`);
  const started = performance.now();
  const existing = await readTruth(dir);
  if (existing && sameOptions(existing, options))
    return { dir, truth: existing, reused: true, seconds: (performance.now() - started) / 1000 };
  const { files, truth } = generateCorpus(options);
  await writeCorpus(dir, files, truth);
  return { dir, truth, reused: false, seconds: (performance.now() - started) / 1000 };
}

async function readTruth(dir: string): Promise<CorpusTruth | null> {
  try {
    return CorpusTruthSchema.parse(JSON.parse(await readFile(path.join(dir, 'truth.json'), 'utf8')));
  } catch {
    return null;
  }
}

const sameOptions = (truth: CorpusTruth, o: CorpusOptions): boolean =>
  truth.seed === o.seed &&
  truth.options.meetings === o.meetings &&
  truth.options.bodies === o.bodies &&
  truth.options.years === o.years &&
  truth.options.pdfShare === (o.pdfShare ?? 0.2) &&
  truth.options.oneLineShare === (o.oneLineShare ?? 0.2);
