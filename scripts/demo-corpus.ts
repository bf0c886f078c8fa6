/**
 * The demo's minutes: the two real samples (data/minutes/) and a generated series of three
 * councils over five years, so that trends, councils side by side and recurring concerns have
 * something to show. Every generated file says in its footer that it is a synthetic test document.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../bench/corpus/generate-corpus.js';
import { writeCorpus } from '../bench/corpus/write-corpus.js';

const SAMPLES_DIR = fileURLToPath(new URL('../data/minutes/', import.meta.url));

/**
 * A kommunalt pensionärsråd's protokoll, a tillgänglighetsråd's minnesanteckningar and a regional
 * pensionärsråd's meeting-platform pages: three layouts, three municipalities, four meetings a year
 * each from 2021 to 2025. Text only (no PDF typesetter needed at start-up), some pages one line per
 * page as viewers re-host them; the same files every time.
 */
export const DEMO_SERIES = {
  meetings: 60,
  bodies: 3,
  years: 5,
  startYear: 2021,
  seed: 2025,
  pdfShare: 0,
  oneLineShare: 0.15,
  bodyKeys: ['eskilstuna-kpr', 'boras-tillganglighetsradet', 'jonkoping-rpr'],
} as const;

/**
 * Writes the demo corpus into `dir`: the samples at its top, the generated series (with its
 * truth.json, which the ingest does not read) in `dir/generated/`. Returns how many minutes files
 * were written.
 */
export async function writeDemoCorpus(dir: string): Promise<{ files: number }> {
  await mkdir(dir, { recursive: true });
  const samples = (await readdir(SAMPLES_DIR)).filter((name) => /\.(txt|text|pdf)$/i.test(name));
  for (const name of samples) await copyFile(path.join(SAMPLES_DIR, name), path.join(dir, name));
  const { files, truth } = generateCorpus(DEMO_SERIES);
  const written = await writeCorpus(path.join(dir, 'generated'), files, truth);
  return { files: samples.length + written.txt + written.pdf };
}
