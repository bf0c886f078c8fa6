import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minutesToPdf } from '../../tests/fixtures/minutes-pdf.js';
import type { GeneratedFile } from './generate-corpus.js';
import type { CorpusTruth } from './truth.schema.js';

/**
 * Writes the files and truth.json into `dir`. PDFs are typeset from their text by the project's
 * PDF fixture; a letterhead other than the administration's is printed as ordinary text, since
 * the typesetter's header is the administration's.
 */
export async function writeCorpus(dir: string, files: readonly GeneratedFile[], truth: CorpusTruth): Promise<{ txt: number; pdf: number }> {
  await mkdir(dir, { recursive: true });
  let pdf = 0;
  for (const f of files) {
    const target = path.join(dir, f.file);
    if (f.format === 'pdf') {
      await writeFile(target, await minutesToPdf(f.text, { letterhead: f.administrationLetterhead }));
      pdf++;
    } else {
      await writeFile(target, f.text);
    }
  }
  await writeFile(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return { txt: files.length - pdf, pdf };
}
