/**
 * npm run corpus -- --meetings N --bodies B --years Y --seed S [--out dir] [--pdf-share 0.2]
 *                    [--one-line-share 0.2] [--start-year 2016] [--body-keys eskilstuna-kpr,boras-tillganglighetsradet]
 * Writes a synthetic corpus of council minutes in the layouts of docs/layouts.md and the samples'
 * family (TXT, a share of PDF, a share of text that lost its line breaks) and truth.json, the
 * facts planted in it, for tests and benchmarks of what ingest recovers.
 */
import { parseArgs } from 'node:util';
import { CorpusOptionsError, generateCorpus } from './generate-corpus.js';
import { writeCorpus } from './write-corpus.js';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '200' },
    bodies: { type: 'string', default: '4' },
    years: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '.data/corpus' },
    'pdf-share': { type: 'string', default: '0.2' },
    'one-line-share': { type: 'string', default: '0.2' },
    'start-year': { type: 'string' },
    'body-keys': { type: 'string' },
  },
});

try {
  const started = performance.now();
  const { files, truth } = generateCorpus({
    meetings: Number(values.meetings),
    // Bodies named by key set their own number.
    bodies: values['body-keys'] ? values['body-keys'].split(',').length : Number(values.bodies),
    years: Number(values.years),
    seed: Number(values.seed),
    pdfShare: Number(values['pdf-share']),
    oneLineShare: Number(values['one-line-share']),
    ...(values['start-year'] ? { startYear: Number(values['start-year']) } : {}),
    ...(values['body-keys'] ? { bodyKeys: values['body-keys'].split(',').map((k) => k.trim()) } : {}),
  });
  const generated = performance.now();
  const written = await writeCorpus(values.out, files, truth);
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  console.log(
    `${files.length} meetings (${written.txt} txt, ${written.pdf} pdf) of ${truth.bodies.length} bodies → ${values.out} (generated in ${seconds(generated - started)} s, written in ${seconds(performance.now() - generated)} s)`,
  );
} catch (error) {
  if (error instanceof CorpusOptionsError) {
    console.error(`${error.code}: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
