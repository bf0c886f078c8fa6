import PDFDocument from 'pdfkit';
import type { Cell, Sheet, SheetLine } from './sheet.js';

/**
 * Page geometry in points: 10 pt Helvetica, a line every `pitch`, a character column about half an
 * em wide; `footBottom` is the baseline of a page's last foot line.
 */
const PAGE = { left: 56, top: 40, pitch: 12.2, column: 5.1, fontSize: 10, footBottom: 806 } as const;
/** The least gap between two runs on a line, so a long label never runs into its value. */
const MIN_GAP = 6;
/** The date the document's id is derived from: fixed, so the same corpus gives the same bytes. */
const FIXED_ID_DATE = new Date('2025-01-01T00:00:00Z');

export interface SheetPdfOptions {
  /** The PDF's creation date (document information), or null for a PDF without one. */
  created: string | null;
}

/**
 * A sheet typeset as an A4 PDF: every cell drawn at its column's x position (a right-aligned
 * cell ending there), so the label/value table of a protokoll's first page is two real columns a
 * reader can find by position; the page's foot at the bottom. The document information holds the
 * creation date asked for and no title, so what a parser finds there is what the truth planted.
 */
export async function sheetToPdf(sheet: Sheet, opts: SheetPdfOptions): Promise<Buffer> {
  // PDF 1.3: pdfkit writes no XMP packet, whose own creation date would be a second source.
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.3',
    info: { Producer: 'radslag corpus generator', Creator: 'radslag', CreationDate: FIXED_ID_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (opts.created === null) {
    // pdfkit needs the date while it finishes, but writes only the enumerable entries into the Info dictionary.
    Object.defineProperty(doc.info, 'CreationDate', { value: FIXED_ID_DATE, enumerable: false });
  } else {
    doc.info.CreationDate = new Date(`${opts.created}T10:00:00Z`);
  }
  for (const page of sheet.pages) {
    doc.addPage({ size: 'A4', margin: 20 });
    page.lines.forEach((line, i) => drawLine(doc, line, PAGE.top + i * PAGE.pitch));
    page.foot.forEach((line, i) => drawLine(doc, line, PAGE.footBottom - (page.foot.length - 1 - i) * PAGE.pitch));
  }
  doc.end();
  return bytes;
}

function drawLine(doc: PDFKit.PDFDocument, line: SheetLine, y: number): void {
  let rightEdge = -Infinity;
  for (const cell of line.cells) {
    if (cell.text === '') continue;
    doc.font(cell.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(PAGE.fontSize);
    const width = doc.widthOfString(cell.text);
    const x = Math.max(xOf(cell, width), rightEdge + MIN_GAP);
    doc.text(cell.text, x, y, { lineBreak: false });
    rightEdge = x + width;
  }
}

const xOf = (cell: Cell, width: number): number =>
  cell.align === 'right' ? PAGE.left + cell.column * PAGE.column - width : PAGE.left + cell.column * PAGE.column;

/** Where the label and value columns of a table stand in the PDF, for tests that read it back. */
export const PDF_COLUMNS = { left: PAGE.left, columnWidth: PAGE.column } as const;
