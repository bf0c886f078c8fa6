import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './generate-corpus.js';
import type { CorpusTruth } from './truth.schema.js';

/**
 * Writes the files and truth.json into `dir`. PDFs of the docs/layouts.md families are typeset
 * from their printed pages (sheet-pdf.ts); the samples' family's from their text by the project's
 * PDF fixture, where a letterhead other than the administration's is printed as ordinary text,
 * since the typesetter's header is the administration's. The typesetters (pdfkit, a development
 * dependency) are loaded only when there is a PDF to write.
 */
export async function writeCorpus(dir: string, files: readonly GeneratedFile[], truth: CorpusTruth): Promise<{ txt: number; pdf: number }> {
  await mkdir(dir, { recursive: true });
  let pdf = 0;
  for (const f of files) {
    const target = path.join(dir, f.file);
    if (f.format === 'pdf') {
      await writeFile(target, await typeset(f));
      pdf++;
    } else {
      await writeFile(target, f.text);
    }
  }
  await writeFile(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return { txt: files.length - pdf, pdf };
}

async function typeset(f: GeneratedFile): Promise<Buffer> {
  if (f.sheet) {
    const { sheetToPdf } = await import('./sheet-pdf.js');
    return sheetToPdf(f.sheet, { created: f.pdfCreated });
  }
  const { minutesToPdf } = await import('../../tests/fixtures/minutes-pdf.js');
  return minutesToPdf(f.text, { letterhead: f.administrationLetterhead });
}
